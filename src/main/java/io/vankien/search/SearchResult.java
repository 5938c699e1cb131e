package io.vankien.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.vankien.meta.DocumentMetadata;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}, printed as-is by {@code search --json} and {@code GET
 * /api/search}.
 *
 * @param total number of matching documents
 * @param page the page returned
 * @param size hits per page
 * @param hits this page of hits
 * @param facets per dimension, values with counts (multi-select dimensions count drill-sideways)
 * @param applied the filters and query that were applied, echoed
 * @param didYouMean a corrected query when the query found few or no hits, else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchResult(
    long total,
    int page,
    int size,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    Map<String, Object> applied,
    String didYouMean,
    long tookMs) {

  /** One document in the result list. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Hit(
      String id,
      String source,
      String title,
      String type,
      String number,
      String date,
      String province,
      String provinceCurrent,
      String signer,
      String issuer,
      String level,
      String term,
      float score,
      String snippet,
      List<String> snippets,
      DocumentMetadata meta) {}

  /** One facet value and how many documents have it; {@code children} groups old provinces under new. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record FacetValue(String value, long count, boolean selected, List<FacetValue> children) {}
}
