package fr.gouv.ban.plugins.ign;

import java.util.Map;

/** The BAN's {@code type_position} values as position kinds. */
final class PositionKinds {
  private static final Map<String, String> KINDS =
      Map.of(
          "entrée", "entrance",
          "bâtiment", "building",
          "cage d'escalier", "staircase",
          "logement", "unit",
          "parcelle", "parcel",
          "segment", "segment",
          "délivrance postale", "postal",
          "service technique", "utility");

  private PositionKinds() {}

  /** The kind of a {@code type_position}; {@code unknown} for an empty or unlisted value. */
  static String of(String typePosition) {
    return KINDS.getOrDefault(typePosition == null ? "" : typePosition.strip(), "unknown");
  }
}
