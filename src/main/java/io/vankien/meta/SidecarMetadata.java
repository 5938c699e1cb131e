package io.vankien.meta;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Metadata set by staff in a sidecar file {@code <name>.meta.json} beside a document ("quyet-dinh.pdf"
 * has "quyet-dinh.pdf.meta.json" or "quyet-dinh.meta.json"): a JSON object of field name to value.
 */
public final class SidecarMetadata {
  private SidecarMetadata() {}

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> LIST_FIELDS = Set.of("provincesMentioned", "cites", "recipients");

  /** The sidecar of a document: "name.ext.meta.json" if present, else "name.meta.json". */
  public static Path sidecarOf(Path documentFile) {
    String name = documentFile.getFileName().toString();
    Path full = documentFile.resolveSibling(name + ".meta.json");
    if (Files.exists(full)) {
      return full;
    }
    int dot = name.lastIndexOf('.');
    return documentFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".meta.json");
  }

  /**
   * The overrides in the document's sidecar (empty when there is none).
   *
   * @throws IllegalArgumentException naming the sidecar file (and the field) when it is malformed
   * @throws IOException when it cannot be read
   */
  public static Map<String, Object> read(Path documentFile) throws IOException {
    Path sidecar = sidecarOf(documentFile);
    if (!Files.isRegularFile(sidecar)) {
      return Map.of();
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readString(sidecar));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(sidecar + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(sidecar + ": must hold a JSON object of field -> value");
    }
    List<String> known = DocumentMetadata.fieldNames();
    Map<String, Object> out = new LinkedHashMap<>();
    var it = root.fields();
    while (it.hasNext()) {
      var e = it.next();
      String field = e.getKey();
      JsonNode v = e.getValue();
      if (!known.contains(field)) {
        throw new IllegalArgumentException(sidecar + ": unknown field \"" + field + "\" (known: " + known + ")");
      }
      if (LIST_FIELDS.contains(field)) {
        if (!(v.isArray() || v.isNull())) {
          throw new IllegalArgumentException(sidecar + ": field \"" + field + "\" must be a list of strings");
        }
        List<String> list = new ArrayList<>();
        for (JsonNode item : v) {
          if (!item.isTextual()) {
            throw new IllegalArgumentException(sidecar + ": field \"" + field + "\" must be a list of strings");
          }
          list.add(item.asText());
        }
        out.put(field, v.isNull() ? List.of() : list);
      } else {
        if (!(v.isTextual() || v.isNull())) {
          throw new IllegalArgumentException(sidecar + ": field \"" + field + "\" must be a string or null");
        }
        if (field.equals("date") && v.isTextual() && !v.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
          throw new IllegalArgumentException(sidecar + ": field \"date\" must be an ISO date yyyy-mm-dd");
        }
        out.put(field, v.isNull() ? null : v.asText());
      }
    }
    return out;
  }

  /**
   * Metadata with the sidecar's overrides applied (provenance "sidecar"); when the province is set and
   * provinceCurrent is not, provinceCurrent follows it (also marked "sidecar").
   */
  public static DocumentMetadata apply(DocumentMetadata extracted, Map<String, Object> overrides) {
    return apply(extracted, overrides, DocumentMetadata.SIDECAR);
  }

  /** As {@link #apply(DocumentMetadata, Map)}, recording {@code source} (sidecar, edited) as provenance. */
  public static DocumentMetadata apply(DocumentMetadata extracted, Map<String, Object> overrides,
      String source) {
    if (overrides == null || overrides.isEmpty()) {
      return extracted;
    }
    Map<String, Object> all = new LinkedHashMap<>(overrides);
    if (all.containsKey("province") && !all.containsKey("provinceCurrent")) {
      Object p = all.get("province");
      all.put("provinceCurrent", p == null ? null : Provinces.load().currentOf(p.toString()));
    }
    return extracted.withOverrides(all, source);
  }
}
