package fr.gouv.ban.geocoder;

import java.util.Locale;

/** The four addok document types, with the wire names of the HTTP contract ({@code type=}). */
public enum DocumentKind {
  MUNICIPALITY,
  STREET,
  LOCALITY,
  HOUSENUMBER;

  /** Lower-case name used in GeoCodeJSON ({@code "type":"housenumber"}) and in filters. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a wire name.
   *
   * @throws IllegalArgumentException when the name is not one of the four types
   */
  public static DocumentKind fromWireName(String wireName) {
    return valueOf(wireName.trim().toUpperCase(Locale.ROOT));
  }
}
