package io.vankien.bench;

import io.vankien.meta.AccessLevel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A deterministic access level for each corpus document, by a hash of its file name: {@code internalPercent}
 * of the documents internal, {@code restrictedPercent} restricted, the rest public. A hash, not the
 * manifest's order, so every province, type and year gets its share.
 */
public record LevelAssignment(int internalPercent, int restrictedPercent) {
  public LevelAssignment {
    if (internalPercent < 0 || restrictedPercent < 0 || internalPercent + restrictedPercent > 100) {
      throw new IllegalArgumentException("shares must be 0-100 and add up to at most 100, got internal "
          + internalPercent + "%, restricted " + restrictedPercent + "%");
    }
  }

  /** The level of the document stored under this file name (relative to the corpus folder). */
  public AccessLevel levelOf(String file) {
    int bucket = bucket(file);
    if (bucket < restrictedPercent) {
      return AccessLevel.RESTRICTED;
    }
    return bucket < restrictedPercent + internalPercent ? AccessLevel.INTERNAL : AccessLevel.PUBLIC;
  }

  /** 0-99 from the first bytes of the SHA-256 of the name: the same name, the same bucket, on any JVM. */
  static int bucket(String file) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(file.getBytes(StandardCharsets.UTF_8));
      long v = ((h[0] & 0xffL) << 24) | ((h[1] & 0xffL) << 16) | ((h[2] & 0xffL) << 8) | (h[3] & 0xffL);
      return (int) (v % 100);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
