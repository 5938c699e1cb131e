package io.vankien.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.search.SearchRequest;
import io.vankien.search.SearchResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A _search answer (written here as OpenSearch gives it) read as the embedded archive's SearchResult. */
class SearchAnswerTest {
  private static final String ANSWER = """
      {"took": 3, "hits": {"total": {"value": 7, "relation": "eq"}, "hits": [
        {"_id": "abc", "_score": 2.5, "_source": {"record": {"id": "abc", "sha256": "00", "sources": [],
            "meta": {"title": "về xây dựng nông thôn mới", "type": "Nghị quyết", "number": "01-NQ/TU",
                     "date": "2021-03-15", "province": "Hà Nam", "provinceCurrent": "Ninh Bình"}}},
         "highlight": {"text": ["xây dựng <mark>nông thôn</mark>\\n   mới ", "  "]}}]},
       "aggregations": {
        "f_type": {"doc_count": 7, "top": {"buckets": [{"key": "Kế hoạch", "doc_count": 4},
            {"key": "Nghị quyết", "doc_count": 3}]}, "distinct": {"value": 2}},
        "f_signer": {"doc_count": 7, "top": {"buckets": [{"key": "Lê A", "doc_count": 5}]},
            "chosen": {"buckets": [{"key": "Trần B", "doc_count": 1}]}, "distinct": {"value": 3}},
        "f_year": {"doc_count": 7, "top": {"buckets": [{"key": "2020", "doc_count": 4}, {"key": "2021", "doc_count": 3}]},
            "distinct": {"value": 2}},
        "f_provinceCurrent": {"doc_count": 7, "top": {"buckets": [{"key": "Ninh Bình", "doc_count": 7,
            "children": {"buckets": [{"key": "Hà Nam", "doc_count": 6}, {"key": "Ninh Bình", "doc_count": 1}]}}]},
            "distinct": {"value": 1}}}}
      """;

  @Test
  void hitsFacetsAndCountsReadAsTheEmbeddedArchiveListsThem() throws Exception {
    SearchRequest req = SearchRequest.builder().q("nông thôn").signers(List.of("Trần B"))
        .provinces(List.of("Hà Nam")).build();
    SearchResult r = SearchAnswer.read(req, ClusterDocuments.JSON.readTree(ANSWER), 5);
    assertEquals(7, r.total());
    SearchResult.Hit h = r.hits().get(0);
    assertEquals("abc", h.id());
    assertEquals("01-NQ/TU", h.number());
    assertEquals(2.5f, h.score());
    assertEquals(List.of("xây dựng <mark>nông thôn</mark> mới"), h.snippets(), "passages stripped, blanks dropped");
    assertTrue(h.citation().contains("01-NQ/TU"), h.citation());
    // the chosen signer beyond the top is listed after it, marked; one value with matches left out
    assertEquals(List.of(new SearchResult.FacetValue("Lê A", 5, false, List.of()),
        new SearchResult.FacetValue("Trần B", 1, true, List.of())), r.facets().get("signer"));
    assertEquals(1, r.facetMore().get("signer"));
    assertFalse(r.facetMore().containsKey("type"));
    assertEquals(List.of("2021", "2020"), r.facets().get("year").stream().map(SearchResult.FacetValue::value).toList(),
        "years newest first");
    assertEquals(List.of(new SearchResult.FacetValue("Hà Nam", 6, true, List.of()),
        new SearchResult.FacetValue("Ninh Bình", 1, false, List.of())),
        r.facets().get("provinceCurrent").get(0).children());
    assertFalse(r.facets().containsKey("month"), "no month aggregation: not listed");
    assertEquals(req.applied(), r.applied());
  }
}
