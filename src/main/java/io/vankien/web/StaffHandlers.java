package io.vankien.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.vankien.audit.AuditLog;
import io.vankien.auth.Caller;
import io.vankien.auth.Role;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.Ingester;
import io.vankien.index.NotAdmittedException;
import io.vankien.search.BadRequestException;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Write endpoints: upload ({@link Uploads}) and metadata edits for staff, delete for admins. Staff of some
 * provinces write only their provinces' documents. A document that states no access level gets the
 * ingester's default (the server's {@code --default-access}); every write is in the audit log.
 */
final class StaffHandlers {
  /** An oversized metadata body up to this size is read and dropped before the 400; a larger one closes. */
  private static final long DRAINED_BYTES = 4L << 20;

  private final Ingester ingester;
  private final Uploads uploads;
  private final AuditLog audit;

  StaffHandlers(Ingester ingester, Uploads uploads, AuditLog audit) {
    this.ingester = ingester;
    this.uploads = uploads;
    this.audit = audit;
  }

  void upload(Context ctx) throws Exception {
    uploads.receive(ctx, CallerResolver.require(ctx, Role.STAFF));
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
      throw new BadRequestException("body", "too large (at most " + WebOptions.MAX_META_BYTES + " bytes)");
    }
    Map<String, Object> fields = MetadataInput.read(ctx.body(), "body");
    if (fields.isEmpty()) {
      throw new BadRequestException("body", "a JSON object of metadata fields is required");
    }
    String id = ctx.pathParam("id");
    try {
      ArchivedDocument d = ingester.editMetadata(id, fields, caller::worksFor);
      audit.record("edit", caller.name(), caller.role().code(), ctx.ip(), id, fields);
      ctx.json(d.meta());
    } catch (NoSuchElementException e) {
      throw new NotFoundException(e.getMessage());
    } catch (NotAdmittedException e) {
      throw new ForbiddenException(e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("body", e.getMessage());
    }
  }

  void delete(Context ctx) throws Exception {
    Caller caller = CallerResolver.require(ctx, Role.ADMIN);
    String id = ctx.pathParam("id");
    if (!ingester.delete(id)) {
      throw new NotFoundException("no document with id " + id);
    }
    audit.record("delete", caller.name(), caller.role().code(), ctx.ip(), id, null);
    ctx.status(HttpStatus.NO_CONTENT);
  }
}
