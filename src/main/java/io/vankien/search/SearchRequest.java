package io.vankien.search;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One search, as the CLI and the HTTP API both ask it. Multi-valued filters are OR within the field and
 * AND across fields.
 *
 * @param q the user's query ("" or null: every document)
 * @param filters the chosen values of each facet dimension ({@link FacetDimension}): every dimension is a
 *     key, an empty list when not filtered. Issuers and terms are read as their facet values ({@link
 *     io.vankien.meta.IssuerKey}: "Ban Chấp hành Đảng bộ tỉnh Bắc Giang" filters by "Tỉnh ủy Bắc Giang";
 *     {@link io.vankien.meta.TermKey}: "Đại hội XIX, nhiệm kỳ 2015-2020" by "Đại hội XIX (2015-2020)")
 * @param from first date of issue (inclusive), or null
 * @param to last date of issue (inclusive), or null
 * @param sort relevance, date_desc or date_asc
 * @param page 1-based page
 * @param size hits per page
 * @param facetLimit values listed per open-ended facet (signer, issuer); the other facets list every value
 * @param correct when the query finds nothing, answer with its correction (issue 15: "Lương Văn Khim"
 *     shows the documents of "Lương Văn Khiêm", {@link SearchResult#showingResultsFor()} says so); off by
 *     default until the results page shows that line, the answer then being the did-you-mean offer
 */
public record SearchRequest(
    String q,
    Map<FacetDimension, List<String>> filters,
    LocalDate from,
    LocalDate to,
    Sort sort,
    int page,
    int size,
    int facetLimit,
    boolean correct) {

  public static final int MAX_SIZE = 100;
  public static final int MAX_PAGE = 1000;
  /** A results page shows a few signers and issuers; the UI's "more" asks for up to the maximum. */
  public static final int DEFAULT_FACET_LIMIT = 10;
  public static final int MAX_FACET_LIMIT = 100;

  /** Result order. */
  public enum Sort {
    RELEVANCE, DATE_DESC, DATE_ASC;

    public static Sort parse(String s) {
      if (s == null || s.isBlank()) {
        return RELEVANCE;
      }
      try {
        return valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new BadRequestException("sort", "chỉ nhận “relevance” (liên quan nhất), “date_desc” (mới nhất trước) hoặc “date_asc” (cũ nhất trước),"
            + " không phải “" + s + "”");
      }
    }

    public String apiName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public SearchRequest {
    q = q == null ? "" : q.strip();
    Map<FacetDimension, List<String>> f = new EnumMap<>(FacetDimension.class);
    for (FacetDimension d : FacetDimension.values()) {
      f.put(d, d.filterValues(filters == null ? null : filters.get(d)));
    }
    filters = Collections.unmodifiableMap(f);
    sort = sort == null ? Sort.RELEVANCE : sort;
    if (page < 1 || page > MAX_PAGE) {
      throw new BadRequestException("page", "phải từ 1 đến " + MAX_PAGE + ", không phải " + page);
    }
    if (size < 0 || size > MAX_SIZE) {
      throw new BadRequestException("size", "phải từ 0 đến " + MAX_SIZE + ", không phải " + size);
    }
    if (facetLimit < 1 || facetLimit > MAX_FACET_LIMIT) {
      throw new BadRequestException("facetLimit", "phải từ 1 đến " + MAX_FACET_LIMIT + ", không phải " + facetLimit);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadRequestException("from", "ngày bắt đầu " + from + " sau ngày kết thúc " + to);
    }
  }

  /** The chosen values of one dimension (empty when it is not filtered). */
  public List<String> values(FacetDimension d) {
    return filters.get(d);
  }

  // Shorthands for the dimensions that were components of this record before the registry (callers written
  // against them keep working); a new dimension needs none: values(FacetDimension.X).
  public List<String> provinces() { return values(FacetDimension.PROVINCE); }
  public List<String> provincesCurrent() { return values(FacetDimension.PROVINCE_CURRENT); }
  public List<String> types() { return values(FacetDimension.TYPE); }
  public List<String> years() { return values(FacetDimension.YEAR); }
  public List<String> months() { return values(FacetDimension.MONTH); }
  public List<String> signers() { return values(FacetDimension.SIGNER); }
  public List<String> issuers() { return values(FacetDimension.ISSUER); }
  public List<String> levels() { return values(FacetDimension.LEVEL); }
  public List<String> terms() { return values(FacetDimension.TERM); }
  public List<String> subjects() { return values(FacetDimension.SUBJECT); }

  /** The echo of the query, filters and order in an answer ({@link SearchResult#applied()}). */
  public Map<String, Object> applied() {
    return RequestFilters.applied(this);
  }

  /** The same query and filters, first page, no hits: counts and facets only. */
  public SearchRequest countsOnly() {
    return new SearchRequest(q, filters, from, to, sort, 1, 0, facetLimit, correct);
  }

  /** A request for the query alone: first page, 10 hits, by relevance. */
  public static SearchRequest of(String q) {
    return builder().q(q).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builder used by the CLI, the HTTP layer and tests. {@link #filter} sets any dimension; the named setters
   * are shorthands for the dimensions that had them before the registry.
   */
  public static final class Builder {
    private String q;
    private final Map<FacetDimension, List<String>> filters = new EnumMap<>(FacetDimension.class);
    private LocalDate from;
    private LocalDate to;
    private Sort sort = Sort.RELEVANCE;
    private int page = 1;
    private int size = 10;
    private int facetLimit = DEFAULT_FACET_LIMIT;
    private boolean correct;

    public Builder q(String v) { q = v; return this; }
    /** The values chosen for one dimension (replacing any set before). */
    public Builder filter(FacetDimension d, List<String> v) { filters.put(d, v); return this; }
    public Builder provinces(List<String> v) { return filter(FacetDimension.PROVINCE, v); }
    public Builder provincesCurrent(List<String> v) { return filter(FacetDimension.PROVINCE_CURRENT, v); }
    public Builder types(List<String> v) { return filter(FacetDimension.TYPE, v); }
    public Builder years(List<String> v) { return filter(FacetDimension.YEAR, v); }
    public Builder months(List<String> v) { return filter(FacetDimension.MONTH, v); }
    public Builder signers(List<String> v) { return filter(FacetDimension.SIGNER, v); }
    public Builder issuers(List<String> v) { return filter(FacetDimension.ISSUER, v); }
    public Builder levels(List<String> v) { return filter(FacetDimension.LEVEL, v); }
    public Builder terms(List<String> v) { return filter(FacetDimension.TERM, v); }
    public Builder subjects(List<String> v) { return filter(FacetDimension.SUBJECT, v); }
    public Builder from(LocalDate v) { from = v; return this; }
    public Builder to(LocalDate v) { to = v; return this; }
    public Builder sort(Sort v) { sort = v; return this; }
    public Builder page(int v) { page = v; return this; }
    public Builder size(int v) { size = v; return this; }
    public Builder facetLimit(int v) { facetLimit = v; return this; }
    public Builder correct(boolean v) { correct = v; return this; }

    public SearchRequest build() {
      return new SearchRequest(q, filters, from, to, sort, page, size, facetLimit, correct);
    }
  }
}
