package io.vankien.web;

import io.javalin.http.Context;
import io.vankien.search.BadRequestException;
import io.vankien.search.ProvinceTimeTable;
import io.vankien.search.SearchRequest;
import io.vankien.search.SearchBackend;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * /api/stats/province-time: the documents of a search counted by province (after 2025, with the provinces as
 * named then inside) and year or month ({@link ProvinceTimeTable}), as JSON or CSV, of what the caller may
 * read.
 */
final class ProvinceTimeHandler {
  /** The query and the filters, the period of the columns and the format. */
  static final Set<String> PARAMS;

  static {
    Set<String> p = new HashSet<>(RequestParams.FILTERS);
    p.add("by");
    p.add("format");
    PARAMS = Set.copyOf(p);
  }

  private final SearchBackend backend;

  /** @param backend the archive's own search, or a cluster's */
  ProvinceTimeHandler(SearchBackend backend) {
    this.backend = backend;
  }

  void table(Context ctx) throws Exception {
    SearchRequest req = RequestParams.searchRequest(ctx, PARAMS);
    ProvinceTimeTable.By by = ProvinceTimeTable.By.parse(ctx.queryParam("by"));
    String format = ctx.queryParam("format");
    boolean csv = "csv".equals(format);
    if (format != null && !csv && !"json".equals(format)) {
      throw new BadRequestException("format", "chỉ nhận “json” hoặc “csv”, không phải “" + format + "”");
    }
    ProvinceTimeTable table = backend.provinceTime(req, by, CallerResolver.of(ctx).scope());
    if (!csv) {
      JsonAnswer.write(ctx, table);
      return;
    }
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"vankien-tinh-theo-" + (by == ProvinceTimeTable.By.YEAR
        ? "nam" : "thang") + ".csv\"");
    Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
    table.writeCsv(w);
  }
}
