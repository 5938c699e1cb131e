package io.vankien.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.Ingester;
import io.vankien.search.BadRequestException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Write endpoints for staff: upload (multipart, with optional metadata overrides), metadata edits,
 * delete. Each needs {@code Authorization: Bearer <token>} with the token from configuration; without a
 * configured token they are disabled.
 */
final class StaffHandlers {
  private final Ingester ingester;
  private final Uploads uploads;
  private final String token;

  StaffHandlers(Ingester ingester, Uploads uploads, String token) {
    this.ingester = ingester;
    this.uploads = uploads;
    this.token = token == null || token.isBlank() ? null : token.strip();
  }

  void requireStaff(Context ctx) {
    if (token == null) {
      throw new ForbiddenException("staff endpoints are disabled: start the server with --staff-token-file"
          + " or VANKIEN_STAFF_TOKEN");
    }
    String h = ctx.header("Authorization");
    String given = h != null && h.startsWith("Bearer ") ? h.substring(7).strip() : null;
    if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
        token.getBytes(StandardCharsets.UTF_8))) {
      throw new UnauthorizedException("a staff token is required (Authorization: Bearer <token>)");
    }
  }

  void upload(Context ctx) throws Exception {
    requireStaff(ctx);
    uploads.receive(ctx);
  }

  void editMetadata(Context ctx) throws Exception {
    requireStaff(ctx);
    if (ctx.req().getContentLengthLong() > WebOptions.MAX_META_BYTES) {
      throw new BadRequestException("body", "too large (at most " + WebOptions.MAX_META_BYTES + " bytes)");
    }
    Map<String, Object> fields = MetadataInput.read(ctx.body(), "body");
    if (fields.isEmpty()) {
      throw new BadRequestException("body", "a JSON object of metadata fields is required");
    }
    try {
      ArchivedDocument d = ingester.editMetadata(ctx.pathParam("id"), fields);
      ctx.json(d.meta());
    } catch (NoSuchElementException e) {
      throw new NotFoundException(e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("body", e.getMessage());
    }
  }

  void delete(Context ctx) throws Exception {
    requireStaff(ctx);
    String id = ctx.pathParam("id");
    if (!ingester.delete(id)) {
      throw new NotFoundException("no document with id " + id);
    }
    ctx.status(HttpStatus.NO_CONTENT);
  }
}
