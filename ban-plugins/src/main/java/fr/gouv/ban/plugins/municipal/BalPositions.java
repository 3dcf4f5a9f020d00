package fr.gouv.ban.plugins.municipal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The BAL {@code position} values and the BAN position kinds they mean. Values are compared without
 * case and accents ("Entree" is "entrée"), and with either apostrophe, since producers differ on
 * those; an empty value means the kind is not known.
 */
final class BalPositions {
  private static final Map<String, String> KINDS =
      Map.of(
          "entree", "entrance",
          "batiment", "building",
          "cage d'escalier", "staircase",
          "logement", "unit",
          "parcelle", "parcel",
          "segment", "segment",
          "delivrance postale", "postal",
          "service technique", "utility");

  private BalPositions() {}

  /** The BAN kind of a BAL position value, "unknown" for an empty one, null when invalid. */
  static String kind(String value) {
    if (value.isEmpty()) {
      return "unknown";
    }
    return KINDS.get(normalise(value));
  }

  private static String normalise(String value) {
    String plain =
        Normalizer.normalize(value, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .replace('’', '\'');
    return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
