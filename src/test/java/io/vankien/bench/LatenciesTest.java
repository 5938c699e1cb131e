package io.vankien.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatenciesTest {
  @Test
  void nearestRankPercentiles() {
    long[] ms = new long[100];
    for (int i = 0; i < 100; i++) {
      ms[99 - i] = (i + 1) * 1_000_000L; // 1..100 ms, given in reverse order
    }
    Latencies l = Latencies.ofNanos(ms);
    assertEquals(100, l.count());
    assertEquals(50.0, l.p50Ms());
    assertEquals(90.0, l.p90Ms());
    assertEquals(99.0, l.p99Ms());
    assertEquals(100.0, l.maxMs());
    assertEquals(1_000_000L, ms[99], "the input is not reordered");
  }

  @Test
  void smallAndEmptySamples() {
    assertEquals(new Latencies(0, 0, 0, 0, 0), Latencies.ofNanos(new long[0]));
    Latencies one = Latencies.ofNanos(new long[] {3_000_000});
    assertEquals(3.0, one.p50Ms());
    assertEquals(3.0, one.p99Ms());
    // 10 values: p50 is the 5th, p90 the 9th, p99 the 10th
    long[] ten = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
    assertEquals(50, Latencies.percentile(ten, 50));
    assertEquals(90, Latencies.percentile(ten, 90));
    assertEquals(100, Latencies.percentile(ten, 99));
    assertEquals(10, Latencies.percentile(ten, 0));
  }
}
