package io.vankien.search;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param facetMore per dimension, how many values with matches were not listed (dimensions with none left
 *     out); ask for more with {@link SearchRequest#facetLimit()}
 * @param applied the filters and query that were applied, echoed
 * @param didYouMean a corrected query when the query found few or no hits, else null
 * @param showingResultsFor the corrected query whose documents these are, when the query as typed found
 *     none and its correction some (then {@code didYouMean} is null), else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchResult(
    long total,
    int page,
    int size,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Integer> facetMore,
    Map<String, Object> applied,
    String didYouMean,
    String showingResultsFor,
    long tookMs) {

  /**
   * One document in the result list: the fields a results list shows, each once. The whole metadata (with
   * provenance, recipients, citations) is in {@code GET /api/documents/{id}}.
   *
   * @param citation the title staff cite it by ({@code CitationTitle}: "Nghị quyết số 01-NQ/TU ngày
   *     26/11/2020 của Tỉnh ủy Hưng Yên về ..."), never null; {@code title} is the subject line as read
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Hit(
      String id,
      String source,
      String citation,
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
      String access,
      float score,
      List<String> snippets) {}

  /**
   * One facet value and how many documents have it; {@code children} groups old provinces under new;
   * {@code selected} is written only when true.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record FacetValue(String value, long count,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean selected, List<FacetValue> children) {}
}
