package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.testing.SamplesArchiveTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A search that counts on a second core ({@link SearchTurns#aside}) answers exactly as one that counts first on
 * its own thread: totals, pages, scores, snippets and facets, over the project's samples.
 */
class SearchAsideTest extends SamplesArchiveTest {
  private static List<SearchRequest> requests() {
    return List.of(
        SearchRequest.of("nông thôn mới"),
        SearchRequest.of("nghi quyet tinh uy"),
        SearchRequest.of("\"chuyển đổi số\""),
        SearchRequest.of("01-NQ/TU"),
        SearchRequest.of(""),
        SearchRequest.of("zzqqxx"),
        SearchRequest.builder().q("kế hoạch").page(2).size(5).build(),
        SearchRequest.builder().q("kế hoạch").page(100).size(10).build(),
        SearchRequest.builder().q("báo cáo").sort(SearchRequest.Sort.DATE_DESC).build(),
        SearchRequest.builder().q("nông thôn").provinces(List.of("Hà Nam")).from(LocalDate.of(2020, 1, 1)).build(),
        SearchRequest.builder().q("tỉnh ủy").size(0).build());
  }

  @Test
  void countingAsideAnswersAsCountingFirst() throws Exception {
    SearchService first = new SearchService(archive.searcher()); // unbounded turns: nothing aside
    SearchService aside = new SearchService(archive.searcher(), new SearchTurns(2, Duration.ofSeconds(30)));
    for (SearchRequest r : requests()) {
      SearchResult a = first.search(r);
      SearchResult b = aside.search(r);
      String what = r.q() + " page " + r.page();
      assertEquals(a.total(), b.total(), what);
      assertEquals(a.hits(), b.hits(), what);
      assertEquals(a.facets(), b.facets(), what);
      assertEquals(a.facetMore(), b.facetMore(), what);
      assertEquals(a.showingResultsFor(), b.showingResultsFor(), what);
    }
    assertTrue(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("search-aside-")),
        "the bounded service counted on a thread aside");
  }
}
