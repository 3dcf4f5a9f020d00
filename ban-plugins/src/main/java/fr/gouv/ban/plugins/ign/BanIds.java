package fr.gouv.ban.plugins.ign;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The BAN's identifiers as IGN publishes them: a street {@code <insee>_<voie>} ({@code 75101_4461},
 * {@code 75101_cfq3tf}) and a clé d'interopérabilité {@code <insee>_<voie>_<numero on 5
 * digits>[_<suffixe>]} ({@code 75102_6998_00008_bis}), lower case.
 */
final class BanIds {
  static final Pattern STREET = Pattern.compile("(2[ab]|\\d{2})\\d{3}_[0-9a-z]{4,6}");
  static final Pattern CLE =
      Pattern.compile("(2[ab]|\\d{2})\\d{3}_[0-9a-z]{4,6}_\\d{5}(_[0-9a-z]+)?");

  /** The longest identifier the resources keep ({@code ign} fields). */
  static final int MAX = 32;

  private BanIds() {}

  /** The street part of a clé ({@code 75101_4461} of {@code 75101_4461_00001_bis}). */
  static String street(String cle) {
    int second = cle.indexOf('_', cle.indexOf('_') + 1);
    return second < 0 ? cle : cle.substring(0, second);
  }

  /** The FANTOIR of a street whose voie code is a 4-character RIVOLI code, else null. */
  static String fantoir(String street) {
    int sep = street.indexOf('_');
    String voie = street.substring(sep + 1);
    return voie.length() == 4 ? (street.substring(0, sep) + voie).toUpperCase(Locale.ROOT) : null;
  }

  /** The group key and reference of a street: by FANTOIR when it has one, else by its id. */
  static String groupRef(String street) {
    String fantoir = fantoir(street);
    return fantoir != null ? "fantoir:" + fantoir : "ign:" + street;
  }
}
