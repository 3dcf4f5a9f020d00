package fr.gouv.ban.plugins.osm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code ign} keys of what OSM contributes, which must fit the 24 characters of the field.
 *
 * <ul>
 *   <li>group: {@code <insee>_osm_<hash>} (16 characters), the hash being 6 base-32 characters (30
 *       bits of SHA-1) of the normalised street name (lower case, no accents, punctuation as
 *       spaces): the same street spelt "Rue de l'Église" or "rue de l eglise" meets itself. For the
 *       1,000 streets of a large commune the chance of any collision is about 1 in 2,000;
 *   <li>housenumber and its position: {@code <group key>_<numero on 5 digits>[_<suffix>]}: 22
 *       characters, 24 with a suffix, which is therefore one character: a letter suffix as is
 *       ({@code a}), a Latin ordinal as its rank ({@code bis} → {@code 2}, {@code ter} → {@code 3}
 *       ... {@code nonies} → {@code 9}), so that {@code 12 bis} and {@code 12 b} stay apart.
 * </ul>
 */
final class OsmKeys {
  private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  static final Map<String, Character> ORDINALS =
      Map.of(
          "bis",
          '2',
          "ter",
          '3',
          "quater",
          '4',
          "quinquies",
          '5',
          "sexies",
          '6',
          "septies",
          '7',
          "octies",
          '8',
          "nonies",
          '9');

  private OsmKeys() {}

  static String group(String insee, String street) {
    return insee + "_osm_" + hash(normalize(street));
  }

  /** The housenumber key, or null when the suffix has no one-character form. */
  static String housenumber(String groupKey, int number, String suffix) {
    String key = groupKey + "_" + String.format(Locale.ROOT, "%05d", number);
    if (suffix == null) {
      return key;
    }
    if (suffix.length() == 1 && Character.isLetter(suffix.charAt(0))) {
      return key + "_" + suffix;
    }
    Character rank = ORDINALS.get(suffix);
    return rank == null ? null : key + "_" + rank;
  }

  static String normalize(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", " ")
        .strip();
  }

  static String hash(String text) {
    byte[] sha;
    try {
      sha = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is a required JDK algorithm", e);
    }
    long bits =
        ((sha[0] & 0xFFL) << 24)
            | ((sha[1] & 0xFFL) << 16)
            | ((sha[2] & 0xFFL) << 8)
            | (sha[3] & 0xFFL);
    char[] out = new char[6];
    for (int i = 0; i < 6; i++) {
      // the top 30 of the first 32 bits, 5 at a time
      out[i] = BASE32[(int) ((bits >>> (27 - 5 * i)) & 31)];
    }
    return new String(out);
  }
}
