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
  /** Turns that work {@link #runBehind} the searches may hold at once: all but one. */
  private final Semaphore behind;
  /** How often work behind the searches looks for a turn no search waits for. */
  private static final long BEHIND_POLL_NANOS = 1_000_000L;

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
    this.behind = turns == null ? null : new Semaphore(Math.max(1, count - 1), true);
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
   * Runs {@code work} behind the searches: in a turn taken only when no search waits for one, and by at most {@link
   * #count} - 1 such works at once (one when there is one turn), so a search always finds a turn free or soon
   * free. For work that continues something begun (an export's next rows, {@link SearchService#forEachMatch(
   * SearchRequest, boolean, MatchRows)}): it waits rather than being refused halfway, and a search waits at most
   * for the one piece of it that holds a turn. When searches have kept every turn busy for as long as a search
   * waits ({@link #wait}), it queues for the next turn in order with them, so it is never starved. Unbounded turns
   * run it at once.
   */
  public <T> T runBehind(Work<T> work) throws java.io.IOException {
    if (turns == null) {
      return work.run();
    }
    behind.acquireUninterruptibly();
    try {
      long giveUpPolling = System.nanoTime() + wait.toNanos();
      while (turns.hasQueuedThreads() || !turns.tryAcquire()) {
        if (System.nanoTime() - giveUpPolling > 0) {
          turns.acquireUninterruptibly(); // in order with the searches waiting
          break;
        }
        java.util.concurrent.locks.LockSupport.parkNanos(BEHIND_POLL_NANOS);
      }
      try {
        return work.run();
      } finally {
        turns.release();
      }
    } finally {
      behind.release();
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
