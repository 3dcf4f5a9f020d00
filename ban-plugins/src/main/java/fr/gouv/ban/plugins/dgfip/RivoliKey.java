package fr.gouv.ban.plugins.dgfip;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The structure of a FANTOIR code: INSEE code of the commune (5), RIVOLI code of the voie (4), and
 * optionally the control key (1), e.g. {@code 870854950C} (rue Stendhal, Limoges).
 *
 * <ul>
 *   <li>INSEE part: a département that FANTOIR covers ({@code 01}–{@code 19}, {@code 2A}, {@code
 *       2B}, {@code 21}–{@code 95}, {@code 971}–{@code 976}) and a commune number other than {@code
 *       000} ({@code 00} overseas, where the département takes 3 characters);
 *   <li>RIVOLI part: 4 digits (voies, {@code 0001}–{@code 9999}) or a capital letter and 3 digits
 *       (lieux-dits, ensembles immobiliers and pseudo-voies, e.g. {@code 75107P320D});
 *   <li>key: one capital letter of the 23 that FANTOIR uses (no {@code I}, {@code O}, {@code Q},
 *       which read as digits).
 * </ul>
 *
 * <p><b>The key is checked for its alphabet only, not computed.</b> The DGFiP documents the key as
 * derived from the commune and RIVOLI codes, but the formula usually quoted for it (letter {@code
 * (commune × 19 + rivoli × 11) mod 23} of the alphabet above) gives the wrong letter on every real
 * code checked ({@code 870854950C}, {@code 010540111H}, {@code 384261360C}, {@code 221130035A}, as
 * tagged in OpenStreetMap from FANTOIR), and no linear formula mod 23 over the INSEE or commune
 * number fits all four. Rejecting real codes on an unverified formula would be worse than not
 * checking: {@link #computedKeyKnown()} says so, and the day the official algorithm is at hand it
 * goes in {@link #check} with those codes as its test.
 */
public final class RivoliKey {
  static final String KEY_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
  private static final Pattern DEPARTEMENT =
      Pattern.compile("(0[1-9]|1[0-9]|2[AB1-9]|[3-8][0-9]|9[0-5])[0-9]{3}|97[1-6][0-9]{2}");
  private static final Pattern RIVOLI = Pattern.compile("[0-9]{4}|[A-Z][0-9]{3}");

  private RivoliKey() {}

  /** Whether the key letter is verified against a computed value (not yet: see above). */
  public static boolean computedKeyKnown() {
    return false;
  }

  /**
   * What is wrong with a FANTOIR code of 9 characters, or 10 with the key; empty when it is
   * well-formed.
   */
  public static Optional<String> check(String fantoir) {
    if (fantoir == null || (fantoir.length() != 9 && fantoir.length() != 10)) {
      return Optional.of(
          "FANTOIR code: expected 9 characters (INSEE code + RIVOLI code) or 10 with the key, got "
              + quoted(fantoir));
    }
    String insee = fantoir.substring(0, 5);
    if (!DEPARTEMENT.matcher(insee).matches()
        || insee.endsWith(insee.startsWith("97") ? "00" : "000")) {
      return Optional.of(
          "FANTOIR code "
              + fantoir
              + ": "
              + insee
              + " is not the INSEE code of a commune FANTOIR covers (département 01-95, 2A, 2B or"
              + " 971-976, commune number not 000)");
    }
    String rivoli = fantoir.substring(5, 9);
    if (!RIVOLI.matcher(rivoli).matches() || rivoli.equals("0000")) {
      return Optional.of(
          "FANTOIR code "
              + fantoir
              + ": RIVOLI code "
              + quoted(rivoli)
              + " must be 4 digits (a voie, 0001-9999) or a capital letter and 3 digits (a"
              + " lieu-dit or other toponym)");
    }
    if (fantoir.length() == 10 && KEY_LETTERS.indexOf(fantoir.charAt(9)) < 0) {
      return Optional.of(
          "FANTOIR code "
              + fantoir
              + ": key \""
              + fantoir.charAt(9)
              + "\" must be a capital letter other than I, O and Q");
    }
    return Optional.empty();
  }

  private static String quoted(String value) {
    return value == null ? "nothing" : "\"" + value + "\"";
  }
}
