package fr.gouv.ban.domain.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2 hashes of client secrets, in the storage format of Jakarta Security's {@code
 * Pbkdf2PasswordHash} ({@code algorithm:iterations:salt:hash}, Base64), so that the stored values
 * stay readable by the standard API. The iteration count is stored with each hash: raising {@link
 * #ITERATIONS} later strengthens new secrets without invalidating old ones.
 */
public final class SecretHash {
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  static final int ITERATIONS = 100_000;
  private static final int SALT_BYTES = 32;
  private static final int KEY_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private SecretHash() {}

  public static String hash(String secret) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    Base64.Encoder b64 = Base64.getEncoder();
    return ALGORITHM
        + ":"
        + ITERATIONS
        + ":"
        + b64.encodeToString(salt)
        + ":"
        + b64.encodeToString(derive(secret, salt, ITERATIONS, KEY_BYTES));
  }

  /** Whether {@code secret} matches {@code stored}; compares in constant time. */
  public static boolean matches(String secret, String stored) {
    String[] parts = stored.split(":");
    if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
      return false;
    }
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] expected = b64.decode(parts[3]);
    byte[] actual =
        derive(secret, b64.decode(parts[2]), Integer.parseInt(parts[1]), expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  private static byte[] derive(String secret, byte[] salt, int iterations, int bytes) {
    try {
      return SecretKeyFactory.getInstance(ALGORITHM)
          .generateSecret(new PBEKeySpec(secret.toCharArray(), salt, iterations, bytes * 8))
          .getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
    }
  }
}
