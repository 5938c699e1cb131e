package io.vankien.web;

import io.javalin.http.Context;
import io.vankien.search.BadRequestException;
import io.vankien.search.DateBound;
import io.vankien.search.FacetDimension;
import io.vankien.search.SearchRequest;
import java.util.List;
import java.util.Set;

/** Query-string parameters to a {@link SearchRequest}, with a 400 naming any bad parameter. */
final class RequestParams {
  /** The query, the facet filters ({@link FacetDimension}) and the date range, which every searching endpoint takes. */
  static final Set<String> FILTERS = with(Set.copyOf(FacetDimension.params()), "q", "from", "to");
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
   * ignored (a {@code page} sent to an export would otherwise look as if it had limited it). The date range
   * takes days, months or years ({@link DateBound}: {@code from=2019&to=2023}).
   */
  static SearchRequest searchRequest(Context ctx, Set<String> known) {
    refuseOthers(ctx, known);
    SearchRequest.Builder b = SearchRequest.builder().q(ctx.queryParam("q"));
    for (FacetDimension d : FacetDimension.values()) {
      b.filter(d, ctx.queryParams(d.param()));
    }
    return b
        .from(DateBound.first("from", ctx.queryParam("from")))
        .to(DateBound.last("to", ctx.queryParam("to")))
        .sort(SearchRequest.Sort.parse(ctx.queryParam("sort")))
        .page(integer(ctx, "page", 1))
        .size(integer(ctx, "size", 10))
        .facetLimit(integer(ctx, "facetLimit", SearchRequest.DEFAULT_FACET_LIMIT))
        .correct(bool(ctx, "correct"))
        .build();
  }

  /** A 400 naming the first parameter not in {@code known}. */
  static void refuseOthers(Context ctx, Set<String> known) {
    for (String name : ctx.queryParamMap().keySet()) {
      if (!known.contains(name)) {
        throw new BadRequestException(name, "unknown-parameter", "địa chỉ " + ctx.path()
            + " không nhận tham số này (danh sách tham số ở /openapi.json)", null);
      }
    }
  }

  /** A 400 for any parameter: the endpoint takes none. */
  static void refuseAny(Context ctx) {
    refuseOthers(ctx, Set.of());
  }

  private static Set<String> with(Set<String> base, String... more) {
    Set<String> all = new java.util.HashSet<>(base);
    all.addAll(List.of(more));
    return Set.copyOf(all);
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
