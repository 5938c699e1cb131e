package io.vankien.search;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many searches run at once. A search is CPU work from start to end (no client I/O inside it), so more of
 * them at once than there are cores only makes each slower: on two cores, eight searches at once took 40-120%
 * more CPU per search than two at once (BENCHMARKS.md, "Seventh session"). The others wait their turn, in order,
 * for at most {@link #wait}; then {@link Busy}. The server gives each request thread a turn; the command line
 * and tools search unbounded ({@link #UNBOUNDED}).
 */
public final class SearchTurns {
  /** No bound: every caller searches at once. */
  public static final SearchTurns UNBOUNDED = new SearchTurns(Integer.MAX_VALUE, Duration.ZERO);

  /** How long a search waits for its turn before {@link Busy}, by default. */
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

  private final Semaphore turns;
  private final int count;
  private final Duration wait;

  /**
   * @param count searches at once (at least 1)
   * @param wait how long a search waits for its turn
   */
  public SearchTurns(int count, Duration wait) {
    if (count < 1) {
      throw new IllegalArgumentException("search turns must be at least 1, got " + count);
    }
    this.count = count;
    this.wait = wait;
    this.turns = count == Integer.MAX_VALUE ? null : new Semaphore(count, true);
  }

  /** One search per core at once, each waiting at most {@link #DEFAULT_WAIT}. */
  public static SearchTurns perCore() {
    return new SearchTurns(Runtime.getRuntime().availableProcessors(), DEFAULT_WAIT);
  }

  /** Searches at once. */
  public int count() {
    return count;
  }

  /** A search's work, run in its turn. */
  public interface Work<T> {
    T run() throws java.io.IOException;
  }

  /** Runs {@code work} when a turn is free; {@link Busy} when none was within the wait. */
  public <T> T run(Work<T> work) throws java.io.IOException {
    if (turns == null) {
      return work.run();
    }
    boolean got;
    try {
      got = turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Busy(count, wait);
    }
    if (!got) {
      throw new Busy(count, wait);
    }
    try {
      return work.run();
    } finally {
      turns.release();
    }
  }

  /**
   * Starts {@code work} on another thread when a turn is free now (without waiting), holding that turn until it
   * ends; null when none is free or the turns are unbounded, and the caller then runs the work itself. A search
   * thus takes a second core when the others are idle (lower latency at light load), and none beyond the turns
   * when they are all taken (no more searches at once than cores, as {@link #run}).
   */
  public <T> java.util.concurrent.Future<T> aside(java.util.concurrent.Callable<T> work) {
    if (turns == null || !freeTurnNow()) {
      return null;
    }
    try {
      return asideThreads().submit(() -> {
        try {
          return work.call();
        } finally {
          turns.release();
        }
      });
    } catch (RuntimeException e) { // not started: the turn is not held
      turns.release();
      throw e;
    }
  }

  /** A turn if one is free and no search waits for one (unlike {@code tryAcquire()}, which would barge ahead). */
  private boolean freeTurnNow() {
    try {
      return turns.tryAcquire(0, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private volatile java.util.concurrent.ExecutorService aside;

  private java.util.concurrent.ExecutorService asideThreads() {
    java.util.concurrent.ExecutorService e = aside;
    if (e == null) {
      synchronized (this) {
        if (aside == null) {
          java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
          aside = java.util.concurrent.Executors.newFixedThreadPool(count, r -> {
            Thread t = new Thread(r, "search-aside-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
          });
        }
        e = aside;
      }
    }
    return e;
  }

  /** No turn came within the wait: the server is busy (503 with Retry-After). */
  public static final class Busy extends RuntimeException {
    private final int count;

    Busy(int count, Duration wait) {
      super("Máy chủ đang bận trả lời " + count + " lượt tìm kiếm cùng lúc và đã chờ " + wait.toSeconds()
          + " giây; hãy thử lại sau ít giây.");
      this.count = count;
    }

    /** Searches at once when this one waited. */
    public int turns() {
      return count;
    }
  }
}
