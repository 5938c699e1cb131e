package io.vankien.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.meta.ReviewProblems;
import io.vankien.search.SearchRequest;
import io.vankien.search.SearchService;
import io.vankien.testing.SamplesArchiveTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The review queue read from the index (each document's problem fields, {@code Schema.REVIEW}) lists, counts and
 * pages what reading every match's stored record finds: over the project's samples, for several searches, field
 * choices and pages.
 */
class ReviewQueueIndexTest extends SamplesArchiveTest {
  /** The queue as every match's record says it: ids of the wanted documents in the search's order, and counts. */
  private record Reference(List<String> ids, Map<String, Integer> counts) {}

  private Reference fromRecords(SearchRequest req, Set<String> fields) throws Exception {
    Map<String, Integer> counts = new LinkedHashMap<>();
    ReviewProblems.FIELDS.forEach(f -> counts.put(f, 0));
    List<String> ids = new ArrayList<>();
    new SearchService(archive.searcher()).forEachMatch(req, d -> {
      boolean wanted = false;
      for (String p : ReviewProblems.of(d.meta())) {
        String field = ReviewProblems.fieldOf(p);
        counts.merge(field, 1, Integer::sum);
        wanted |= fields.isEmpty() || fields.contains(field);
      }
      if (wanted) {
        ids.add(d.id());
      }
    });
    return new Reference(ids, counts);
  }

  @Test
  void theIndexedQueueIsWhatTheRecordsSay() throws Exception {
    ReviewQueue queue = new ReviewQueue(archive.searcher());
    int listed = 0;
    for (String q : List.of("", "kế hoạch", "nghi quyet")) {
      for (Set<String> fields : List.of(Set.<String>of(), Set.of("date"), Set.of("number", "title"), Set.of("province"))) {
        Reference ref = fromRecords(SearchRequest.builder().q(q).build(), fields);
        for (int size : new int[] {3, 10}) {
          List<String> paged = new ArrayList<>();
          for (int page = 1; page <= ref.ids().size() / size + 1; page++) {
            ReviewQueue.Page p = queue.page(SearchRequest.builder().q(q).page(page).size(size).build(), fields);
            String what = "q=" + q + " fields=" + fields + " size " + size + " page " + page;
            assertEquals(ref.ids().size(), p.total(), what);
            assertEquals(ref.counts(), p.counts(), what);
            p.items().forEach(i -> paged.add(i.id()));
          }
          assertEquals(ref.ids(), paged, "q=" + q + " fields=" + fields + " size " + size);
        }
        listed += ref.ids().size();
      }
    }
    assertTrue(listed >= 5, "the samples hold documents to review: " + listed);
  }
}
