package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SearchTurnsTest {
  /**
   * Searches that each hold their turn until {@link #release()}, on threads of their own, counting how many ran at
   * once; {@link #start} returns once {@code awaited} of them are inside their turn.
   */
  private static final class Holders implements AutoCloseable {
    final ExecutorService pool;
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger most = new AtomicInteger();
    final List<Future<String>> searches = new ArrayList<>();

    private Holders(int threads) {
      pool = Executors.newFixedThreadPool(threads);
    }

    static Holders start(SearchTurns turns, int holders, int awaited, int threads) throws InterruptedException {
      Holders h = new Holders(threads);
      CountDownLatch started = new CountDownLatch(awaited);
      for (int i = 0; i < holders; i++) {
        h.searches.add(h.pool.submit(() -> turns.run(() -> {
          h.inside();
          started.countDown();
          try {
            h.release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          h.running.decrementAndGet();
          return "done";
        })));
      }
      assertTrue(started.await(30, TimeUnit.SECONDS));
      return h;
    }

    /** A search entered its turn. */
    void inside() {
      most.accumulateAndGet(running.incrementAndGet(), Math::max);
    }

    /** Lets every holder end, and checks each ended well. */
    void release() throws Exception {
      release.countDown();
      for (Future<String> f : searches) {
        assertEquals("done", f.get(30, TimeUnit.SECONDS));
      }
    }

    @Override
    public void close() {
      release.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void noMoreSearchesRunAtOnceThanTurnsAndALateOneIsBusy() throws Exception {
    SearchTurns turns = new SearchTurns(2, Duration.ofMillis(200));
    try (Holders h = Holders.start(turns, 2, 2, 2)) {
      SearchTurns.Busy busy = assertThrows(SearchTurns.Busy.class, () -> turns.run(() -> "third"));
      assertEquals(2, busy.turns());
      assertTrue(busy.getMessage().contains("2 lượt tìm kiếm"), busy.getMessage());
      h.release();
      assertEquals(2, h.most.get());
      assertEquals("after", turns.run(() -> "after")); // the turns were given back
    }
  }

  @Test
  void aWaitingSearchRunsWhenATurnIsGivenBack() throws Exception {
    SearchTurns turns = new SearchTurns(1, Duration.ofSeconds(30));
    try (Holders h = Holders.start(turns, 1, 1, 2)) {
      Future<String> second = h.pool.submit(() -> turns.run(() -> {
        h.inside();
        h.running.decrementAndGet();
        return "second";
      }));
      h.release();
      assertEquals("second", second.get(30, TimeUnit.SECONDS));
      assertEquals(1, h.most.get());
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
    try (Holders h = Holders.start(SearchTurns.UNBOUNDED, 4, 4, 4)) { // all four inside at once
      h.release();
      assertEquals(4, h.most.get());
    }
  }

  @Test
  void workBehindTheSearchesLetsAWaitingSearchGoFirst() throws Exception {
    SearchTurns turns = new SearchTurns(1, Duration.ofSeconds(30));
    List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (Holders h = Holders.start(turns, 1, 1, 1)) {
      Thread[] searcher = new Thread[1];
      Future<String> search = pool.submit(() -> {
        searcher[0] = Thread.currentThread();
        return turns.run(() -> {
          order.add("search");
          return "searched";
        });
      });
      while (searcher[0] == null || searcher[0].getState() != Thread.State.TIMED_WAITING) {
        Thread.sleep(1); // until the search waits for the turn
      }
      Future<String> behind = pool.submit(() -> turns.runBehind(() -> {
        order.add("behind");
        return "done behind";
      }));
      Thread.sleep(50);
      assertEquals(List.of(), order, "neither runs while the turn is held");
      h.release();
      assertEquals("searched", search.get(30, TimeUnit.SECONDS));
      assertEquals("done behind", behind.get(30, TimeUnit.SECONDS));
      assertEquals(List.of("search", "behind"), order, "the waiting search went first");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void workBehindSearchesThatNeverStopWaitsItsTurnInOrderAfterTheWait() throws Exception {
    SearchTurns turns = new SearchTurns(1, Duration.ofMillis(200));
    java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      for (int i = 0; i < 2; i++) { // two searchers, one turn: a search is always waiting
        pool.submit(() -> {
          while (!stop.get()) {
            turns.run(() -> {
              try {
                Thread.sleep(5);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return null;
            });
          }
          return null;
        });
      }
      Thread.sleep(50);
      Future<String> behind = pool.submit(() -> turns.runBehind(() -> "done behind"));
      assertEquals("done behind", behind.get(10, TimeUnit.SECONDS), "not starved");
    } finally {
      stop.set(true);
      pool.shutdown();
      assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    }
  }

  @Test
  void workBehindTheSearchesHoldsAllTurnsButOne() throws Exception {
    SearchTurns turns = new SearchTurns(3, Duration.ofSeconds(30));
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(5);
    try {
      List<Future<String>> works = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        works.add(pool.submit(() -> turns.runBehind(() -> {
          most.accumulateAndGet(running.incrementAndGet(), Math::max);
          try {
            Thread.sleep(40);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          running.decrementAndGet();
          return "done";
        })));
      }
      for (Future<String> w : works) {
        assertEquals("done", w.get(30, TimeUnit.SECONDS));
      }
      assertEquals(2, most.get(), "two of three turns at most, and both used");
      // every turn given back: three searches run at once again
      try (Holders h = Holders.start(turns, 3, 3, 3)) {
        h.release();
      }
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
