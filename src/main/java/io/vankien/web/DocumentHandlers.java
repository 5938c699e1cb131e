package io.vankien.web;

import io.javalin.http.Context;
import io.vankien.index.Archive;
import io.vankien.index.ArchivedDocument;
import io.vankien.search.DocumentService;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** /api/documents/{id} and its original. */
final class DocumentHandlers {
  private final DocumentService documents;
  private final Archive archive;

  DocumentHandlers(DocumentService documents, Archive archive) {
    this.documents = documents;
    this.archive = archive;
  }

  void show(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    JsonAnswer.write(ctx, documents.view(id, ctx.queryParam("q"))
        .orElseThrow(() -> new NotFoundException("no document with id " + id)));
  }

  void original(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    ArchivedDocument d = documents.get(id).orElseThrow(() -> new NotFoundException("no document with id " + id));
    String name = d.sourceName() == null ? d.id() : d.sourceName();
    ctx.contentType(d.mediaType() == null ? "application/octet-stream" : d.mediaType());
    ctx.header("Content-Disposition", "attachment; filename*=UTF-8''"
        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    ctx.header("Content-Length", String.valueOf(d.sizeBytes()));
    ctx.result(archive.openOriginal(d));
  }
}
