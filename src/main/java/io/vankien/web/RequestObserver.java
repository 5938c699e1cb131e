package io.vankien.web;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import io.javalin.router.Endpoint;
import io.vankien.observe.JsonLog;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * After every answered request: one structured log line and the request metrics. The line has the request id
 * (as in {@code X-Request-Id}), the method, the route template, the status, the time and the caller's role;
 * never the query string nor the path's values (no search words, no document ids: a search for a person's name,
 * or the id of a secret document, is itself something to keep out of a log that other staff may read).
 */
final class RequestObserver implements RequestLogger {
  private final JsonLog log;
  private final Metrics metrics;

  RequestObserver(JsonLog log, Metrics metrics) {
    this.log = log;
    this.metrics = metrics;
  }

  @Override
  public void handle(Context ctx, Float ms) {
    String route = route(ctx);
    int status = ctx.statusCode();
    String method = ctx.method().name();
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("id", ctx.res().getHeader(ApiErrors.REQUEST_ID));
    line.put("method", method);
    line.put("route", route);
    line.put("status", status);
    line.put("ms", Math.round(ms * 10) / 10.0);
    line.put("role", CallerResolver.of(ctx).role().code());
    log.write("request", line);
    metrics.request(route, method, status, ms / 1000.0);
  }

  /** The route template that answered ("/api/documents/{id}"); static files and unknown paths by kind only. */
  static String route(Context ctx) {
    Endpoint e = ctx.endpoints().lastHttpEndpoint();
    if (e != null && !e.path.isEmpty() && !"*".equals(e.path)) {
      return e.path;
    }
    return ctx.statusCode() < 400 ? "(static)" : "(unmatched)";
  }
}
