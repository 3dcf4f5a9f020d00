package fr.gouv.ban.domain.ingestion;

/** What an import command did. */
public enum CommandOutcome {
  /** A new resource (version 1). */
  CREATED,
  /** A new version of an existing resource (a revival included). */
  UPDATED,
  /** Nothing: the resource already had these values (or a delete found nothing to delete). */
  UNCHANGED,
  /** The resource was soft-deleted. */
  DELETED,
  /** Nothing was written: the report says why. */
  REJECTED
}
