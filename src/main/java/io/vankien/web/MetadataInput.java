package io.vankien.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.vankien.meta.DocumentMetadata;
import io.vankien.meta.Provinces;
import io.vankien.search.BadRequestException;
import io.vankien.search.Json;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Metadata fields sent by staff (the upload's "meta" field, a PATCH body), read and checked: a JSON object
 * of known fields; strings (lists of strings for list fields) or null; no control characters; bounded
 * lengths; a date that exists; provinces that exist (written as the archive writes them). Anything else is
 * a 400 naming the field.
 */
final class MetadataInput {
  static final Set<String> LIST_FIELDS = Set.of("provincesMentioned", "cites", "recipients");
  static final int MAX_TITLE_CHARS = 2_000;
  static final int MAX_VALUE_CHARS = 500;
  static final int MAX_LIST_ITEMS = 200;

  private MetadataInput() {}

  /**
   * The fields in {@code json}; an empty map when json is null or blank.
   *
   * @param what the request part the JSON came in ("meta", "body"), named in errors about the whole
   */
  static Map<String, Object> read(String json, String what) {
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    if (json.getBytes(StandardCharsets.UTF_8).length > WebOptions.MAX_META_BYTES) {
      throw new BadRequestException(what, "quá lớn (tối đa " + WebOptions.MAX_META_BYTES + " byte)");
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new BadRequestException(what, "không phải JSON hợp lệ" + (e.getLocation() == null ? ""
          : " (lỗi ở dòng " + e.getLocation().getLineNr() + ", cột " + e.getLocation().getColumnNr() + ")"));
    }
    if (root == null || !root.isObject()) {
      throw new BadRequestException(what, "phải là một đối tượng JSON gồm các trường thông tin văn bản, không phải "
          + (root == null ? "nội dung rỗng" : root.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
    }
    List<String> known = DocumentMetadata.fieldNames();
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      String field = e.getKey();
      if (!known.contains(field)) {
        throw new BadRequestException(clip(field), "không có trường thông tin này (các trường có: "
            + String.join(", ", known.stream().map(k -> "“" + k + "”").toList()) + ")");
      }
      out.put(field, value(field, e.getValue()));
    }
    return out;
  }

  private static Object value(String field, JsonNode v) {
    if (v.isNull()) {
      return LIST_FIELDS.contains(field) ? List.of() : null;
    }
    if (LIST_FIELDS.contains(field)) {
      if (!v.isArray()) {
        throw new BadRequestException(field, "phải là một danh sách chuỗi chữ");
      }
      if (v.size() > MAX_LIST_ITEMS) {
        throw new BadRequestException(field, "tối đa " + MAX_LIST_ITEMS + " mục, nhận được " + v.size());
      }
      List<String> list = new ArrayList<>();
      for (JsonNode item : v) {
        if (!item.isTextual()) {
          throw new BadRequestException(field, "phải là một danh sách chuỗi chữ");
        }
        String one = field.equals("provincesMentioned") ? province(field, item.asText(), false)
            : text(field, item.asText(), MAX_VALUE_CHARS);
        if (one != null) {
          list.add(one);
        }
      }
      return list;
    }
    if (!v.isTextual()) {
      throw new BadRequestException(field, "phải là chuỗi chữ, hoặc “null” để xóa");
    }
    String s = v.asText();
    return switch (field) {
      case "date" -> date(s);
      case "province" -> province(field, s, false);
      case "provinceCurrent" -> province(field, s, true);
      case "title" -> text(field, s, MAX_TITLE_CHARS);
      default -> text(field, s, MAX_VALUE_CHARS);
    };
  }

  private static String text(String field, String s, int maxChars) {
    String t = s.strip();
    if (t.length() > maxChars) {
      throw new BadRequestException(field, "quá dài: " + t.length() + " ký tự (tối đa " + maxChars + ")");
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isISOControl(c)) {
        throw new BadRequestException(field, String.format("không được chứa ký tự điều khiển U+%04X", (int) c));
      }
    }
    return t.isEmpty() ? null : t;
  }

  private static String date(String s) {
    String t = text("date", s, 10);
    if (t == null) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(t); // ISO, strict: 2020-02-30 is refused
      if (d.getYear() < 1900 || d.getYear() > 2100) {
        throw new BadRequestException("date", "năm phải trong khoảng 1900-2100: “" + t + "”");
      }
      return d.toString();
    } catch (DateTimeParseException e) {
      throw new BadRequestException("date", "phải là ngày có thật, dạng năm-tháng-ngày (YYYY-MM-DD), không phải “" + t + "”");
    }
  }

  private static String province(String field, String s, boolean current) {
    String t = text(field, s, 100);
    if (t == null) {
      return null;
    }
    Provinces p = Provinces.load();
    String name = current ? p.canonicalCurrent(t) : p.canonical(t);
    if (name == null) {
      throw new BadRequestException(field, "không có tỉnh “" + t + "”" + (current ? " (sau sáp nhập tháng 7/2025)" : ""));
    }
    return name;
  }

  /** A field name as it may be quoted back: short, printable. */
  private static String clip(String field) {
    String f = field.codePoints().filter(cp -> !Character.isISOControl(cp))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    return f.length() > 60 ? f.substring(0, 60) + "…" : f;
  }
}
