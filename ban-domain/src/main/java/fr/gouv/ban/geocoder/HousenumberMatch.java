package fr.gouv.ban.geocoder;

/** How the housenumber of a query was matched in the returned street. */
public enum HousenumberMatch {
  /** The query had no housenumber, or the hit is not a street. */
  NONE,
  /** The street has exactly the number (and suffix) asked for. */
  EXACT,
  /**
   * The street lacks the number; the hit is its nearest existing number (same side first), with a
   * lower score. Serialised as {@code "housenumber_match": "nearest"}.
   */
  NEAREST
}
