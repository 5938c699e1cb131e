package io.vankien.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.vankien.auth.Caller;
import io.vankien.auth.Role;
import io.vankien.cite.CitationTitle;
import io.vankien.index.ArchivedDocument;
import io.vankien.saved.SavedStore;
import io.vankien.search.BadRequestException;
import io.vankien.search.SearchBackend;
import io.vankien.search.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * /api/saved: a signed-in caller's own saved searches and bookmarks ({@link SavedStore}). Every bookmark is
 * read through the caller's scope ({@link SearchBackend#record}: the archive's, or a cluster's): a bookmark of a document the caller may not
 * (or no longer) read is not listed, and one cannot be made. An anonymous caller gets 401 (the browser keeps
 * its own in localStorage).
 */
final class SavedHandlers {
  private final SavedStore store;
  private final SearchBackend documents;

  /** @param documents says which document a bookmark names, if the caller may read it (the archive, or a cluster) */
  SavedHandlers(SavedStore store, SearchBackend documents) {
    this.store = store;
    this.documents = documents;
  }

  /** {@code {searches: [...], bookmarks: [{id, document, note, created, title}]}}. */
  void list(Context ctx) throws Exception {
    Caller c = CallerResolver.require(ctx, Role.READER);
    SavedStore.Saved s = store.read(c.name());
    List<Map<String, Object>> bookmarks = new ArrayList<>();
    for (SavedStore.Bookmark b : s.bookmarks()) {
      Optional<ArchivedDocument> d = documents.record(b.document(), c.scope());
      if (d.isEmpty()) {
        continue; // above the caller's level, outside its provinces, or deleted
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", b.id());
      m.put("document", b.document());
      m.put("note", b.note());
      m.put("created", b.created());
      m.put("title", CitationTitle.of(d.get().meta(), d.get().sourceName(), d.get().id()));
      bookmarks.add(m);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("searches", s.searches());
    answer.put("bookmarks", bookmarks);
    JsonAnswer.write(ctx, answer);
  }

  /** Body {@code {name, query}}: 201 and the saved search. */
  void addSearch(Context ctx) throws Exception {
    Caller c = CallerResolver.require(ctx, Role.READER);
    JsonNode body = body(ctx);
    SavedStore.SavedSearch s = refusedAs400(() -> store.addSearch(c.name(), text(body, "name"), text(body, "query")));
    ctx.status(HttpStatus.CREATED);
    JsonAnswer.write(ctx, s);
  }

  void deleteSearch(Context ctx) throws Exception {
    Caller c = CallerResolver.require(ctx, Role.READER);
    String id = ctx.pathParam("id");
    if (!store.deleteSearch(c.name(), id)) {
      throw new NotFoundException("Không có tìm kiếm đã lưu mã “" + id + "”.");
    }
    ctx.status(HttpStatus.NO_CONTENT);
  }

  /** Body {@code {document, note}}: 201 and the bookmark (a second one of a document changes its note). */
  void addBookmark(Context ctx) throws Exception {
    Caller c = CallerResolver.require(ctx, Role.READER);
    JsonNode body = body(ctx);
    String document = text(body, "document");
    if (document == null || document.isBlank()) {
      throw new BadRequestException("document", "không được để trống");
    }
    ArchivedDocument d = documents.record(document.strip(), c.scope())
        .orElseThrow(() -> new NotFoundException(NotFoundException.noDocument(document.strip())));
    SavedStore.Bookmark b = refusedAs400(() -> store.bookmark(c.name(), d.id(), text(body, "note")));
    ctx.status(HttpStatus.CREATED);
    JsonAnswer.write(ctx, b);
  }

  void deleteBookmark(Context ctx) throws Exception {
    Caller c = CallerResolver.require(ctx, Role.READER);
    String id = ctx.pathParam("id");
    if (!store.deleteBookmark(c.name(), id)) {
      throw new NotFoundException("Không có đánh dấu mã “" + id + "”.");
    }
    ctx.status(HttpStatus.NO_CONTENT);
  }

  private static JsonNode body(Context ctx) {
    if (!String.valueOf(ctx.contentType()).startsWith("application/json")) {
      throw new BadRequestException("body", "hãy gửi JSON dạng “application/json”");
    }
    JsonNode body;
    try {
      body = Json.MAPPER.readTree(ctx.body());
    } catch (Exception e) {
      throw new BadRequestException("body", "không phải JSON hợp lệ");
    }
    if (body == null || !body.isObject()) {
      throw new BadRequestException("body", "phải là một đối tượng JSON");
    }
    return body;
  }

  private static String text(JsonNode body, String field) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw new BadRequestException(field, "phải là chuỗi");
    }
    return n.asText();
  }

  private interface StoreCall<T> {
    T run() throws java.io.IOException;
  }

  private static <T> T refusedAs400(StoreCall<T> call) throws java.io.IOException {
    try {
      return call.run();
    } catch (SavedStore.Refused e) {
      throw new BadRequestException(e.field(), e.getMessage());
    }
  }
}
