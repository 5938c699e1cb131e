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
  void workAsideTakesAFreeTurnAndHoldsItUntilDone() throws Exception {
    SearchTurns turns = new SearchTurns(2, Duration.ofMillis(100));
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    String answer = turns.run(() -> {
      try (SearchTurns.Aside<String> aside = turns.aside(() -> {
        try {
          inside.countDown();
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          throw new java.io.IOException(e);
        }
        return "counted";
      })) {
        assertTrue(aside.started(), "a turn was free");
        try {
          assertTrue(inside.await(30, TimeUnit.SECONDS));
          try (SearchTurns.Aside<String> more = turns.aside(() -> "more")) {
            assertFalse(more.started(), "both turns are held: the caller runs the work itself");
            assertEquals("more", more.get());
          }
          assertThrows(SearchTurns.Busy.class, () -> turns.run(() -> "late"), "the aside work holds its turn");
        } catch (InterruptedException e) {
          throw new java.io.IOException(e);
        } finally {
          release.countDown();
        }
        return aside.get();
      }
    });
    assertEquals("counted", answer);
    // every turn given back: two searches run at once again
    try (Holders h = Holders.start(turns, 2, 2, 2)) {
      h.release();
    }
  }

  @Test
  void aFailureAsideIsTheCallersAndGivesItsTurnBack() throws Exception {
    SearchTurns turns = new SearchTurns(2, Duration.ofMillis(100));
    java.io.IOException thrown = assertThrows(java.io.IOException.class, () -> turns.run(() -> {
      try (SearchTurns.Aside<String> aside = turns.aside(() -> {
        throw new java.io.IOException("disk");
      })) {
        assertTrue(aside.started());
        return aside.get();
      }
    }));
    assertEquals("disk", thrown.getMessage());
    try (Holders h = Holders.start(turns, 2, 2, 2)) {
      h.release();
    }
  }

  @Test
  void unboundedTurnsDoNoWorkAside() throws Exception {
    try (SearchTurns.Aside<String> aside = SearchTurns.UNBOUNDED.aside(() -> "x")) {
      assertFalse(aside.started(), "the caller does all its work itself");
      assertEquals("x", aside.get());
    }
  }

  @Test
  void atLeastOneTurn() {
    assertThrows(IllegalArgumentException.class, () -> new SearchTurns(0, Duration.ZERO));
    assertEquals(Runtime.getRuntime().availableProcessors(), SearchTurns.perCore().count());
  }
}
