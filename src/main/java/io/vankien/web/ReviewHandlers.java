package io.vankien.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.vankien.audit.AuditLog;
import io.vankien.auth.Caller;
import io.vankien.auth.Role;
import io.vankien.index.Archive;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.Ingester;
import io.vankien.index.NotAdmittedException;
import io.vankien.meta.Level;
import io.vankien.meta.ReviewProblems;
import io.vankien.review.ReviewQueue;
import io.vankien.search.BadRequestException;
import io.vankien.search.Json;
import io.vankien.search.SearchRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The archivists' review queue (staff and admins): {@code GET /api/review} lists, with the search's query
 * and filters, the documents whose number, date, title, province or issuer is missing or uncertain;
 * {@code POST /api/review/edit} sets one field (province, type, level or access) of several documents, each
 * an edit as {@code PATCH /api/documents/{id}/meta} makes it, with its own audit event.
 */
final class ReviewHandlers {
  /** The fields a bulk edit may set. */
  static final Set<String> BULK_FIELDS = Set.of("province", "type", "level", "access");
  /** Most documents one bulk edit names. */
  static final int MAX_IDS = 200;
  static final Set<String> PARAMS = with(RequestParams.FILTERS, "sort", "page", "size", "problem");

  private final ReviewQueue queue;
  private final Ingester ingester;
  private final AuditLog audit;
  private final Archive archive;

  ReviewHandlers(ReviewQueue queue, Ingester ingester, AuditLog audit, Archive archive) {
    this.queue = queue;
    this.ingester = ingester;
    this.audit = audit;
    this.archive = archive;
  }

  void list(Context ctx) throws Exception {
    Caller caller = CallerResolver.require(ctx, Role.STAFF);
    SearchRequest req = RequestParams.searchRequest(ctx, PARAMS);
    Set<String> fields = new LinkedHashSet<>();
    for (String p : ctx.queryParams("problem")) {
      if (!ReviewProblems.FIELDS.contains(p)) {
        throw new BadRequestException("problem", "chỉ nhận " + String.join(", ", ReviewProblems.FIELDS.stream().map(f -> "“" + f + "”").toList())
            + ", không phải “" + p + "”");
      }
      fields.add(p);
    }
    JsonAnswer.write(ctx, queue.as(caller.scope()).page(req, fields));
  }

  /** Body {"ids": [...], "field": "province", "value": "Hà Nam"} (value null clears the field). */
  void bulkEdit(Context ctx) throws Exception {
    Caller caller = CallerResolver.require(ctx, Role.STAFF);
    if (ctx.req().getContentLengthLong() > WebOptions.MAX_META_BYTES) {
      throw new BadRequestException("body", "quá lớn (tối đa " + WebOptions.MAX_META_BYTES + " byte)");
    }
    JsonNode body;
    try {
      body = Json.MAPPER.readTree(ctx.body());
    } catch (Exception e) {
      throw new BadRequestException("body", "không phải JSON hợp lệ");
    }
    if (body == null || !body.isObject()) {
      throw new BadRequestException("body", "hãy gửi “{\"ids\": [...], \"field\": ..., \"value\": ...}”");
    }
    List<String> ids = ids(body.get("ids"));
    String field = body.path("field").asText("");
    if (!BULK_FIELDS.contains(field)) {
      throw new BadRequestException("field", "chỉ sửa hàng loạt được “province”, “type”, “level” hoặc “access”, không phải “"
          + field + "”");
    }
    JsonNode v = body.get("value");
    Map<String, Object> change = MetadataInput.read(Json.MAPPER.writeValueAsString(
        Map.of(field, v == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : v)), "value");
    if (change.isEmpty()) {
      change = new LinkedHashMap<>();
      change.put(field, null);
    }
    Object value = change.get(field);
    if (field.equals("level") && value != null && Level.ofCode(value.toString()).isEmpty()) {
      throw new BadRequestException("value", "cấp phải là mã “central” (Trung ương), “provincial” (cấp tỉnh),"
          + " “district” (cấp huyện) hoặc “commune” (cấp xã)");
    }
    List<String> edited = new ArrayList<>();
    List<Map<String, String>> failed = new ArrayList<>();
    for (String asked : ids) {
      try {
        edited.add(edit(ctx, caller, asked, change));
      } catch (NoSuchElementException | NotFoundException e) {
        failed.add(Map.of("id", asked, "error", NotFoundException.noDocument(asked)));
      } catch (NotAdmittedException e) {
        failed.add(Map.of("id", asked, "error", Uploads.sentence(WriteProblems.vietnamese(e.getMessage()))));
      } catch (IllegalArgumentException e) {
        failed.add(Map.of("id", asked, "error", Uploads.sentence(WriteProblems.vietnamese(e.getMessage()))));
      }
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("field", field);
    answer.put("value", value);
    answer.put("edited", edited);
    answer.put("failed", failed);
    ctx.json(answer);
  }

  /** One document's edit, as a single edit makes it: only a document the caller may read, recorded in the audit log. */
  private String edit(Context ctx, Caller caller, String asked, Map<String, Object> change) throws Exception {
    ArchivedDocument readable = archive.searcher().as(caller.scope()).resolve(asked)
        .orElseThrow(() -> new NotFoundException(NotFoundException.noDocument(asked)));
    String id = readable.id();
    ingester.editMetadata(id, change, caller::worksFor);
    Map<String, Object> detail = new LinkedHashMap<>(change);
    detail.put("bulk", true);
    audit.record("edit", caller.name(), caller.role().code(), ctx.ip(), id, detail);
    return id;
  }

  private static List<String> ids(JsonNode node) {
    if (node == null || !node.isArray() || node.isEmpty()) {
      throw new BadRequestException("ids", "cần danh sách mã văn bản, ít nhất một mã");
    }
    if (node.size() > MAX_IDS) {
      throw new BadRequestException("ids", "tối đa " + MAX_IDS + " văn bản mỗi lần, đã gửi " + node.size());
    }
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode n : node) {
      if (!n.isTextual() || n.asText().isBlank() || n.asText().length() > 64) {
        throw new BadRequestException("ids", "mỗi mã văn bản phải là một chuỗi chữ ngắn");
      }
      out.add(n.asText().strip());
    }
    return List.copyOf(out);
  }

  private static Set<String> with(Set<String> base, String... more) {
    Set<String> all = new HashSet<>(base);
    all.addAll(List.of(more));
    return Set.copyOf(all);
  }
}
