package io.vankien.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.util.IOUtils;

/**
 * Forces the index files Lucene has finished writing to disk soon after, on a thread of its own, so that a commit
 * finds little left to force (as RocksDB's {@code bytes_per_sync} spreads its writes' syncs over time).
 *
 * <p>Why: a commit forces every file it names to disk, and an ingest commits every few seconds. The kernel starts
 * writing dirty pages back only after about 30 s, so each commit had to write everything since the last one
 * (300-600 MB at a million documents, merges included), while it held the ingester's lock and every ingest thread
 * waited. A file that did not grow between two looks a second apart is taken as finished (Lucene writes each file
 * once and never changes it after; a file paused in the middle is forced in part, and the commit forces the rest);
 * one deleted before that (a compound file's parts, an abandoned merge) is never forced. The commit still forces
 * every file it names, so nothing here is needed for durability: it only moves the waiting off the ingest threads.
 */
final class IndexSyncAhead implements Closeable {
  /** How often the folder is looked at. */
  static final long PERIOD_MS = 1_000;

  private final Path folder;
  private final ScheduledExecutorService thread;
  /** Files seen not yet forced, with their size at the last look. */
  private final Map<String, Long> growing = new HashMap<>();
  /** Files forced already (forgotten once deleted). */
  private final Set<String> forced = new HashSet<>();

  private IndexSyncAhead(Path folder, ScheduledExecutorService thread) {
    this.folder = folder;
    this.thread = thread;
  }

  /**
   * Starts looking at the index folder every {@link #PERIOD_MS}. The files there already are left alone: a commit
   * forced them, or the writer just opened deletes them.
   */
  static IndexSyncAhead start(Path folder) throws IOException {
    IndexSyncAhead s = new IndexSyncAhead(folder, Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "vankien-index-sync");
      t.setDaemon(true);
      return t;
    })).leavingPresentFiles();
    s.thread.scheduleWithFixedDelay(s::lookQuietly, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    return s;
  }

  /** One that looks only when {@link #look} is called (for tests). */
  static IndexSyncAhead manual(Path folder) {
    return new IndexSyncAhead(folder, null);
  }

  /** Counts the files in the folder now as forced. */
  synchronized IndexSyncAhead leavingPresentFiles() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      files.forEach(p -> forced.add(p.getFileName().toString()));
    }
    return this;
  }

  private void lookQuietly() {
    try {
      look();
    } catch (IOException | RuntimeException e) {
      // the folder went away or cannot be listed: the commit forces what it names all the same
    }
  }

  /** Forces the files whose size did not change since the last look; returns their names. */
  synchronized List<String> look() throws IOException {
    Set<String> present = new HashSet<>();
    List<String> done = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path p : files.toList()) {
        String name = p.getFileName().toString();
        present.add(name);
        if (forced.contains(name) || name.equals(IndexWriter.WRITE_LOCK_NAME) || name.startsWith("pending_")) {
          continue;
        }
        long size;
        try {
          size = Files.size(p);
        } catch (NoSuchFileException deleted) {
          continue;
        }
        Long before = growing.put(name, size);
        if (before != null && before == size && force(p)) {
          growing.remove(name);
          forced.add(name);
          done.add(name);
        }
      }
    }
    growing.keySet().retainAll(present);
    forced.retainAll(present);
    return done;
  }

  /** Forces one file; false when it was deleted meanwhile. */
  private static boolean force(Path p) throws IOException {
    try {
      IOUtils.fsync(p, false);
      return true;
    } catch (NoSuchFileException deleted) {
      return false;
    }
  }

  @Override
  public void close() {
    if (thread != null) {
      thread.shutdownNow();
    }
  }
}
