package io.vankien.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;

/**
 * The baselines' indexing loop: one Lucene document per file, made and added by a fixed pool of threads,
 * one commit at the end. The first failure ends the run.
 */
final class PoolIndexing {
  private PoolIndexing() {}

  /** Makes the Lucene document of one file. */
  @FunctionalInterface
  interface ToDocument {
    Document of(Path file) throws Exception;
  }

  static void index(List<Path> files, int threads, IndexWriter writer, ToDocument toDocument) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Path f : files) {
        futures.add(pool.submit(() -> {
          writer.addDocument(toDocument.of(f));
          return null;
        }));
      }
      for (Future<?> fu : futures) {
        try {
          fu.get();
        } catch (ExecutionException e) {
          futures.forEach(pending -> pending.cancel(false));
          throw e.getCause() instanceof Exception cause ? cause : e;
        }
      }
      writer.commit();
    } finally {
      // Never interrupt a thread inside IndexWriter: an interrupt during file I/O closes the channel
      // and invalidates the index's write lock. Pending tasks are cancelled; running ones finish.
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
  }
}
