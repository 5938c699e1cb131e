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
