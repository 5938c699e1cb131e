package io.vankien.web;

import io.javalin.http.Context;
import io.vankien.audit.AuditLog;
import io.vankien.auth.Caller;
import io.vankien.meta.AccessLevel;
import io.vankien.search.Exporter;
import io.vankien.search.SearchBackend;
import io.vankien.search.SearchRequest;
import io.vankien.search.SearchFields;
import io.vankien.search.SearchResult;
import io.vankien.search.BadRequestException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * /api/search, /api/export, /api/stats, /api/suggest: each answers what the caller may read; /api/facets,
 * what a search takes (the same for everyone).
 */
final class SearchHandlers {
  private final SearchBackend backend;
  private final AuditLog audit;

  /** @param backend answers every route here but /api/facets (the archive's own search, or a cluster's) */
  SearchHandlers(SearchBackend backend, AuditLog audit) {
    this.backend = backend;
    this.audit = audit;
  }

  void suggest(Context ctx) throws Exception {
    String q = ctx.queryParam("q");
    if (q == null) {
      throw new BadRequestException("q", "missing-parameter", "cần gõ ít nhất một chữ", null);
    }
    JsonAnswer.write(ctx, Map.of("suggestions", backend.suggest(q, RequestParams.integer(ctx, "size", 8),
        CallerResolver.of(ctx).scope())));
  }

  /** The facet dimensions, query fields and date forms a search takes ({@link SearchFields}). */
  void facets(Context ctx) throws Exception {
    RequestParams.refuseAny(ctx);
    JsonAnswer.write(ctx, SearchFields.answer());
  }

  void search(Context ctx) throws Exception {
    JsonAnswer.write(ctx, backend.search(RequestParams.searchRequest(ctx, RequestParams.SEARCH),
        CallerResolver.of(ctx).scope()));
  }

  void export(Context ctx) throws Exception {
    SearchRequest req = RequestParams.searchRequest(ctx, RequestParams.EXPORT);
    String fmt = ctx.queryParam("format");
    Exporter.Format format = Exporter.Format.parse(fmt == null ? "csv" : fmt);
    String ext = format.name().toLowerCase(java.util.Locale.ROOT);
    ctx.contentType(switch (format) {
      case CSV -> "text/csv; charset=utf-8";
      case JSON -> "application/json; charset=utf-8";
      case JSONL -> "application/x-ndjson; charset=utf-8";
    });
    ctx.header("Content-Disposition", "attachment; filename=\"vankien-export." + ext + "\"");
    Caller caller = CallerResolver.of(ctx);
    if (caller.role().clearance() == AccessLevel.RESTRICTED) { // an export may hold restricted documents
      audit.record("export", caller.name(), caller.role().code(), ctx.ip(), null, ctx.queryString());
    }
    Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
    Exporter ex = new Exporter(format, w); // writes nothing before the first row: a refusal is its error alone
    backend.forEachMatch(req, caller.scope(), ex);
    ex.end();
  }

  /**
   * Counts by province, year and type of the documents matching the query and every filter (issue 16: a
   * province filter gave counts of other provinces beside it, the search page's sideways counts).
   */
  void stats(Context ctx) throws Exception {
    SearchRequest req = RequestParams.searchRequest(ctx, RequestParams.STATS);
    SearchResult r = backend.counts(req, CallerResolver.of(ctx).scope());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", r.total());
    out.put("byProvince", counts(r.facets().get("province")));
    out.put("byProvinceCurrent", counts(r.facets().get("provinceCurrent")));
    out.put("byYear", counts(r.facets().get("year")));
    out.put("byType", counts(r.facets().get("type")));
    out.put("applied", r.applied());
    JsonAnswer.write(ctx, out);
  }

  private static Map<String, Long> counts(List<SearchResult.FacetValue> values) {
    Map<String, Long> m = new LinkedHashMap<>();
    if (values != null) {
      values.forEach(v -> m.put(v.value(), v.count()));
    }
    return m;
  }
}
