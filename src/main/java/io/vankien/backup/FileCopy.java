package io.vankien.backup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Byte copies that hash what they copy and reach the disk (fsync) before they return. */
final class FileCopy {
  private static final int BUFFER = 1 << 16;

  private FileCopy() {}

  /** Size and SHA-256 (hex) of a copied or read file. */
  record Digest(long size, String sha256) {}

  /**
   * Copies the first {@code length} bytes of {@code from} into a new file {@code to} (replacing it), fsyncs
   * it and returns the size and SHA-256 of what was copied. Throws when {@code from} is shorter.
   */
  static Digest copy(Path from, Path to, long length) throws IOException {
    Files.createDirectories(to.getParent());
    MessageDigest md = sha256();
    try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
        FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buf = ByteBuffer.allocate(BUFFER);
      long left = length;
      while (left > 0) {
        buf.clear().limit((int) Math.min(BUFFER, left));
        int n = in.read(buf);
        if (n < 0) {
          throw new BackupException(from + " ended after " + (length - left) + " of " + length + " bytes");
        }
        buf.flip();
        md.update(buf.duplicate());
        while (buf.hasRemaining()) {
          out.write(buf);
        }
        left -= n;
      }
      out.force(true);
    }
    copyPermissions(from, to);
    return new Digest(length, HexFormat.of().formatHex(md.digest()));
  }

  /** Copies the whole file as it is now (a file replaced by rename meanwhile is copied as it was at open). */
  static Digest copy(Path from, Path to) throws IOException {
    try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ)) {
      return copy(from, to, in.size());
    }
  }

  /**
   * Gives the copy the POSIX permissions of its source, so a file only its owner may read (the accounts)
   * stays so in the backup and after a restore; nothing where the file system has no POSIX permissions.
   */
  private static void copyPermissions(Path from, Path to) throws IOException {
    if (Files.getFileStore(to).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
    }
  }

  /** Size and SHA-256 of a file. */
  static Digest digest(Path file) throws IOException {
    MessageDigest md = sha256();
    long size = 0;
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buf = ByteBuffer.allocate(BUFFER);
      int n;
      while ((n = in.read(buf.clear())) >= 0) {
        md.update(buf.flip());
        size += n;
      }
    }
    return new Digest(size, HexFormat.of().formatHex(md.digest()));
  }

  /**
   * The length of the file's complete lines as of now: up to and including its last newline (an
   * append-only log being written may end in half a line).
   */
  static long completeLinesLength(Path file) throws IOException {
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
      long end = in.size();
      ByteBuffer buf = ByteBuffer.allocate(BUFFER);
      while (end > 0) {
        long start = Math.max(0, end - BUFFER);
        buf.clear().limit((int) (end - start));
        int read = 0;
        while (buf.hasRemaining()) {
          int n = in.read(buf, start + read);
          if (n < 0) {
            break;
          }
          read += n;
        }
        for (int i = read - 1; i >= 0; i--) {
          if (buf.get(i) == '\n') {
            return start + i + 1;
          }
        }
        end = start;
      }
      return 0;
    }
  }

  /** Makes the folder's entries (files created or renamed in it) durable; a no-op where folders cannot be opened. */
  static void syncFolder(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // Windows cannot open a folder as a channel; its file system orders these writes itself
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
