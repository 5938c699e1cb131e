package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SearchTurnsTest {
  /** Runs a search that holds its turn until {@code release} opens, saying when it has started. */
  private static Future<String> holding(ExecutorService pool, SearchTurns turns, CountDownLatch started,
      CountDownLatch release, AtomicInteger running, AtomicInteger most) {
    return pool.submit(() -> turns.run(() -> {
      most.accumulateAndGet(running.incrementAndGet(), Math::max);
      started.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      running.decrementAndGet();
      return "done";
    }));
  }

  @Test
  void noMoreSearchesRunAtOnceThanTurnsAndALateOneIsBusy() throws Exception {
    SearchTurns turns = new SearchTurns(2, Duration.ofMillis(200));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch started = new CountDownLatch(2);
      CountDownLatch release = new CountDownLatch(1);
      AtomicInteger running = new AtomicInteger();
      AtomicInteger most = new AtomicInteger();
      Future<String> a = holding(pool, turns, started, release, running, most);
      Future<String> b = holding(pool, turns, started, release, running, most);
      assertTrue(started.await(30, TimeUnit.SECONDS));
      SearchTurns.Busy busy = assertThrows(SearchTurns.Busy.class, () -> turns.run(() -> "third"));
      assertEquals(2, busy.turns());
      assertTrue(busy.getMessage().contains("2 lượt tìm kiếm"), busy.getMessage());
      release.countDown();
      assertEquals("done", a.get(30, TimeUnit.SECONDS));
      assertEquals("done", b.get(30, TimeUnit.SECONDS));
      assertEquals(2, most.get());
      assertEquals("after", turns.run(() -> "after")); // the turns were given back
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aWaitingSearchRunsWhenATurnIsGivenBack() throws Exception {
    SearchTurns turns = new SearchTurns(1, Duration.ofSeconds(30));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch started = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      AtomicInteger running = new AtomicInteger();
      AtomicInteger most = new AtomicInteger();
      Future<String> first = holding(pool, turns, started, release, running, most);
      assertTrue(started.await(30, TimeUnit.SECONDS));
      Future<String> second = pool.submit(() -> turns.run(() -> {
        most.accumulateAndGet(running.incrementAndGet(), Math::max);
        running.decrementAndGet();
        return "second";
      }));
      release.countDown();
      assertEquals("second", second.get(30, TimeUnit.SECONDS));
      assertEquals("done", first.get(30, TimeUnit.SECONDS));
      assertEquals(1, most.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailedSearchGivesItsTurnBack() throws Exception {
    SearchTurns turns = new SearchTurns(1, Duration.ofMillis(100));
    assertThrows(java.io.IOException.class, () -> turns.run(() -> {
      throw new java.io.IOException("index gone");
    }));
    assertEquals("next", turns.run(() -> "next"));
  }

  @Test
  void unboundedTurnsNeverWait() throws Exception {
    SearchTurns turns = SearchTurns.UNBOUNDED;
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      CountDownLatch started = new CountDownLatch(4);
      CountDownLatch release = new CountDownLatch(1);
      AtomicInteger running = new AtomicInteger();
      AtomicInteger most = new AtomicInteger();
      java.util.List<Future<String>> all = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        all.add(holding(pool, turns, started, release, running, most));
      }
      assertTrue(started.await(30, TimeUnit.SECONDS)); // all four inside at once
      release.countDown();
      for (Future<String> f : all) {
        assertEquals("done", f.get(30, TimeUnit.SECONDS));
      }
      assertEquals(4, most.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void atLeastOneTurn() {
    assertThrows(IllegalArgumentException.class, () -> new SearchTurns(0, Duration.ZERO));
    assertEquals(Runtime.getRuntime().availableProcessors(), SearchTurns.perCore().count());
  }
}
