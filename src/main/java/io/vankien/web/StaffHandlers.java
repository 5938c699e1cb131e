package io.vankien.web;

import com.fasterxml.jackson.core.type.TypeReference;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import io.vankien.audit.AuditLog;
import io.vankien.auth.Caller;
import io.vankien.auth.Role;
import io.vankien.extract.ExtractionException;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.Ingester;
import io.vankien.index.NotAdmittedException;
import io.vankien.search.BadRequestException;
import io.vankien.search.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Write endpoints: upload (multipart, with optional metadata overrides) and metadata edits for staff, delete
 * for admins. Staff of some provinces write only their provinces' documents. A document that states no
 * access level gets the ingester's default (the server's {@code --default-access}); every write is in the
 * audit log.
 */
final class StaffHandlers {
  private final Ingester ingester;
  private final AuditLog audit;

  StaffHandlers(Ingester ingester, AuditLog audit) {
    this.ingester = ingester;
    this.audit = audit;
  }

  void upload(Context ctx) throws Exception {
    Caller caller = CallerResolver.require(ctx, Role.STAFF);
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
        String id = ingester.ingestUpload(f.filename(), bytes, overrides, caller::worksFor);
        r.put("id", id);
        audit.record("upload", caller.name(), caller.role().code(), ctx.ip(), id, Map.of("file", f.filename()));
      } catch (ExtractionException | IllegalArgumentException | NotAdmittedException e) {
        anyFailed = true;
        r.put("error", e.getMessage());
      }
      results.add(r);
    }
    ctx.status(anyFailed ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.CREATED).json(Map.of("documents", results));
  }

  void editMetadata(Context ctx) throws Exception {
    Caller caller = CallerResolver.require(ctx, Role.STAFF);
    Map<String, Object> fields = overrides(ctx.body());
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

  private static Map<String, Object> overrides(String json) {
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    try {
      return Optional.ofNullable(Json.MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {}))
          .map(m -> (Map<String, Object>) m).orElseThrow(() -> new IllegalArgumentException("null"));
    } catch (Exception e) {
      throw new BadRequestException("meta", "must be a JSON object of metadata fields: " + e.getMessage());
    }
  }
}
