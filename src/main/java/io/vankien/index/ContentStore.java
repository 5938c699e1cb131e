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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Original files, byte for byte, addressed by SHA-256: {@code store/ab/abcdef...}. Each is written to a temp
 * file in {@code store/partial/} (same file system, so the move into place is atomic), where
 * {@link StoreTempFiles} finds what a killed writer left without walking the whole store.
 *
 * <p>Durable: every original {@link #put} since the last {@link #syncWritten} is forced to disk (its bytes,
 * then its folder's entry) by that call, which {@link Archive#commit} makes before the index commit that
 * points at them; so an index commit never reaches the disk before the originals it names, power loss
 * included. The fsyncs are made together at the commit, several at once, instead of one after each
 * file: the file system then groups them into few journal commits (one fsync after each file cost about
 * 8-10 ms of a file's ingest on this machine's disk).
 */
public final class ContentStore {
  /** fsyncs in flight at once when the written originals are synced. */
  private static final int SYNC_THREADS = 8;

  private final Path root;
  /** Originals moved into place since the last sync, and the folders they were moved into. */
  private final Set<Path> unsyncedFiles = ConcurrentHashMap.newKeySet();
  private final Set<Path> unsyncedDirs = ConcurrentHashMap.newKeySet();

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

  /** Stores the bytes (no-op when already stored); written to a temp file and moved atomically. */
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

  /** Stores a copy of the file (no-op when already stored), streamed and moved atomically. */
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
    Path dir = target.getParent();
    boolean newDir = !Files.isDirectory(dir);
    if (newDir) { // createDirectories on an existing folder fails inside and catches: two exceptions a file
      Files.createDirectories(dir);
    }
    Path partial = root.resolve(StoreTempFiles.PARTIAL);
    if (!Files.isDirectory(partial)) {
      Files.createDirectories(partial);
    }
    Path tmp = Files.createTempFile(partial, sha256.substring(0, 8), StoreTempFiles.SUFFIX);
    try {
      filler.fill(tmp);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      unsyncedFiles.add(target);
      unsyncedDirs.add(dir); // the new name in its folder
      if (newDir) {
        unsyncedDirs.add(root); // the folder's own entry
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Forces every original put since the last call to disk: the files, then their folders. Call before the
   * index commit that points at them.
   */
  public void syncWritten() throws IOException {
    List<Path> files = drain(unsyncedFiles);
    List<Path> dirs = drain(unsyncedDirs);
    forceAll(files, StandardOpenOption.READ);
    dirs.sort(java.util.Comparator.comparingInt(Path::getNameCount).reversed()); // sub-folders before the root
    forceAll(dirs, StandardOpenOption.READ);
  }

  /** Originals put and not yet synced (for tests). */
  int unsynced() {
    return unsyncedFiles.size();
  }

  private static List<Path> drain(Set<Path> set) {
    List<Path> out = new ArrayList<>(set);
    set.removeAll(out);
    return out;
  }

  private static void forceAll(List<Path> paths, StandardOpenOption mode) throws IOException {
    if (paths.size() <= 1) {
      for (Path p : paths) {
        force(p, mode);
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(SYNC_THREADS, paths.size()));
    try {
      List<Future<?>> done = new ArrayList<>();
      for (Path p : paths) {
        done.add(pool.submit(() -> {
          force(p, mode);
          return null;
        }));
      }
      for (Future<?> f : done) {
        try {
          f.get();
        } catch (ExecutionException e) {
          throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while syncing originals", e);
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  /** fsync of a file or folder (a folder is opened for reading: that is how its entries are synced on Linux). */
  private static void force(Path p, StandardOpenOption mode) throws IOException {
    try (FileChannel ch = FileChannel.open(p, mode)) {
      ch.force(true);
    } catch (java.nio.file.NoSuchFileException e) {
      // deleted since it was put (a delete committed meanwhile): nothing to make durable
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
