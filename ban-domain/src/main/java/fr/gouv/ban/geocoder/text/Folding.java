package fr.gouv.ban.geocoder.text;

import java.text.Normalizer;

/**
 * ASCII folding as addok does it before anything else: lower case, accents and ligatures removed
 * (unidecode), every character that is not a letter or digit turned into a space, spaces collapsed
 * and trimmed. "L'Opéra-Comique" becomes "l opera comique".
 */
public final class Folding {

  /** Folded form of every char below this bound, precomputed ("" = separator). */
  private static final int TABLE_SIZE = 0x250;

  private static final String[] TABLE = buildTable();

  private Folding() {}

  public static String fold(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      String folded = foldChar(text.charAt(i));
      if (folded.isEmpty()) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(folded);
    }
    return out.toString();
  }

  private static String foldChar(char c) {
    if (c < TABLE_SIZE) {
      return TABLE[c];
    }
    return decompose(c);
  }

  private static String[] buildTable() {
    String[] table = new String[TABLE_SIZE];
    for (char c = 0; c < TABLE_SIZE; c++) {
      table[c] = decompose(c);
    }
    return table;
  }

  /** Slow path: Unicode decomposition, then a few ligatures decomposition does not split. */
  private static String decompose(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      return String.valueOf(c);
    }
    if (c >= 'A' && c <= 'Z') {
      return String.valueOf((char) (c + ('a' - 'A')));
    }
    switch (Character.toLowerCase(c)) {
      case 'œ':
        return "oe";
      case 'æ':
        return "ae";
      case 'ß':
        return "ss";
      case 'ø':
        return "o";
      case 'đ':
      case 'ð':
        return "d";
      case 'ł':
        return "l";
      case 'þ':
        return "th";
      default:
        break;
    }
    String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
    StringBuilder kept = new StringBuilder(2);
    for (int i = 0; i < base.length(); i++) {
      char b = Character.toLowerCase(base.charAt(i));
      if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')) {
        kept.append(b);
      }
    }
    return kept.toString();
  }
}
