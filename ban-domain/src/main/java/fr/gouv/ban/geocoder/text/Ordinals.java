package fr.gouv.ban.geocoder.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Housenumbers and their suffixes (addok-france's glue_ordinal, fold_ordinal and flag_housenumber),
 * extended to the multi-character suffixes of real BAN data ({@code bv}, {@code p1}, {@code bp10})
 * that addok misses.
 */
final class Ordinals {

  /** A glued housenumber: 1-4 digits, then optionally a 1-3 letter suffix and 0-2 digits. */
  private static final Pattern HOUSENUMBER = Pattern.compile("\\d{1,4}(?:[a-z]{1,3}\\d{0,2})?");

  private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");

  private static final Pattern SHORT_SUFFIX =
      Pattern.compile("[a-z]{1,2}\\d{0,2}|[a-z]{3}\\d{1,2}");

  /** Ordinal adjectives that look like housenumbers ("2e arrondissement", "1er mai"). */
  private static final Pattern ORDINAL_ADJECTIVE =
      Pattern.compile("\\d+(?:er|ere|re|e|eme|nd|nde)");

  private static final Map<String, String> FOLD =
      Map.of("bis", "b", "ter", "t", "quater", "q", "quinquies", "c", "sexies", "s");

  /** Two-letter words that may follow a number without being its suffix. */
  private static final Set<String> NOT_SUFFIXES =
      Set.of("de", "du", "la", "le", "au", "en", "et", "un", "st", "ch", "av", "bd", "pl", "sq");

  private Ordinals() {}

  /**
   * "6 bis av" → "6bis av": glues a number and its suffix when a street type or nothing follows.
   */
  static List<String> glue(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      boolean glued =
          i + 1 < tokens.size()
              && NUMBER.matcher(token).matches()
              && isSuffix(tokens.get(i + 1))
              && (i + 2 == tokens.size() || StreetTypes.isStreetType(tokens.get(i + 2)));
      if (glued) {
        out.add(token + tokens.get(i + 1));
        i++;
      } else {
        out.add(token);
      }
    }
    return out;
  }

  private static boolean isSuffix(String token) {
    return FOLD.containsKey(token)
        || (SHORT_SUFFIX.matcher(token).matches()
            && !NOT_SUFFIXES.contains(token)
            && !StreetTypes.isStreetType(token));
  }

  /** "6bis" → "6b", "12ter" → "12t", "0012" → "12"; other tokens unchanged. */
  static String fold(String token) {
    int digits = 0;
    while (digits < token.length() && Character.isDigit(token.charAt(digits))) {
      digits++;
    }
    if (digits == 0 || digits > 4) {
      return token;
    }
    String number = stripLeadingZeros(token.substring(0, digits));
    String suffix = token.substring(digits);
    return number + FOLD.getOrDefault(suffix, suffix);
  }

  private static String stripLeadingZeros(String digits) {
    int i = 0;
    while (i < digits.length() - 1 && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }

  /**
   * Index of the housenumber token, or -1: the first number-like token that starts the query or
   * precedes a street type ("8 rue …", "rue … 12 bd"); only one per query.
   */
  static int housenumberIndex(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      boolean typeFollows = i + 1 < tokens.size() && StreetTypes.isStreetType(tokens.get(i + 1));
      if ((i == 0 || typeFollows)
          && HOUSENUMBER.matcher(token).matches()
          && (typeFollows || !ORDINAL_ADJECTIVE.matcher(token).matches())
          && !(i == 0 && tokens.size() == 1 && token.length() == 5)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a folded token has the shape of a housenumber. */
  static boolean looksLikeHousenumber(String token) {
    return HOUSENUMBER.matcher(token).matches();
  }
}
