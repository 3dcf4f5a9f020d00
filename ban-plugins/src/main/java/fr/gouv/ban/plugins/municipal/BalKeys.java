package fr.gouv.ban.plugins.municipal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The natural keys a BAL row is written under (see the key conventions of docs/plugins.md).
 *
 * <p>A street whose cle_interop carries a RIVOLI code ({@code 75101_4461_...}) is the group of
 * FANTOIR {@code 751014461}. One whose code is the BAL's {@code xxxx} (no RIVOLI code known) gets a
 * code of its own, {@code x} + 6 base-36 characters of the SHA-256 of its normalised {@code
 * voie_nom} (lower case, no accents, punctuation as spaces): deterministic, so re-importing the
 * file meets the same group, and 7 characters long, so it can be told from a RIVOLI code (4) and a
 * BAN-generated code (6). The same code replaces {@code xxxx} in the housenumber key, which would
 * otherwise be the same for number 1 of every such street of the commune. A renamed {@code xxxx}
 * street therefore becomes a new group: give it its RIVOLI code to keep it stable.
 *
 * <p>Identifiers are at most 24 characters. A longer key {@code <housenumber key>:<n>} (an extra
 * position) keeps the housenumber key when it has at most 18 characters, then {@code ~} and base-36
 * characters of the SHA-256 of the whole key up to 24; any other long key (a long suffixe) keeps
 * its first 15 characters, then {@code ~} and 8 base-36 characters of its SHA-256.
 */
public final class BalKeys {
  static final int MAX = 24;
  static final String UNKNOWN_VOIE = "xxxx";

  private BalKeys() {}

  /** The street code of a voie: the RIVOLI code, or the code derived from its name. */
  static String voieCode(String cleVoie, String voieNom) {
    return UNKNOWN_VOIE.equals(cleVoie) ? "x" + base36(hash(normalise(voieNom)), 6) : cleVoie;
  }

  /** Whether the cle_interop's voie part is a RIVOLI code. */
  static boolean isRivoli(String cleVoie) {
    return !UNKNOWN_VOIE.equals(cleVoie);
  }

  /** {@code value} itself when it fits an identifier, else a short deterministic form of it. */
  public static String fit(String value) {
    if (value.length() <= MAX) {
      return value;
    }
    int colon = value.indexOf(':');
    if (colon > 0 && colon <= MAX - 6) {
      // keeps the whole housenumber key readable: "75101_4461_00001~k3f9a2x"
      return value.substring(0, colon) + "~" + base36(hash(value), MAX - colon - 1);
    }
    return value.substring(0, MAX - 9) + "~" + base36(hash(value), 8);
  }

  /** Lower case, without accents, apostrophes and punctuation as spaces, spaces collapsed. */
  static String normalise(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static byte[] hash(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String base36(byte[] digest, int length) {
    String text = new BigInteger(1, digest).toString(36);
    return text.substring(text.length() - length);
  }
}
