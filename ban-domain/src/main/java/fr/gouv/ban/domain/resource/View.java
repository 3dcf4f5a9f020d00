package fr.gouv.ban.domain.resource;

/** Which shape of a resource is rendered. */
public enum View {
  /** {@code GET /{R}/{id}}: every field, reverse relations, no {@code resource} key. */
  SINGLE,
  /** Collection items: no timestamps, status or reverse relations; adds {@code resource}. */
  COLLECTION_ITEM,
  /** Stored version data: like {@link #SINGLE} without reverse relations, relations as ids. */
  VERSION_DATA
}
