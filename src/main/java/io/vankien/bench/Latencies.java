package io.vankien.bench;

import java.util.Arrays;

/**
 * A summary of request latencies: count, nearest-rank percentiles (p50, p90, p99) and the maximum, in
 * milliseconds.
 */
public record Latencies(int count, double p50Ms, double p90Ms, double p99Ms, double maxMs) {
  /** The summary of these latencies in nanoseconds (the array is not changed). */
  public static Latencies ofNanos(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Latencies(sorted.length, ms(percentile(sorted, 50)), ms(percentile(sorted, 90)),
        ms(percentile(sorted, 99)), ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]));
  }

  /**
   * Nearest-rank percentile of sorted values: the smallest value with at least p% of the values at or
   * below it; 0 for no values.
   */
  public static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
