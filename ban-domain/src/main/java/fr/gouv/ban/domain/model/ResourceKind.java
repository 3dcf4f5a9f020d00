package fr.gouv.ban.domain.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The five versioned resources, with their wire names and lookup identifiers. */
public enum ResourceKind {
  MUNICIPALITY("municipality", Set.of("insee", "siren")),
  POSTCODE("postcode", Set.of()),
  GROUP("group", Set.of("fantoir", "laposte", "ign")),
  HOUSENUMBER("housenumber", Set.of("cia", "laposte", "ign")),
  POSITION("position", Set.of("laposte", "ign"));

  private final String wireName;
  private final Set<String> identifiers;

  ResourceKind(String wireName, Set<String> identifiers) {
    this.wireName = wireName;
    this.identifiers = identifiers;
  }

  public String wireName() {
    return wireName;
  }

  /** Names usable in {@code name:value} lookups besides {@code id}. */
  public Set<String> identifiers() {
    return identifiers;
  }

  public static Optional<ResourceKind> fromWire(String value) {
    return Arrays.stream(values()).filter(k -> k.wireName.equals(value)).findFirst();
  }
}
