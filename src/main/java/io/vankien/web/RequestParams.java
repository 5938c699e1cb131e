package io.vankien.web;

import io.javalin.http.Context;
import io.vankien.search.BadRequestException;
import io.vankien.search.SearchRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/** Query-string parameters to a {@link SearchRequest}, with a 400 naming any bad parameter. */
final class RequestParams {
  static final Set<String> KNOWN = Set.of("q", "province", "provinceCurrent", "type", "year", "month", "from", "to",
      "signer", "issuer", "level", "term", "sort", "page", "size", "facetLimit", "format");

  private RequestParams() {}

  static SearchRequest searchRequest(Context ctx) {
    for (String name : ctx.queryParamMap().keySet()) {
      if (!KNOWN.contains(name)) {
        throw new BadRequestException(name, "unknown parameter (known: " + String.join(", ",
            KNOWN.stream().sorted().toList()) + ")");
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
        .sort(SearchRequest.Sort.parse(ctx.queryParam("sort")))
        .page(integer(ctx, "page", 1))
        .size(integer(ctx, "size", 10))
        .facetLimit(integer(ctx, "facetLimit", SearchRequest.DEFAULT_FACET_LIMIT))
        .build();
  }

  static LocalDate date(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException(name, "must be a date YYYY-MM-DD, got '" + v + "'");
    }
  }

  static int integer(Context ctx, String name, int dflt) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException(name, "must be a whole number, got '" + v + "'");
    }
  }

}
