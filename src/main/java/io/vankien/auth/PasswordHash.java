package io.vankien.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Passwords as the JDK's PBKDF2 with HMAC-SHA256 keeps them: {@code pbkdf2-sha256$iterations$salt$hash}
 * (salt and hash in Base64). The iteration count is stored with each hash, so raising {@link #ITERATIONS}
 * later keeps older hashes valid.
 */
public final class PasswordHash {
  /** OWASP's recommendation for PBKDF2-HMAC-SHA256 (Password Storage Cheat Sheet, 2023). */
  public static final int ITERATIONS = 600_000;
  /** Shorter passwords are refused. */
  public static final int MIN_LENGTH = 10;
  private static final String SCHEME = "pbkdf2-sha256";
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * A well-formed hash no password matches (its salt and hash are zero bytes), checked in place of an unknown
   * account's so that a wrong name costs as much time as a wrong password. A constant rather than a hash made
   * at start-up: deriving one costs {@link #ITERATIONS} rounds (about a second of the server's start-up).
   */
  public static final String DECOY = SCHEME + "$" + ITERATIONS + "$"
      + Base64.getEncoder().withoutPadding().encodeToString(new byte[16]) + "$"
      + Base64.getEncoder().withoutPadding().encodeToString(new byte[32]);

  private PasswordHash() {}

  public static String hash(char[] password) {
    return hash(password, ITERATIONS);
  }

  static String hash(char[] password, int iterations) {
    if (password.length < MIN_LENGTH) {
      throw new IllegalArgumentException("a password needs at least " + MIN_LENGTH + " characters");
    }
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
        + b64.encodeToString(derive(password, salt, iterations));
  }

  /** True when the password matches the stored hash (false for a malformed hash). */
  public static boolean verify(char[] password, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split("\\$");
    if (parts.length != 4 || !parts[0].equals(SCHEME)) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      return MessageDigest.isEqual(expected, derive(password, salt, iterations));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
      try {
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      } finally {
        spec.clearPassword();
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
    }
  }
}
