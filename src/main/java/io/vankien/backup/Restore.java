package io.vankien.backup;

import io.vankien.index.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * A backup folder back into place as a data folder: every file of the manifest is copied into a sibling
 * folder of the data folder and checked against its size and SHA-256 on the way, the copied index is
 * opened and counted, and only then the data folder is swapped for it by two renames. A damaged backup,
 * a non-empty data folder without {@code force}, or a data folder a server or ingest is using changes
 * nothing.
 */
public final class Restore {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  /**
   * @param manifest the manifest restored
   * @param previous where the data folder's former contents were moved (null when it was absent or empty)
   */
  public record Result(BackupManifest manifest, Path previous) {}

  private Restore() {}

  public static Result run(Path backup, Path dataDir, boolean force) throws IOException {
    Path src = backup.toAbsolutePath().normalize();
    Path target = dataDir.toAbsolutePath().normalize();
    BackupManifest m = BackupManifest.readFrom(src);
    if (target.startsWith(src) || src.startsWith(target)) {
      throw new BackupException("the data folder " + target + " and the backup " + src + " must not contain each other");
    }
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new BackupException(target + " is a file, not a data folder");
    }
    boolean occupied = isNonEmptyFolder(target);
    String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
    Path parent = Files.createDirectories(target.getParent());
    Path staging = parent.resolve("." + target.getFileName() + ".restoring-" + stamp);
    try (Lock lock = occupied ? writeLock(target) : null) {
      if (occupied && !force) {
        throw new BackupException(target + " is not empty: restore into a new folder, or add --force to replace"
            + " it (its contents are moved aside, not deleted)");
      }
      try {
        copyVerified(m, src, staging);
        checkIndex(m, staging);
      } catch (IOException | RuntimeException e) {
        Folders.deleteRecursively(staging);
        throw e;
      }
      Path previous = null;
      if (lock != null) {
        lock.ensureValid(); // still ours: nothing took the folder over meanwhile
      }
      if (occupied) {
        previous = parent.resolve(target.getFileName() + ".before-restore-" + stamp);
        Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
      } else {
        Files.deleteIfExists(target); // absent, or an empty folder
      }
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      FileCopy.syncFolder(parent);
      return new Result(m, previous);
    }
  }

  private static boolean isNonEmptyFolder(Path p) throws IOException {
    if (!Files.isDirectory(p)) {
      return false;
    }
    try (Stream<Path> s = Files.list(p)) {
      return s.findAny().isPresent();
    }
  }

  /**
   * The index write lock of the data folder, held until the swap is done, so that no server or ingest is
   * writing the folder being replaced (and none starts meanwhile); a clear error when one holds it.
   */
  private static Lock writeLock(Path dataDir) throws IOException {
    Path lucene = dataDir.resolve(Backup.LUCENE);
    if (!Files.isDirectory(lucene)) {
      return null;
    }
    Directory dir = FSDirectory.open(lucene);
    try {
      Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME);
      return new Lock() {
        @Override
        public void close() throws IOException {
          try {
            lock.close();
          } finally {
            dir.close();
          }
        }

        @Override
        public void ensureValid() throws IOException {
          lock.ensureValid();
        }
      };
    } catch (LockObtainFailedException e) {
      dir.close();
      throw new BackupException("the archive at " + dataDir + " is in use by another vankien process (a server or"
          + " an ingest): stop it before restoring over it", e);
    }
  }

  /** Copies every listed file into {@code staging}, failing on the first one whose size or SHA-256 differs. */
  private static void copyVerified(BackupManifest m, Path src, Path staging) throws IOException {
    Files.createDirectories(staging);
    // paths checked before anything is copied; copies run several at once (each ends in an fsync)
    List<Path[]> pairs = new ArrayList<>();
    for (BackupManifest.Entry e : m.files()) {
      pairs.add(new Path[] {inside(src, e.path()), inside(staging, e.path())});
    }
    ExecutorService pool = Executors.newFixedThreadPool(Backup.COPY_THREADS);
    try {
      List<Future<Void>> copies = new ArrayList<>();
      for (int i = 0; i < pairs.size(); i++) {
        BackupManifest.Entry e = m.files().get(i);
        Path from = pairs.get(i)[0];
        Path to = pairs.get(i)[1];
        copies.add(pool.submit(() -> {
          copyOne(e, from, to);
          return null;
        }));
      }
      for (Future<Void> f : copies) {
        Futures.get(f); // the first damaged file in manifest order is the one named
      }
    } finally {
      Futures.stop(pool); // no copy still writing when the caller cleans up after a failure
    }
    try (Stream<Path> s = Files.walk(staging)) {
      s.filter(Files::isDirectory).forEach(FileCopy::syncFolder);
    }
  }

  private static void copyOne(BackupManifest.Entry e, Path from, Path to) throws IOException {
    if (!Files.isRegularFile(from)) {
      throw new BackupException("the backup is damaged: " + from + " is listed in its manifest but missing;"
          + " nothing was restored");
    }
    long size = Files.size(from);
    if (size != e.size()) {
      throw new BackupException("the backup is damaged: " + from + " has " + size + " bytes, its manifest says "
          + e.size() + "; nothing was restored");
    }
    FileCopy.Digest d = FileCopy.copy(from, to, size);
    if (!d.sha256().equals(e.sha256())) {
      throw new BackupException("the backup is damaged: " + from + " does not match the SHA-256 in its manifest;"
          + " nothing was restored");
    }
  }

  /** The manifest path resolved inside {@code root}; a path leading out of it is refused. */
  private static Path inside(Path root, String rel) throws BackupException {
    Path p = root.resolve(rel).normalize();
    if (rel.isEmpty() || Path.of(rel).isAbsolute() || !p.startsWith(root) || p.equals(root)) {
      throw new BackupException("the backup manifest lists a path outside the backup: " + rel);
    }
    return p;
  }

  private static void checkIndex(BackupManifest m, Path staging) throws IOException {
    try (Directory d = FSDirectory.open(staging.resolve(Backup.LUCENE));
        DirectoryReader r = DirectoryReader.open(d)) {
      if (r.getIndexCommit().getGeneration() != m.generation() || r.numDocs() != m.numDocs()
          || r.maxDoc() != m.maxDoc()) {
        throw new BackupException(String.format("the restored index holds generation %d, %d documents (%d with"
            + " deleted ones), the manifest says %d, %d (%d); nothing was restored", r.getIndexCommit().getGeneration(),
            r.numDocs(), r.maxDoc(), m.generation(), m.numDocs(), m.maxDoc()));
      }
    }
  }
}
