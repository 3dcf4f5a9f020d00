package fr.gouv.ban.domain.resource;

/** How a body applies to a resource. */
public enum WriteMode {
  /** POST on the collection: every field is read; absent nullable fields become null. */
  CREATE,
  /** PUT: full replacement, same reading as {@link #CREATE}. */
  REPLACE,
  /** PATCH and POST-on-id: only the keys present in the body are read. */
  PATCH
}
