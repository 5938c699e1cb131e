package io.vankien.web;

import io.javalin.http.Context;
import io.vankien.audit.AuditLog;
import io.vankien.auth.Caller;
import io.vankien.meta.AccessLevel;
import io.vankien.search.BadRequestException;
import io.vankien.search.SearchBackend;
import io.vankien.search.DocumentView;
import io.vankien.search.SymbolService;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A cited symbol's page and its implementation chain (issue 16), and a document's typed citations, as the
 * caller may read them: {@code /api/symbols/<symbol>}, {@code /api/chains/<symbol>} (JSON, or CSV with
 * {@code format=csv}), {@code /api/documents/{id}/citations}. The symbol takes the rest of the path, slashes
 * and all ("48-KL/TW"); it may also be given as {@code ?symbol=}.
 */
final class SymbolHandlers {
  private final SearchBackend backend;
  private final AuditLog audit;

  /** @param backend answers every route here (the archive's own, or a cluster's) */
  SymbolHandlers(SearchBackend backend, AuditLog audit) {
    this.backend = backend;
    this.audit = audit;
  }

  void symbol(Context ctx) throws Exception {
    String number = SymbolService.canonical("symbol", symbolParam(ctx));
    JsonAnswer.write(ctx, backend.symbol(number, CallerResolver.of(ctx).scope()));
  }

  void chain(Context ctx) throws Exception {
    String number = SymbolService.canonical("symbol", symbolParam(ctx));
    boolean csv = format(ctx);
    SymbolService.ChainView chain = backend.chain(number, CallerResolver.of(ctx).scope());
    if (!csv) {
      JsonAnswer.write(ctx, chain);
      return;
    }
    auditExport(ctx, "chain " + number);
    List<List<Object>> rows = new ArrayList<>();
    for (SymbolService.ChainRow r : chain.rows()) {
      DocumentView.DocRef d = r.document();
      rows.add(List.of(r.depth(), r.parent(), nz(d.number()), nz(d.type()), nz(d.date()), r.lagDays() == null ? "" : r.lagDays(),
          r.relationLabel(), nz(r.level()), nz(d.province()), nz(d.provinceCurrent()), d.citation(), d.id()));
    }
    attachment(ctx, "chuoi-thuc-hien-" + fileSafe(number) + ".csv");
    Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
    CsvTable.write(w, List.of("Cấp trong chuỗi", "Thực hiện văn bản", "Số hiệu", "Loại", "Ngày", "Số ngày sau văn bản gốc",
        "Quan hệ", "Cấp ban hành", "Tỉnh (khi ban hành)", "Tỉnh (hiện nay)", "Trích dẫn", "Mã văn bản"), rows);
  }

  /** The typed citations of one document: JSON (default) or CSV. */
  void citations(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    boolean csv = format(ctx);
    DocumentView v = backend.view(id, null, CallerResolver.of(ctx).scope())
        .orElseThrow(() -> new NotFoundException(NotFoundException.noDocument(id)));
    if (!csv) {
      JsonAnswer.write(ctx, java.util.Map.of("id", v.id(), "citations", v.cites()));
      return;
    }
    auditExport(ctx, "citations " + v.id());
    List<List<Object>> rows = new ArrayList<>();
    for (DocumentView.Citation c : v.cites()) {
      rows.add(List.of(c.number(), c.relationLabel(), c.relation(), nz(c.sentence()),
          c.document() == null ? "" : c.document().id(), c.document() == null ? "" : c.document().citation()));
    }
    attachment(ctx, "trich-dan-" + fileSafe(v.id()) + ".csv");
    Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
    CsvTable.write(w, List.of("Số hiệu được trích dẫn", "Quan hệ", "Mã quan hệ", "Câu trích dẫn", "Mã văn bản trong kho",
        "Văn bản trong kho"), rows);
  }

  private static String symbolParam(Context ctx) {
    String q = ctx.queryParam("symbol");
    if (q != null && !q.isBlank()) {
      return q;
    }
    String p = ctx.pathParamMap().get("symbol");
    if (p == null || p.isBlank()) {
      throw new BadRequestException("symbol", "thiếu số hiệu văn bản (ví dụ /api/symbols/48-KL/TW)");
    }
    return java.net.URLDecoder.decode(p, StandardCharsets.UTF_8);
  }

  private static boolean format(Context ctx) {
    String f = ctx.queryParam("format");
    if (f == null || f.isBlank() || f.equalsIgnoreCase("json")) {
      return false;
    }
    if (f.equalsIgnoreCase("csv")) {
      return true;
    }
    throw new BadRequestException("format", "phải là json hoặc csv, không phải “" + f + "”");
  }

  private void auditExport(Context ctx, String what) throws java.io.IOException {
    Caller caller = CallerResolver.of(ctx);
    if (caller.role().clearance() == AccessLevel.RESTRICTED) {
      audit.record("export", caller.name(), caller.role().code(), ctx.ip(), null, what);
    }
  }

  private static void attachment(Context ctx, String name) {
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
  }

  private static String fileSafe(String s) {
    return s.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "").toLowerCase(Locale.ROOT);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
