package io.vankien.web;

import io.javalin.http.Context;
import io.vankien.search.BadRequestException;

/**
 * Runs before every handler: gives the request its id (X-Request-Id) and the security headers, refuses X-HTTP-Method-Override
 * (Javalin would route a GET carrying "X-HTTP-Method-Override: DELETE" as a DELETE), and checks the query
 * string's encoding.
 */
final class RequestGuard {
  static final String METHOD_OVERRIDE = "X-HTTP-Method-Override";

  private RequestGuard() {}

  static void check(Context ctx) {
    ApiErrors.assignRequestId(ctx);
    SecurityHeaders.all().forEach(ctx::header);
    if (ctx.req().getHeader(METHOD_OVERRIDE) != null) {
      throw new BadRequestException(METHOD_OVERRIDE, "không được hỗ trợ: hãy gửi yêu cầu bằng đúng phương thức của nó");
    }
    QueryStrings.check(ctx.req().getQueryString());
  }
}
