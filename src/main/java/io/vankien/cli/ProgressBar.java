package io.vankien.cli;

import io.vankien.index.IngestListener;
import io.vankien.index.IngestReport;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ingest progress on stderr: a bar with files done, rate and ETA, redrawn in place on a terminal, a
 * line every few seconds otherwise. Failures are printed as they happen.
 */
final class ProgressBar implements IngestListener {
  private final PrintStream err;
  private final boolean quiet;
  private final boolean terminal = System.console() != null;
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private volatile int total;
  private volatile long startNanos;
  private volatile long lastDraw;

  ProgressBar(PrintStream err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  @Override
  public void started(int totalFiles, long totalBytes) {
    total = totalFiles;
    startNanos = System.nanoTime();
    if (!quiet) {
      err.printf("ingesting %d files (%.1f MB)%n", totalFiles, totalBytes / 1e6);
    }
  }

  @Override
  public void fileDone(String file, IngestReport.Outcome outcome, String reason) {
    int d = done.incrementAndGet();
    if (outcome == IngestReport.Outcome.FAILED) {
      failed.incrementAndGet();
      synchronized (this) {
        if (terminal && !quiet) {
          err.print("\r\033[K");
        }
        err.println("failed: " + file + ": " + reason);
      }
    }
    long now = System.nanoTime();
    long interval = terminal ? 200_000_000L : 5_000_000_000L;
    if (!quiet && (now - lastDraw > interval || d == total)) {
      lastDraw = now;
      draw(d, now);
    }
  }

  private synchronized void draw(int d, long now) {
    double secs = Math.max(1e-9, (now - startNanos) / 1e9);
    double rate = d / secs;
    long eta = rate > 0 ? Math.round((total - d) / rate) : 0;
    int width = 30;
    int filled = total == 0 ? width : (int) ((long) d * width / total);
    String bar = "=".repeat(filled) + (filled < width ? ">" : "") + " ".repeat(Math.max(0, width - filled - 1));
    String line = String.format("[%s] %d/%d  %.1f files/s  ETA %02d:%02d:%02d  failed %d", bar, d, total,
        rate, eta / 3600, (eta / 60) % 60, eta % 60, failed.get());
    if (terminal) {
      err.print("\r\033[K" + line);
    } else {
      err.println(line);
    }
    err.flush();
  }

  void finish() {
    if (terminal && !quiet) {
      err.println();
    }
  }
}
