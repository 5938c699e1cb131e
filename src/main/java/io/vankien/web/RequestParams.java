package io.vankien.web;

import io.javalin.http.Context;
import io.vankien.search.BadRequestException;
import io.vankien.search.SearchRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/** Query-string parameters to a {@link SearchRequest}, with a 400 naming any bad parameter. */
final class RequestParams {
  /** The query and the filters, which every searching endpoint takes. */
  static final Set<String> FILTERS = Set.of("q", "province", "provinceCurrent", "type", "year", "month", "from",
      "to", "signer", "issuer", "level", "term", "subject");
  /**
   * /api/search: the filters, the order and the page, how many signers and issuers its facets list, and
   * whether a query that finds nothing is answered by its correction.
   */
  static final Set<String> SEARCH = with(FILTERS, "sort", "page", "size", "facetLimit", "correct");
  /** /api/export: every match in the order asked, in a format; no page and no facets. */
  static final Set<String> EXPORT = with(FILTERS, "sort", "format");
  /** /api/stats: counts of the matches. */
  static final Set<String> STATS = FILTERS;

  private RequestParams() {}

  /**
   * The request's query and filters; a parameter this endpoint does not use is refused by name rather than
   * ignored (a {@code page} sent to an export would otherwise look as if it had limited it).
   */
  static SearchRequest searchRequest(Context ctx, Set<String> known) {
    for (String name : ctx.queryParamMap().keySet()) {
      if (!known.contains(name)) {
        throw new BadRequestException(name, "unknown-parameter", "địa chỉ " + ctx.path()
            + " không nhận tham số này (danh sách tham số ở /openapi.json)", null);
      }
    }
    return SearchRequest.builder()
        .q(ctx.queryParam("q"))
        .provinces(ctx.queryParams("province"))
        .provincesCurrent(ctx.queryParams("provinceCurrent"))
        .types(ctx.queryParams("type"))
        .years(ctx.queryParams("year"))
        .months(ctx.queryParams("month"))
        .from(date(ctx, "from"))
        .to(date(ctx, "to"))
        .signers(ctx.queryParams("signer"))
        .issuers(ctx.queryParams("issuer"))
        .levels(ctx.queryParams("level"))
        .terms(ctx.queryParams("term"))
        .subjects(ctx.queryParams("subject"))
        .sort(SearchRequest.Sort.parse(ctx.queryParam("sort")))
        .page(integer(ctx, "page", 1))
        .size(integer(ctx, "size", 10))
        .facetLimit(integer(ctx, "facetLimit", SearchRequest.DEFAULT_FACET_LIMIT))
        .correct(bool(ctx, "correct"))
        .build();
  }

  private static Set<String> with(Set<String> base, String... more) {
    Set<String> all = new java.util.HashSet<>(base);
    all.addAll(List.of(more));
    return Set.copyOf(all);
  }

  static LocalDate date(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException(name, "phải là ngày dạng năm-tháng-ngày (YYYY-MM-DD), không phải “" + v + "”");
    }
  }

  /** true or false (absent: false); anything else is a 400 naming the parameter. */
  static boolean bool(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return false;
    }
    return switch (v.strip()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new BadRequestException(name, "phải là “true” (có) hoặc “false” (không), không phải “" + v + "”");
    };
  }

  static int integer(Context ctx, String name, int dflt) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException(name, "phải là số nguyên, không phải “" + v + "”");
    }
  }

}
