package io.vankien.web;

import io.vankien.index.Archive;
import io.vankien.index.ArchiveSearcher;
import io.vankien.index.LiveTerms;
import io.vankien.index.Schema;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.IndexReader;
import org.slf4j.LoggerFactory;

/**
 * Whether the index and the store of originals agree: every version the index names (the {@link
 * Schema#VERSION_ID} terms of live documents: the first 16 hex digits of each original's SHA-256) has its file
 * in {@code store/}, and how many store files no document names. One check reads the terms (no stored record)
 * and lists the store's folders. It runs in the background, never in a request: the first health request starts
 * it, every request gets the last result at once, and one older than {@link #MAX_AGE} starts the next check;
 * nothing runs at start-up.
 *
 * <p>A check that runs while a document is being deleted may count its original missing once (the index view
 * it read still held the document); the next check is right again.
 */
final class StoreAgreement {
  static final Duration MAX_AGE = Duration.ofMinutes(5);

  /**
   * @param versions versions the index names (with an original expected in the store)
   * @param missingOriginals of those, the ones without their file
   * @param filesWithoutDocument store files of no version in the index
   */
  record Result(int versions, int missingOriginals, int filesWithoutDocument, Instant checkedAt, long millis) {
    boolean agree() {
      return missingOriginals == 0;
    }
  }

  private final Archive archive;
  private final Clock clock;
  private final AtomicBoolean refreshing = new AtomicBoolean();
  private volatile Result last;

  StoreAgreement(Archive archive, Clock clock) {
    this.archive = archive;
    this.clock = clock;
  }

  /**
   * The last result, or empty while the first check runs; a missing or old one (older than {@link #MAX_AGE})
   * starts one check in the background, so no caller waits for it.
   */
  Optional<Result> current() {
    Result r = last;
    if ((r == null || Duration.between(r.checkedAt(), clock.instant()).compareTo(MAX_AGE) > 0)
        && refreshing.compareAndSet(false, true)) {
      Thread.ofVirtual().name("store-check").start(() -> {
        try {
          last = check();
        } catch (IOException | RuntimeException e) {
          LoggerFactory.getLogger(StoreAgreement.class).warn("store check failed: {}", e.toString());
        } finally {
          refreshing.set(false);
        }
      });
    }
    return Optional.ofNullable(r);
  }

  /** The last result, or null when no check ran yet (metrics do not start one). */
  Result lastOrNull() {
    return last;
  }

  Result check() throws IOException {
    long t0 = System.nanoTime();
    Set<String> named = new HashSet<>();
    try (ArchiveSearcher.View v = archive.searcher().acquire()) { // every document, whatever its level
      namedVersions(v.searcher().getIndexReader(), named);
    }
    Set<String> found = new HashSet<>();
    int orphans = 0;
    Path store = archive.dataDir().resolve("store");
    if (Files.isDirectory(store)) {
      try (DirectoryStream<Path> shards = Files.newDirectoryStream(store, p -> p.getFileName().toString().length() == 2)) {
        for (Path shard : shards) {
          try (DirectoryStream<Path> files = Files.newDirectoryStream(shard)) {
            for (Path f : files) {
              String name = f.getFileName().toString();
              if (name.length() != 64) {
                continue; // not an original (a temp file of an older store)
              }
              String id = name.substring(0, 16);
              if (named.contains(id)) {
                found.add(id);
              } else {
                orphans++;
              }
            }
          }
        }
      }
    }
    int missing = 0;
    for (String id : named) {
      missing += found.contains(id) ? 0 : 1;
    }
    return new Result(named.size(), missing, orphans, clock.instant(), (System.nanoTime() - t0) / 1_000_000);
  }

  /** The version ids of live documents (a deleted document's terms stay until its segment is merged). */
  private static void namedVersions(IndexReader reader, Set<String> out) throws IOException {
    LiveTerms.forEach(reader, Schema.VERSION_ID, t -> out.add(t.utf8ToString()));
  }
}
