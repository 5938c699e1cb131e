package io.vankien.cluster;

import java.time.Duration;

/**
 * How often and after how long a request to the cluster is tried again: when the cluster cannot be reached or
 * answers that it is busy (429 Too Many Requests, 502, 503, 504), with delays doubling from {@code firstDelay}
 * up to {@code maxDelay}, {@code maxAttempts} tries in all.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {
  /** 6 tries over about 15 seconds. */
  public static final RetryPolicy DEFAULT = new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(8));

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    }
  }

  /** The wait before try number {@code attempt} (2 is the first retry). */
  public Duration delayBefore(int attempt) {
    long factor = 1L << Math.min(30, Math.max(0, attempt - 2));
    Duration d = firstDelay.multipliedBy(factor);
    return d.compareTo(maxDelay) > 0 ? maxDelay : d;
  }

  /** Whether an answer with this status is worth trying again (the cluster is busy or between nodes). */
  public static boolean retriable(int status) {
    return status == 429 || status == 502 || status == 503 || status == 504;
  }
}
