package io.vankien.web;

import io.javalin.http.Context;
import io.vankien.audit.AuditLog;
import io.vankien.auth.Caller;
import io.vankien.index.DocumentMapper;
import io.vankien.meta.AccessLevel;
import io.vankien.meta.DocumentMetadata;
import io.vankien.search.DocumentView;
import java.io.IOException;
import io.vankien.index.Archive;
import io.vankien.index.ArchivedDocument;
import io.vankien.search.DocumentService;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * /api/documents/{id} and its original, for a caller who may read the document (else 404, as for a document
 * that does not exist); every view or download of a restricted document is written to the audit log first.
 */
final class DocumentHandlers {
  private final DocumentService documents;
  private final Archive archive;
  private final AuditLog audit;

  DocumentHandlers(DocumentService documents, Archive archive, AuditLog audit) {
    this.documents = documents;
    this.archive = archive;
    this.audit = audit;
  }

  void show(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    DocumentView v = documents.as(CallerResolver.of(ctx).scope()).view(id, ctx.queryParam("q"))
        .orElseThrow(() -> new NotFoundException("no document with id " + id));
    auditRestricted(ctx, "view", v.id(), v.meta());
    JsonAnswer.write(ctx, v);
  }

  void original(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    ArchivedDocument d = documents.as(CallerResolver.of(ctx).scope()).get(id)
        .orElseThrow(() -> new NotFoundException("no document with id " + id));
    auditRestricted(ctx, "download", d.id(), d.meta());
    String name = d.sourceName() == null ? d.id() : d.sourceName();
    ctx.contentType(d.mediaType() == null ? "application/octet-stream" : d.mediaType());
    ctx.header("Content-Disposition", "attachment; filename*=UTF-8''"
        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    ctx.header("Content-Length", String.valueOf(d.sizeBytes()));
    ctx.result(archive.openOriginal(d));
  }

  private void auditRestricted(Context ctx, String event, String id, DocumentMetadata m) throws IOException {
    if (DocumentMapper.accessOf(m) == AccessLevel.RESTRICTED) {
      Caller c = CallerResolver.of(ctx);
      audit.record(event, c.name(), c.role().code(), ctx.ip(), id, null);
    }
  }
}
