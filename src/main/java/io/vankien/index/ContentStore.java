package io.vankien.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Original files, byte for byte, addressed by SHA-256: {@code store/ab/abcdef...}.
 *
 * <p>Durable: {@link #put} returns only after the file's bytes and its directory entry are on disk
 * (fsync of the file, then of its folder), so the index commit that points at an original never
 * reaches the disk before the original itself, power loss included.
 */
public final class ContentStore {
  private final Path root;

  public ContentStore(Path root) throws IOException {
    this.root = Files.createDirectories(root);
  }

  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  /** The SHA-256 of a file's bytes, read as a stream (the file is never held in memory). */
  public static String sha256(Path file) throws IOException {
    MessageDigest md = digest();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[64 << 10];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Path pathOf(String sha256) {
    return root.resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  /** Stores the bytes (no-op when already stored); written to a temp file, synced and moved atomically. */
  public void put(String sha256, byte[] bytes) throws IOException {
    write(sha256, bytes.length, tmp -> {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
          ch.write(b);
        }
      }
    });
  }

  /** Stores a copy of the file (no-op when already stored), streamed, synced and moved atomically. */
  public void put(String sha256, Path file) throws IOException {
    write(sha256, Files.size(file), tmp -> Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING));
  }

  private interface Filler {
    void fill(Path tmp) throws IOException;
  }

  private void write(String sha256, long size, Filler filler) throws IOException {
    Path target = pathOf(sha256);
    if (Files.exists(target) && Files.size(target) == size) {
      return;
    }
    boolean newDir = !Files.isDirectory(target.getParent());
    Path dir = Files.createDirectories(target.getParent());
    Path tmp = Files.createTempFile(dir, sha256.substring(0, 8), ".tmp");
    try {
      filler.fill(tmp);
      force(tmp, StandardOpenOption.WRITE);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      force(dir, StandardOpenOption.READ); // the new name in its folder
      if (newDir) {
        force(root, StandardOpenOption.READ); // the folder's own entry
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** fsync of a file or folder (a folder is opened for reading: that is how its entries are synced on Linux). */
  private static void force(Path p, StandardOpenOption mode) throws IOException {
    try (FileChannel ch = FileChannel.open(p, mode)) {
      ch.force(true);
    } catch (IOException e) {
      if (mode == StandardOpenOption.READ && Files.isDirectory(p)) {
        return; // some platforms (Windows) cannot open a folder: their file system orders this itself
      }
      throw e;
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
