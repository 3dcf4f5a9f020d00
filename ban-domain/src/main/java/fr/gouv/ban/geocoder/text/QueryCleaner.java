package fr.gouv.ban.geocoder.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Query-only cleaning (addok-france's extract_address, clean_query and remove_leading_zeros),
 * working on folded tokens. Two fixes over addok: the "s/" and "s/s" abbreviations are rewritten on
 * the raw text, before folding erases the slash; and a short list of delivery noise (bâtiment B,
 * escalier 2, appt 12, a trailing "France") is dropped.
 */
final class QueryCleaner {

  private static final Pattern SUR = Pattern.compile("(?i)(^|[ -])s/([ -]|$)");
  private static final Pattern SOUS = Pattern.compile("(?i)(^|[ -])s/s([ -]|$)");
  private static final Pattern FIVE_DIGITS_GLUED =
      Pattern.compile("(?<=[a-z])(?=\\d{5}\\b)|(?<=\\b\\d{5})(?=[a-z])");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern POSTCODE = Pattern.compile("\\d{5}");
  private static final Pattern LEADING_ZEROS = Pattern.compile("0+\\d{1,3}");
  private static final Pattern SUFFIX =
      Pattern.compile("bis|ter|quater|quinquies|sexies|[a-z]{1,3}\\d{0,2}");
  private static final Pattern FLOOR_ORDINAL = Pattern.compile("\\d{0,2}(?:e|er|eme)|rdc");

  private static final Set<String> POSTAL_BOXES = Set.of("bp", "cs", "tsa", "cidex");

  /** Words that announce a building part: they and the short word after them are dropped. */
  private static final Set<String> BUILDING_PARTS =
      Set.of(
          "batiment",
          "bat",
          "bt",
          "bal",
          "escalier",
          "esc",
          "cage",
          "appartement",
          "appart",
          "appt",
          "apt",
          "logement",
          "log",
          "entree");

  private static final Set<String> ARTICLES =
      Set.of("de", "du", "la", "le", "les", "des", "d", "l");

  private QueryCleaner() {}

  /** Raw-text rewrites that folding would make impossible. */
  static String rewriteRaw(String raw) {
    String s = SOUS.matcher(raw).replaceAll("$1sous$2");
    return SUR.matcher(s).replaceAll("$1sur$2");
  }

  /** Cleans a folded query into tokens. */
  static List<String> clean(String folded) {
    List<String> tokens = split(FIVE_DIGITS_GLUED.matcher(folded).replaceAll(" "));
    tokens = dropNoise(tokens);
    tokens = extractAddress(tokens);
    tokens = dropPostalBoxes(tokens);
    tokens = foldCedex(tokens);
    List<String> out = new ArrayList<>(tokens.size());
    for (String token : tokens) {
      out.add(LEADING_ZEROS.matcher(token).matches() ? Ordinals.fold(token) : token);
    }
    return out;
  }

  static List<String> split(String folded) {
    return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
  }

  /** "maison de l emploi 13 rue de la tuilerie" → "13 rue de la tuilerie". */
  static List<String> extractAddress(List<String> tokens) {
    for (int i = 1; i < tokens.size() - 1; i++) {
      if (!DIGITS.matcher(tokens.get(i)).matches()
          && !Ordinals.looksLikeHousenumber(tokens.get(i))) {
        continue;
      }
      if (tokens.get(i).length() > 4 && DIGITS.matcher(tokens.get(i)).matches()) {
        continue;
      }
      String next = tokens.get(i + 1);
      boolean typeNext = StreetTypes.isStreetType(next);
      boolean suffixThenType =
          i + 2 < tokens.size()
              && SUFFIX.matcher(next).matches()
              && StreetTypes.isStreetType(tokens.get(i + 2))
              && !StreetTypes.isStreetType(next);
      // a lone number before is the housenumber of a street named after its own number
      // (BAN has "42P2 Rue du Bastion"), not noise to drop
      boolean numberBefore = i == 1 && Ordinals.looksLikeHousenumber(tokens.get(0));
      if ((typeNext || suffixThenType) && !numberBefore) {
        return tokens.subList(i, tokens.size());
      }
    }
    return tokens;
  }

  private static List<String> dropPostalBoxes(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      int skip = postalBoxLength(tokens, i);
      if (skip > 0) {
        i += skip - 1;
      } else {
        out.add(tokens.get(i));
      }
    }
    return out;
  }

  /** Length of a "bp 123", "b p 123", "cs no 12" run starting at i, or 0. */
  private static int postalBoxLength(List<String> tokens, int i) {
    int j = i;
    if (POSTAL_BOXES.contains(tokens.get(j))) {
      j++;
    } else if (tokens.get(j).equals("b")
        && j + 1 < tokens.size()
        && tokens.get(j + 1).equals("p")) {
      j += 2;
    } else {
      return 0;
    }
    if (j < tokens.size() && (tokens.get(j).equals("n") || tokens.get(j).equals("no"))) {
      j++;
    }
    return j < tokens.size() && DIGITS.matcher(tokens.get(j)).matches() ? j + 1 - i : 0;
  }

  /** "75384 paris cedex 08" → "75 paris": CEDEX codes are not postcodes, the département is. */
  private static List<String> foldCedex(List<String> tokens) {
    int cedex = tokens.indexOf("cedex");
    if (cedex < 0) {
      return tokens;
    }
    List<String> out = new ArrayList<>(tokens);
    if (cedex + 1 < out.size() && DIGITS.matcher(out.get(cedex + 1)).matches()) {
      out.remove(cedex + 1);
    }
    out.remove(cedex);
    for (int i = cedex - 1; i >= 0; i--) {
      if (POSTCODE.matcher(out.get(i)).matches()) {
        // moved last: a leading "75" would otherwise pass for a housenumber
        out.add(out.remove(i).substring(0, 2));
        break;
      }
    }
    return out;
  }

  private static List<String> dropNoise(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      boolean hasNext = i + 1 < tokens.size();
      if (BUILDING_PARTS.contains(token) && hasNext && tokens.get(i + 1).length() <= 3) {
        i++;
      } else if (token.equals("etage")
          || (FLOOR_ORDINAL.matcher(token).matches()
              && hasNext
              && tokens.get(i + 1).equals("etage"))) {
        if (!token.equals("etage")) {
          i++;
        }
      } else if (i == 0
          && (token.equals("lieu") || token.equals("lieux"))
          && hasNext
          && tokens.get(i + 1).startsWith("dit")) {
        i++;
      } else if (token.equals("lieudit") && i == 0) {
        continue;
      } else if (token.equals("france")
          && i == tokens.size() - 1
          && i >= 3
          && !ARTICLES.contains(tokens.get(i - 1))) {
        continue;
      } else {
        out.add(token);
      }
    }
    return out;
  }
}
