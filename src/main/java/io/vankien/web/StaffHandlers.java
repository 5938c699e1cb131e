package io.vankien.web;

import com.fasterxml.jackson.core.type.TypeReference;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import io.vankien.extract.ExtractionException;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.Ingester;
import io.vankien.search.BadRequestException;
import io.vankien.search.Json;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Write endpoints for staff: upload (multipart, with optional metadata overrides), metadata edits,
 * delete. Each needs {@code Authorization: Bearer <token>} with the token from configuration; without a
 * configured token they are disabled.
 */
final class StaffHandlers {
  private final Ingester ingester;
  private final String token;

  StaffHandlers(Ingester ingester, String token) {
    this.ingester = ingester;
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
    List<UploadedFile> files = ctx.uploadedFiles("file");
    if (files.isEmpty()) {
      throw new BadRequestException("file", "no file uploaded (multipart field 'file')");
    }
    Map<String, Object> overrides = overrides(ctx.formParam("meta"));
    List<Map<String, Object>> results = new ArrayList<>();
    boolean anyFailed = false;
    for (UploadedFile f : files) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("file", f.filename());
      try {
        byte[] bytes;
        try (var in = f.content()) {
          bytes = in.readAllBytes();
        }
        r.put("id", ingester.ingestUpload(f.filename(), bytes, overrides));
      } catch (ExtractionException | IllegalArgumentException e) {
        anyFailed = true;
        r.put("error", e.getMessage());
      }
      results.add(r);
    }
    ctx.status(anyFailed ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.CREATED).json(Map.of("documents", results));
  }

  void editMetadata(Context ctx) throws Exception {
    requireStaff(ctx);
    Map<String, Object> fields = overrides(ctx.body());
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

  private static Map<String, Object> overrides(String json) {
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    try {
      return Json.MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
    } catch (Exception e) {
      throw new BadRequestException("meta", "must be a JSON object of metadata fields: " + e.getMessage());
    }
  }
}
