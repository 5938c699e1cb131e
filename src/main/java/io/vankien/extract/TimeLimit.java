package io.vankien.extract;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one extraction on a worker thread and gives up after a time limit: the caller gets "timed out
 * after N s" and the worker is interrupted (a parser that ignores interruption finishes in the background
 * on a daemon thread; Tesseract runs are killed by Tika's own timeout, set to the same limit).
 */
final class TimeLimit {
  /** The work to run: returns a result or fails with a reason. */
  @FunctionalInterface
  interface Work<T> extends Callable<T> {
    @Override
    T call() throws ExtractionException;
  }

  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "vankien-extract-" + THREADS.incrementAndGet());
    t.setDaemon(true);
    return t;
  });

  private TimeLimit() {}

  static <T> T run(Work<T> work, Duration limit) throws ExtractionException {
    Future<T> result = WORKERS.submit(work);
    try {
      return result.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      throw new ExtractionException("timed out after " + describe(limit) + " (per-file time limit)", e);
    } catch (InterruptedException e) {
      result.cancel(true);
      Thread.currentThread().interrupt();
      throw new ExtractionException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ExtractionException ee) {
        throw ee;
      }
      throw new ExtractionException("unexpected failure: " + cause, cause);
    }
  }

  /** "120 s", or "250 ms" under a second. */
  static String describe(Duration limit) {
    long millis = limit.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
