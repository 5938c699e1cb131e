package io.vankien.search;

import io.vankien.meta.IssuerKey;
import io.vankien.meta.TermKey;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One search, as the CLI and the HTTP API both ask it. Multi-valued filters are OR within the field and
 * AND across fields.
 *
 * @param q the user's query ("" or null: every document)
 * @param provinces province as named then
 * @param provincesCurrent province after the 1 July 2025 merger
 * @param types document types
 * @param years years of issue
 * @param months months of issue, YYYY-MM
 * @param from first date of issue (inclusive), or null
 * @param to last date of issue (inclusive), or null
 * @param signers signers (exact facet values)
 * @param issuers issuers: facet values, or any form of a body's name, read as its facet value ({@link
 *     io.vankien.meta.IssuerKey}: "Ban Chấp hành Đảng bộ tỉnh Bắc Giang" filters by "Tỉnh ủy Bắc Giang")
 * @param levels levels
 * @param terms terms: facet values, or another form of one, read as its facet value ({@link
 *     io.vankien.meta.TermKey}: "Đại hội XIX, nhiệm kỳ 2015-2020" filters by "Đại hội XIX (2015-2020)")
 * @param subjects subjects (lĩnh vực) by label (exact facet values); a document with any of them matches
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
    List<String> provinces,
    List<String> provincesCurrent,
    List<String> types,
    List<String> years,
    List<String> months,
    LocalDate from,
    LocalDate to,
    List<String> signers,
    List<String> issuers,
    List<String> levels,
    List<String> terms,
    List<String> subjects,
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
    provinces = clean(provinces);
    provincesCurrent = clean(provincesCurrent);
    types = clean(types);
    years = clean(years);
    months = clean(months);
    signers = clean(signers);
    issuers = keys(clean(issuers), IssuerKey::of);
    levels = clean(levels);
    terms = keys(clean(terms), TermKey::of);
    subjects = clean(subjects);
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
    for (String y : years) {
      if (!y.matches("\\d{4}")) {
        throw new BadRequestException("year", "phải là năm có bốn chữ số, không phải “" + y + "”");
      }
    }
    for (String m : months) {
      if (!m.matches("\\d{4}-(0[1-9]|1[0-2])")) {
        throw new BadRequestException("month", "phải có dạng năm-tháng (YYYY-MM), không phải “" + m + "”");
      }
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadRequestException("from", "ngày bắt đầu " + from + " sau ngày kết thúc " + to);
    }
  }

  /** The facet values a filter's values stand for, each once, in order. */
  private static List<String> keys(List<String> values, UnaryOperator<String> key) {
    return values.stream().map(key).distinct().toList();
  }

  private static List<String> clean(List<String> l) {
    return l == null ? List.of() : l.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
  }

  /** The same query and filters, first page, no hits: counts and facets only. */
  public SearchRequest countsOnly() {
    return new SearchRequest(q, provinces, provincesCurrent, types, years, months, from, to, signers, issuers,
        levels, terms, subjects, sort, 1, 0, facetLimit, correct);
  }

  /** A request for the query alone: first page, 10 hits, by relevance. */
  public static SearchRequest of(String q) {
    return builder().q(q).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builder used by the CLI, the HTTP layer and tests. */
  public static final class Builder {
    private String q;
    private List<String> provinces = List.of();
    private List<String> provincesCurrent = List.of();
    private List<String> types = List.of();
    private List<String> years = List.of();
    private List<String> months = List.of();
    private LocalDate from;
    private LocalDate to;
    private List<String> signers = List.of();
    private List<String> issuers = List.of();
    private List<String> levels = List.of();
    private List<String> terms = List.of();
    private List<String> subjects = List.of();
    private Sort sort = Sort.RELEVANCE;
    private int page = 1;
    private int size = 10;
    private int facetLimit = DEFAULT_FACET_LIMIT;
    private boolean correct;

    public Builder q(String v) { q = v; return this; }
    public Builder provinces(List<String> v) { provinces = v; return this; }
    public Builder provincesCurrent(List<String> v) { provincesCurrent = v; return this; }
    public Builder types(List<String> v) { types = v; return this; }
    public Builder years(List<String> v) { years = v; return this; }
    public Builder months(List<String> v) { months = v; return this; }
    public Builder from(LocalDate v) { from = v; return this; }
    public Builder to(LocalDate v) { to = v; return this; }
    public Builder signers(List<String> v) { signers = v; return this; }
    public Builder issuers(List<String> v) { issuers = v; return this; }
    public Builder levels(List<String> v) { levels = v; return this; }
    public Builder terms(List<String> v) { terms = v; return this; }
    public Builder subjects(List<String> v) { subjects = v; return this; }
    public Builder sort(Sort v) { sort = v; return this; }
    public Builder page(int v) { page = v; return this; }
    public Builder size(int v) { size = v; return this; }
    public Builder facetLimit(int v) { facetLimit = v; return this; }
    public Builder correct(boolean v) { correct = v; return this; }

    public SearchRequest build() {
      return new SearchRequest(q, provinces, provincesCurrent, types, years, months, from, to, signers, issuers,
          levels, terms, subjects, sort, page, size, facetLimit, correct);
    }
  }
}
