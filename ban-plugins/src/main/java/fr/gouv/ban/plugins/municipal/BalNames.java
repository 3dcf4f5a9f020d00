package fr.gouv.ban.plugins.municipal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The BAL standard's rules on names of streets and places ({@code voie_nom}, {@code
 * lieudit_complement_nom} and their regional-language variants), shared by the import and by the
 * rule on municipal writes of groups: written in full and in mixed case, because the name is what
 * the geocoder shows and reads back to people.
 */
final class BalNames {
  static final int MIN = 3;
  static final int MAX = 200;

  /**
   * Abbreviated street types that the standard wants spelled out ("R de la Paix" → "Rue de la
   * Paix"). Only unambiguous ones: none of them is a French word on its own.
   */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "r", "av", "ave", "bd", "bld", "bvd", "che", "chem", "imp", "pl", "rte", "all", "fg",
          "sq", "crs", "qu", "sen", "res", "ham");

  private static final Pattern FIRST_WORD = Pattern.compile("^([\\p{L}]+)(\\.|\\s)");

  /** First words of street names: a toponyme named so is a way, not an area (a lieu-dit). */
  private static final Set<String> WAY_TYPES =
      Set.of(
          "rue",
          "avenue",
          "boulevard",
          "chemin",
          "impasse",
          "allee",
          "route",
          "quai",
          "passage",
          "square",
          "cours",
          "villa",
          "sentier",
          "voie",
          "ruelle",
          "place",
          "cite",
          "promenade",
          "esplanade",
          "faubourg",
          "traverse",
          "montee",
          "rampe",
          "parvis",
          "galerie",
          "rond",
          "carrefour",
          "pont",
          "venelle",
          "sente",
          "cour",
          "placette",
          "mail",
          "lotissement");

  /** What is wrong with a name. */
  enum Problem {
    LENGTH,
    CASE,
    UNDERSCORE,
    ABBREVIATION
  }

  private BalNames() {}

  /** The first problem of a non-empty name, or null when it follows the standard. */
  static Problem check(String name) {
    int length = name.codePointCount(0, name.length());
    if (length < MIN || length > MAX) {
      return Problem.LENGTH;
    }
    if (name.indexOf('_') >= 0) {
      return Problem.UNDERSCORE;
    }
    if (allCapitals(name)) {
      return Problem.CASE;
    }
    var m = FIRST_WORD.matcher(name);
    if (m.find() && ABBREVIATIONS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
      return Problem.ABBREVIATION;
    }
    return null;
  }

  /** Whether the name starts with a street type ("Chemin des Vignes"): a way, not a place. */
  static boolean isWay(String name) {
    String normalised = BalKeys.normalise(name);
    int space = normalised.indexOf(' ');
    return WAY_TYPES.contains(space < 0 ? normalised : normalised.substring(0, space));
  }

  /**
   * Capitals only, with at least four letters: "RUE DE LA PAIX" fails, "RD 12" or "ZA" (short codes
   * that are written in capitals) pass.
   */
  private static boolean allCapitals(String name) {
    long letters = name.codePoints().filter(Character::isLetter).count();
    return letters >= 4 && name.codePoints().noneMatch(Character::isLowerCase);
  }

  /** What a name with {@code problem} should be, and what it is. */
  static String message(Problem problem, String value) {
    return switch (problem) {
      case LENGTH -> "expected " + MIN + " to " + MAX + " characters, got " + value.length();
      case UNDERSCORE -> "expected no '_' (use spaces), got \"" + value + "\"";
      case CASE -> "expected mixed case (\"Rue de la Paix\"), got all capitals \"" + value + "\"";
      case ABBREVIATION ->
          "expected the street type spelled out (\"Rue\", \"Avenue\"), got \"" + value + "\"";
    };
  }
}
