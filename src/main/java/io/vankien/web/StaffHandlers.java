package io.vankien.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.vankien.audit.AuditLog;
import io.vankien.auth.Caller;
import io.vankien.auth.Role;
import io.vankien.index.Archive;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.Ingester;
import io.vankien.index.NotAdmittedException;
import io.vankien.search.BadRequestException;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Write endpoints: upload and new versions ({@link Uploads}) and metadata edits for staff, delete for
 * admins; a document is named by its permanent id or any version's. Staff of some
 * provinces write only their provinces' documents. A document that states no access level gets the
 * ingester's default (the server's {@code --default-access}); every write is in the audit log.
 */
final class StaffHandlers {
  /** An oversized metadata body up to this size is read and dropped before the 400; a larger one closes. */
  private static final long DRAINED_BYTES = 4L << 20;

  private final Ingester ingester;
  private final Uploads uploads;
  private final AuditLog audit;
  private final Archive archive;

  StaffHandlers(Ingester ingester, Uploads uploads, AuditLog audit, Archive archive) {
    this.ingester = ingester;
    this.uploads = uploads;
    this.audit = audit;
    this.archive = archive;
  }

  void upload(Context ctx) throws Exception {
    uploads.receive(ctx, CallerResolver.require(ctx, Role.STAFF));
  }

  /** A new version of the document (multipart: one "file", optional "meta"); it keeps its id. */
  void newVersion(Context ctx) throws Exception {
    Caller caller = CallerResolver.require(ctx, Role.STAFF);
    uploads.receiveVersion(ctx, caller, permanentId(ctx.pathParam("id")));
  }

  /**
   * The permanent id of the document an id names (an earlier version's id names the document too); the id
   * itself when it names none, for the writer to answer 404.
   */
  private String permanentId(String id) throws java.io.IOException {
    return archive.resolve(id).map(ArchivedDocument::id).orElse(id);
  }

  void editMetadata(Context ctx) throws Exception {
    Caller caller = CallerResolver.require(ctx, Role.STAFF);
    long length = ctx.req().getContentLengthLong();
    if (length > WebOptions.MAX_META_BYTES) {
      if (length <= DRAINED_BYTES) {
        // read and drop it: a client still sending its body would otherwise find the connection closed
        // under it and never see this answer
        try (var in = ctx.req().getInputStream()) {
          in.transferTo(java.io.OutputStream.nullOutputStream());
        }
      } else {
        ctx.header("Connection", "close");
      }
      throw new BadRequestException("body", "quá lớn (tối đa " + WebOptions.MAX_META_BYTES + " byte)");
    }
    Map<String, Object> fields = MetadataInput.read(ctx.body(), "body");
    if (fields.isEmpty()) {
      throw new BadRequestException("body", "cần một đối tượng JSON gồm các trường thông tin văn bản");
    }
    String id = permanentId(ctx.pathParam("id"));
    try {
      ArchivedDocument d = ingester.editMetadata(id, fields, caller::worksFor);
      audit.record("edit", caller.name(), caller.role().code(), ctx.ip(), id, fields);
      ctx.json(d.meta());
    } catch (NoSuchElementException e) {
      throw new NotFoundException(NotFoundException.noDocument(id));
    } catch (NotAdmittedException e) {
      throw new ForbiddenException(Uploads.sentence(WriteProblems.vietnamese(e.getMessage())));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("body", WriteProblems.vietnamese(e.getMessage()));
    }
  }

  void delete(Context ctx) throws Exception {
    Caller caller = CallerResolver.require(ctx, Role.ADMIN);
    String id = permanentId(ctx.pathParam("id"));
    if (!ingester.delete(id)) {
      throw new NotFoundException(NotFoundException.noDocument(id));
    }
    audit.record("delete", caller.name(), caller.role().code(), ctx.ip(), id, null);
    ctx.status(HttpStatus.NO_CONTENT);
  }
}
