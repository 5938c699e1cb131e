package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.index.ArchivedDocument;
import io.vankien.testing.SamplesArchiveTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An export shares the search turns with the searches ({@link SearchService#forEachMatch(SearchRequest, boolean,
 * MatchRows)}): its rows are made in a turn, so with one turn a search waits for them; they are written out of the
 * turns, so a reader who stops reading holds none. Over the project's samples, one search turn.
 */
class ExportTurnsTest extends SamplesArchiveTest {
  /** Rows that stop at the first one, in {@code row} or in {@code write}, until released. */
  private static final class Stalling implements MatchRows<String> {
    final boolean inRow;
    final CountDownLatch stalled = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final List<String> written = new ArrayList<>();

    Stalling(boolean inRow) {
      this.inRow = inRow;
    }

    @Override
    public String row(ArchivedDocument d) {
      if (inRow) {
        stall();
      }
      return d.id();
    }

    @Override
    public void write(String row) {
      if (!inRow) {
        stall();
      }
      written.add(row);
    }

    private void stall() {
      stalled.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private CompletableFuture<Void> export(SearchService service, Stalling rows) {
    return CompletableFuture.runAsync(() -> {
      try {
        service.forEachMatch(SearchRequest.of(""), SearchService.Load.RECORDS, rows);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @Test
  void aSearchWaitsWhileAnExportMakesRowsInTheOnlyTurn() throws Exception {
    SearchService service = new SearchService(archive.searcher(), new SearchTurns(1, Duration.ofMillis(200)));
    Stalling rows = new Stalling(true);
    CompletableFuture<Void> export = export(service, rows);
    assertTrue(rows.stalled.await(30, TimeUnit.SECONDS));
    assertThrows(SearchTurns.Busy.class, () -> service.search(SearchRequest.of("kế hoạch")), "the turn is the export's");
    rows.release.countDown();
    export.get(30, TimeUnit.SECONDS);
    assertEquals(service.count(null), rows.written.size(), "every match exported once");
    assertTrue(service.search(SearchRequest.of("kế hoạch")).total() > 0, "the turn came back");
  }

  @Test
  void aReaderWhoStopsReadingHoldsNoTurn() throws Exception {
    SearchService service = new SearchService(archive.searcher(), new SearchTurns(1, Duration.ofMillis(200)));
    Stalling rows = new Stalling(false);
    CompletableFuture<Void> export = export(service, rows);
    assertTrue(rows.stalled.await(30, TimeUnit.SECONDS));
    assertTrue(service.search(SearchRequest.of("kế hoạch")).total() > 0, "searched while the export's write waits");
    rows.release.countDown();
    export.get(30, TimeUnit.SECONDS);
    assertEquals(service.count(null), rows.written.size(), "every match exported once");
  }

  /** Batches end on their time ({@link SearchService#ROWS_TURN_NANOS}) and join without a row lost or repeated. */
  @Test
  void anExportInBatchesWritesWhatOneBatchWould() throws Exception {
    SearchService unbounded = new SearchService(archive.searcher());
    SearchService oneTurn = new SearchService(archive.searcher(), new SearchTurns(1, Duration.ofSeconds(30)));
    for (SearchRequest r : List.of(SearchRequest.of(""), SearchRequest.of("kế hoạch"),
        SearchRequest.builder().q("báo cáo").sort(SearchRequest.Sort.DATE_DESC).build())) {
      List<String> a = new ArrayList<>();
      List<String> b = new ArrayList<>();
      unbounded.forEachMatch(r, d -> a.add(d.id()));
      oneTurn.forEachMatch(r, SearchService.Load.TEXTS, new MatchRows<String>() {
        @Override
        public String row(ArchivedDocument d) {
          try {
            Thread.sleep(1); // rows of a millisecond: a batch ends on its time, so there are several
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return d.id();
        }

        @Override
        public void write(String row) {
          b.add(row);
        }
      });
      assertEquals(a, b, r.q());
      assertTrue(a.size() > 1, r.q());
    }
  }
}
