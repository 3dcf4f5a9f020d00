package fr.gouv.ban.domain.contributor;

import java.util.Arrays;
import java.util.Optional;

/** The roles a client may write under; wire values are the original API's strings. */
public enum ContributorType {
  IGN("ign"),
  LAPOSTE("laposte"),
  DGFIP("dgfip"),
  OSM("osm"),
  SDIS("sdis"),
  MUNICIPAL_ADMINISTRATION("municipal_administration"),
  ADMIN("admin"),
  VIEWER("viewer");

  private final String wireName;

  ContributorType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<ContributorType> fromWire(String value) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(value)).findFirst();
  }
}
