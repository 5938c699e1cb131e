package io.vankien.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FixedRateLoadTest {
  private static final List<QueryMix.Query> MIX = QueryMix.build(QueryMixTest.entries(), 5, 50);
  private static final long MS = 1_000_000L;

  /** Simulated time: waiting moves it to the due time, a request moves it by its service time. */
  private static final class SimulatedClock implements FixedRateLoad.Clock {
    final AtomicLong now = new AtomicLong();

    @Override
    public long nanoTime() {
      return now.get();
    }

    @Override
    public void sleepUntil(long nanos) {
      now.accumulateAndGet(nanos, Math::max);
    }

    LoadGenerator.Target serving(long nanos) {
      return q -> now.addAndGet(nanos);
    }
  }

  private static long[] sortedMs(FixedRateLoad.Result r) {
    return Arrays.stream(r.load().latenciesNanos()).map(n -> n / MS).sorted().toArray();
  }

  @Test
  void aServerKeepingUpShowsItsServiceTime() throws Exception {
    SimulatedClock clock = new SimulatedClock();
    FixedRateLoad.Result r = new FixedRateLoad(clock.serving(5 * MS), MIX, 1, clock)
        .run(100, Duration.ZERO, Duration.ofMillis(100), Duration.ofSeconds(1));
    // 100 a second for 0.1 s: ten requests, due every 10 ms, each answered in 5 ms
    assertArrayEquals(new long[] {5, 5, 5, 5, 5, 5, 5, 5, 5, 5}, sortedMs(r));
    assertEquals(100.0, r.load().requestsPerSecond(), 1e-9);
    assertEquals(0, r.unsent());
  }

  @Test
  void aServerFallingBehindCountsTheWaitOfEveryRequestDue() throws Exception {
    SimulatedClock clock = new SimulatedClock();
    FixedRateLoad.Result r = new FixedRateLoad(clock.serving(20 * MS), MIX, 1, clock)
        .run(100, Duration.ZERO, Duration.ofMillis(100), Duration.ofSeconds(1));
    // due at 0, 10, ..., 90 ms; answered at 20, 40, ..., 200: request k waits 10k ms for the connection.
    // A closed loop would report 20 ms ten times; from the due time it is 20, 30, ..., 110.
    assertArrayEquals(new long[] {20, 30, 40, 50, 60, 70, 80, 90, 100, 110}, sortedMs(r));
    assertEquals(10 / 0.2, r.load().requestsPerSecond(), 1e-9); // ten answered over the 200 ms they took
  }

  @Test
  void warmUpRequestsAreSentButNotRecorded() throws Exception {
    SimulatedClock clock = new SimulatedClock();
    AtomicLong calls = new AtomicLong();
    LoadGenerator.Target counted = q -> {
      calls.incrementAndGet();
      clock.now.addAndGet(5 * MS);
    };
    FixedRateLoad.Result r = new FixedRateLoad(counted, MIX, 1, clock)
        .run(50, Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofSeconds(1));
    // 50 a second: five due in the 100 ms warm-up (sent, not recorded), ten in the 200 ms window
    assertEquals(15, calls.get());
    assertEquals(10, r.load().requests());
  }

  @Test
  void everyRequestDueInTheWindowIsSentAndRecordedOverRealConnections() throws Exception {
    AtomicLong calls = new AtomicLong();
    QueryMix.Query failing = MIX.get(0);
    FixedRateLoad.Result r = FixedRateLoad.run(q -> {
      calls.incrementAndGet();
      if (q == failing) {
        throw new IllegalStateException("the first query of the mix fails");
      }
    }, MIX, 4, 1000, Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofSeconds(20));
    // 1,000 a second: 100 due in the warm-up, 200 in the window, whatever the machine's speed; request k asks
    // query k mod 50, so the window's requests 100, 150, 200 and 250 fail
    assertEquals(300, calls.get());
    assertEquals(200, r.load().requests());
    assertEquals(4, r.load().errors());
    assertTrue(r.load().errorSamples().get(0).contains("the first query of the mix fails"));
    assertEquals(0, r.unsent());
    assertEquals(0, r.load().unfinishedClients());
  }

  @Test
  void requestsStillUnsentAfterTheGraceAreCountedNotSent() throws Exception {
    SimulatedClock clock = new SimulatedClock();
    FixedRateLoad.Result r = new FixedRateLoad(clock.serving(1_000 * MS), MIX, 1, clock)
        .run(100, Duration.ZERO, Duration.ofMillis(100), Duration.ZERO);
    // the first request takes a second; by then the window and its grace are over: the other nine stay unsent
    assertEquals(1, r.load().requests());
    assertEquals(9, r.unsent());
  }

  @Test
  void refusesANonPositiveRate() {
    assertThrows(IllegalArgumentException.class,
        () -> FixedRateLoad.run(q -> {}, MIX, 1, 0, Duration.ZERO, Duration.ofMillis(10), Duration.ZERO));
  }
}
