package io.vankien.bench;

import java.nio.file.Path;

/**
 * Samples a running JVM's memory with {@link ProcessMemory#live} (the live heap after a full GC, in one jcmd
 * call, and RSS) every
 * {@code periodSeconds} into a {@link MemorySeries}, on a daemon thread, until stopped.
 */
public final class MemorySampler implements AutoCloseable {
  private final MemorySeries series = new MemorySeries();
  private final Thread thread;
  private volatile String lastError;

  public MemorySampler(long pid, Path jcmd, int periodSeconds) {
    long start = System.nanoTime();
    this.thread = Thread.ofPlatform().name("memory-sampler").daemon(true).start(() -> {
      long next = start;
      while (!Thread.currentThread().isInterrupted()) {
        try {
          double at = (System.nanoTime() - start) / 1e9;
          ProcessMemory m = ProcessMemory.live(pid, jcmd);
          series.add(new MemorySeries.Sample(at, m.heapUsedKb(), m.rssKb()));
          next += periodSeconds * 1_000_000_000L;
          long wait = next - System.nanoTime();
          if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
          }
        } catch (InterruptedException e) {
          return;
        } catch (Exception e) {
          lastError = e.toString(); // the process ended, or /proc is unreadable: stop sampling
          return;
        }
      }
    });
  }

  public MemorySeries series() {
    return series;
  }

  /** Why sampling stopped early, or null. */
  public String lastError() {
    return lastError;
  }

  /** Stops sampling (a sample under way is awaited, at most a minute). */
  @Override
  public void close() throws InterruptedException {
    thread.interrupt();
    thread.join(60_000);
  }
}
