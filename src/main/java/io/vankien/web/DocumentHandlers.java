package io.vankien.web;

import io.javalin.http.Context;
import io.vankien.audit.AuditLog;
import io.vankien.auth.Caller;
import io.vankien.cite.DownloadName;
import io.vankien.index.DocumentMapper;
import io.vankien.meta.AccessLevel;
import io.vankien.meta.DocumentMetadata;
import io.vankien.search.DocumentView;
import java.io.IOException;
import io.vankien.index.Archive;
import io.vankien.index.ArchivedDocument;
import java.util.LinkedHashMap;
import java.util.Map;
import io.vankien.index.VersionHistory;
import io.vankien.search.BadRequestException;

/**
 * /api/documents/{id}, its original, its versions and their originals, for a caller who may read the
 * document (else 404, as for a document that does not exist, earlier versions included); {id} is the
 * permanent id or the id of any version (a link made before a corrected version replaced the original).
 * Every view or download of a restricted document is written to the audit log first. Originals download
 * under the name the citation gives them ({@link DownloadName}: "Nghi-quyet-01-NQ-TU-2020-11-26.pdf").
 * Which document an id names, and whether the caller may read it, the search backend says (on a cluster, the
 * cluster's access filter); the bytes come from the data folder's content store.
 */
final class DocumentHandlers {
  private final io.vankien.search.SearchBackend backend;
  private final Archive archive;
  private final AuditLog audit;

  /**
   * @param backend answers which document an id names and whether the caller may read it (the archive's own, or a
   *     cluster's); the originals are read from {@code archive}'s content store, which stays in the data folder when
   *     documents are searched on a cluster ({@code ingest --cluster} keeps it there)
   */
  DocumentHandlers(io.vankien.search.SearchBackend backend, Archive archive, AuditLog audit) {
    this.backend = backend;
    this.archive = archive;
    this.audit = audit;
  }

  void show(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    DocumentView v = backend.view(id, ctx.queryParam("q"), CallerResolver.of(ctx).scope())
        .orElseThrow(() -> new NotFoundException(NotFoundException.noDocument(id)));
    auditRestricted(ctx, "view", v.id(), v.meta());
    JsonAnswer.write(ctx, v);
  }

  void original(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    ArchivedDocument d = backend.record(id, CallerResolver.of(ctx).scope())
        .orElseThrow(() -> new NotFoundException(NotFoundException.noDocument(id)));
    auditRestricted(ctx, "download", d.id(), d.meta());
    ctx.contentType(d.mediaType() == null ? "application/octet-stream" : d.mediaType());
    ctx.header("Content-Disposition", DownloadName.of(d.meta(), d.sourceName(), d.id()).contentDisposition());
    ctx.header("Content-Length", String.valueOf(d.sizeBytes()));
    ctx.result(archive.openOriginal(d));
  }

  /** Every version of the document, the first to the current: {@code {id, current, versions: [...]}}. */
  void versions(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    ArchivedDocument d = backend.record(id, CallerResolver.of(ctx).scope())
        .orElseThrow(() -> new NotFoundException(NotFoundException.noDocument(id)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", d.id());
    body.put("current", d.versionNumber());
    body.put("versions", VersionHistory.of(d));
    JsonAnswer.write(ctx, body);
  }

  /** The original of version {n} (1 the first), as the current original is served. */
  void versionOriginal(Context ctx) throws Exception {
    ArchivedDocument d = readable(ctx);
    String n = ctx.pathParam("n");
    int number;
    try {
      number = Integer.parseInt(n);
    } catch (NumberFormatException e) {
      throw new BadRequestException("n", "phải là số thứ tự của bản (1 là bản đầu tiên), không phải “" + n + "”");
    }
    if (number < 1 || number > d.versionNumber()) {
      throw new NotFoundException("Văn bản " + d.id() + " không có bản " + number + " (văn bản có "
          + d.versionNumber() + " bản).");
    }
    Caller c = CallerResolver.of(ctx);
    if (DocumentMapper.accessOf(d.meta()) == AccessLevel.RESTRICTED) {
      audit.record("download", c.name(), c.role().code(), ctx.ip(), d.id(), Map.of("version", number));
    }
    VersionHistory.Entry v = VersionHistory.of(d).get(number - 1);
    ctx.contentType(v.mediaType() == null ? "application/octet-stream" : v.mediaType());
    ctx.header("Content-Disposition",
        DownloadName.of(d.meta(), VersionHistory.fileName(d, number), d.id(), number).contentDisposition());
    ctx.header("Content-Length", String.valueOf(v.sizeBytes()));
    ctx.result(archive.openOriginal(d, number));
  }

  private ArchivedDocument readable(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    return backend.record(id, CallerResolver.of(ctx).scope())
        .orElseThrow(() -> new NotFoundException(NotFoundException.noDocument(id)));
  }

  private void auditRestricted(Context ctx, String event, String id, DocumentMetadata m) throws IOException {
    if (DocumentMapper.accessOf(m) == AccessLevel.RESTRICTED) {
      Caller c = CallerResolver.of(ctx);
      audit.record(event, c.name(), c.role().code(), ctx.ip(), id, null);
    }
  }
}
