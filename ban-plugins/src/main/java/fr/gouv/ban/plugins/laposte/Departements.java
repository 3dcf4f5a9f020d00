package fr.gouv.ban.plugins.laposte;

import java.util.Set;

/**
 * Whether a postcode fits the département of its commune. The rule: the first two digits of the
 * postcode are the département ({@code 20} for Corsica's 2A and 2B); overseas, the first three
 * ({@code 971}..{@code 976}, {@code 98x}), Saint-Barthélemy (977) and Saint-Martin (978) keeping
 * the Guadeloupe postcodes they had before 2007 ({@code 97133}, {@code 97150}).
 *
 * <p>La Poste distributes some communes from an office of a neighbouring département, whose
 * postcode they then carry: {@link #CROSS_BORDER} lists those (postcode département, commune
 * département) pairs. It is exactly the set found in the base officielle (codes-postaux 4.1.2,
 * 35,684 rows: 40 rows over 24 pairs, all between neighbours), so the rule rejects none of the real
 * rows ({@code DepartementsTest} checks the whole file); a new cross-border distribution is one
 * more pair here.
 */
final class Departements {
  static final Set<String> CROSS_BORDER =
      Set.of(
          "01>39", "01>74", "05>04", "05>26", "06>04", "12>15", "13>83", "15>12", "21>71", "27>76",
          "30>12", "33>24", "34>12", "37>86", "42>03", "43>15", "48>07", "48>12", "52>51", "55>51",
          "57>67", "62>80", "75>92", "82>12");

  private Departements() {}

  /** The département of an INSEE code: 2 characters, 3 overseas ({@code 97x}, {@code 98x}). */
  static String of(String insee) {
    return insee.startsWith("97") || insee.startsWith("98")
        ? insee.substring(0, 3)
        : insee.substring(0, 2);
  }

  /** Why {@code code} does not fit the commune {@code insee}, or null when it does. */
  static String mismatch(String code, String insee) {
    String dep = of(insee);
    boolean fits;
    if (dep.equals("2A") || dep.equals("2B")) {
      fits = code.startsWith("20");
    } else if (dep.length() == 3) {
      fits =
          code.startsWith(dep)
              || ((dep.equals("977") || dep.equals("978")) && code.startsWith("971"));
    } else {
      fits = code.startsWith(dep) || CROSS_BORDER.contains(code.substring(0, 2) + ">" + dep);
    }
    if (fits) {
      return null;
    }
    return "postcode "
        + code
        + " does not belong to département "
        + dep
        + " of commune "
        + insee
        + ": expected a postcode starting with "
        + expectedPrefix(dep)
        + " (or a known distribution by a neighbouring département's office)";
  }

  private static String expectedPrefix(String dep) {
    if (dep.equals("2A") || dep.equals("2B")) {
      return "20";
    }
    return dep.equals("977") || dep.equals("978") ? dep + " or 971" : dep;
  }
}
