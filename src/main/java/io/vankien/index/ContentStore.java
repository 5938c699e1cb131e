package io.vankien.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Original files, byte for byte, addressed by SHA-256: {@code store/ab/abcdef...}. */
public final class ContentStore {
  private final Path root;

  public ContentStore(Path root) throws IOException {
    this.root = Files.createDirectories(root);
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Path pathOf(String sha256) {
    return root.resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  /** Stores the bytes (no-op when already stored); written to a temp file and moved atomically. */
  public void put(String sha256, byte[] bytes) throws IOException {
    Path target = pathOf(sha256);
    if (Files.exists(target) && Files.size(target) == bytes.length) {
      return;
    }
    Files.createDirectories(target.getParent());
    Path tmp = Files.createTempFile(target.getParent(), sha256.substring(0, 8), ".tmp");
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  public boolean contains(String sha256) {
    return Files.exists(pathOf(sha256));
  }

  public InputStream open(String sha256) throws IOException {
    return Files.newInputStream(pathOf(sha256));
  }

  public void delete(String sha256) throws IOException {
    Files.deleteIfExists(pathOf(sha256));
  }
}
