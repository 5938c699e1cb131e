package io.vankien.backup;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Future;

/** The result of a copy run on a pool, its I/O failure rethrown as it was. */
final class Futures {
  private Futures() {}

  /** Cancels what has not run and waits for what runs (a copy interrupted mid-file stops at its next read). */
  static void stop(ExecutorService pool) throws InterruptedIOException {
    pool.shutdownNow();
    try {
      if (!pool.awaitTermination(5, TimeUnit.MINUTES)) {
        throw new InterruptedIOException("copies still running after 5 minutes");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    }
  }

  static <T> T get(Future<T> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException io) {
        throw io;
      }
      if (c instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IOException(c);
    }
  }
}
