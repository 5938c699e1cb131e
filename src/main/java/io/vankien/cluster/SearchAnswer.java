package io.vankien.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.DocumentMapper;
import io.vankien.index.Schema;
import io.vankien.search.FacetDimension;
import io.vankien.search.SearchRequest;
import io.vankien.search.SearchResult;
import io.vankien.search.SearchService;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code _search} answer to a {@link SearchBody} as the {@link SearchResult} the embedded archive gives: hits from
 * their stored records (as {@link SearchService#toHit}), their passages, the total, and the facets listed as the
 * embedded archive lists them (the top values, then the chosen ones beyond them; years and months newest first;
 * months within one chosen year; how many values were left out).
 */
final class SearchAnswer {
  private SearchAnswer() {}

  static SearchResult read(SearchRequest req, JsonNode answer, long tookMs) throws IOException {
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (JsonNode h : answer.path("hits").path("hits")) {
      JsonNode record = h.path("_source").path(Schema.RECORD);
      String id = h.path("_id").asText();
      if (!record.isObject()) {
        throw new IOException("cluster hit " + id + " has no record");
      }
      ArchivedDocument d = DocumentMapper.fromRecord(ClusterDocuments.JSON.writeValueAsString(record), id);
      List<String> snippets = new ArrayList<>();
      for (JsonNode s : h.path("highlight").path(Schema.TEXT)) {
        String passage = s.asText().strip().replaceAll("\\s+", " ");
        if (!passage.isEmpty()) {
          snippets.add(passage);
        }
      }
      float score = h.path("_score").isNumber() ? (float) h.path("_score").asDouble() : 0f;
      hits.add(SearchService.toHit(d, score, snippets));
    }
    Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
    Map<String, Integer> more = new LinkedHashMap<>();
    JsonNode aggs = answer.path("aggregations");
    for (FacetDimension d : FacetDimension.values()) {
      JsonNode agg = aggs.get(SearchBody.FACET_PREFIX + d.param());
      if (agg == null) {
        continue; // not listed (months without exactly one year chosen)
      }
      String within = d.within().map(w -> req.values(w).get(0) + "-").orElse(null);
      List<String> chosen = req.values(d);
      List<String> chosenChildren = d.childrenFrom().map(req::values).orElse(List.of());
      List<SearchResult.FacetValue> listed = new ArrayList<>();
      for (JsonNode b : agg.path("top").path("buckets")) {
        if (within == null || b.path("key").asText().startsWith(within)) {
          listed.add(value(b, chosen, chosenChildren));
        }
      }
      for (JsonNode b : agg.path("chosen").path("buckets")) {
        String key = b.path("key").asText();
        if (listed.stream().noneMatch(v -> v.value().equals(key)) && b.path("doc_count").asLong() > 0) {
          listed.add(value(b, chosen, chosenChildren));
        }
      }
      long distinct = agg.path("distinct").path("value").asLong();
      if (distinct > listed.size()) {
        more.put(d.param(), (int) (distinct - listed.size()));
      }
      if (d == FacetDimension.YEAR || d == FacetDimension.MONTH) {
        listed.sort((a, b) -> b.value().compareTo(a.value()));
      }
      facets.put(d.param(), listed);
    }
    long total = answer.path("hits").path("total").path("value").asLong();
    return new SearchResult(total, req.page(), req.size(), hits, facets, more, req.applied(), null, null, tookMs);
  }

  private static SearchResult.FacetValue value(JsonNode bucket, List<String> chosen, List<String> chosenChildren) {
    String key = bucket.path("key").asText();
    List<SearchResult.FacetValue> children = new ArrayList<>();
    for (JsonNode c : bucket.path("children").path("buckets")) {
      String ck = c.path("key").asText();
      children.add(new SearchResult.FacetValue(ck, c.path("doc_count").asLong(), chosenChildren.contains(ck),
          List.of()));
    }
    return new SearchResult.FacetValue(key, bucket.path("doc_count").asLong(), chosen.contains(key), children);
  }
}
