package io.vankien.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of a {@code _bulk} request (NDJSON: an action line, and for an index action the document's line) and
 * the reading of its answer, item by item. The document id is vankien's id, so writing it again replaces it.
 */
final class Bulk {
  private Bulk() {}

  /** One action: index {@code source} under {@code id}, or (source null) delete {@code id}. */
  record Action(String id, String source) {
    static Action index(String id, ObjectNode source) throws IOException {
      return new Action(id, ClusterDocuments.JSON.writeValueAsString(source));
    }

    static Action delete(String id) {
      return new Action(id, null);
    }

    boolean isDelete() {
      return source == null;
    }

    /** Its lines in the body, with their final newlines. */
    String lines(String index) throws IOException {
      ObjectNode meta = ClusterDocuments.JSON.createObjectNode();
      meta.putObject(isDelete() ? "delete" : "index").put("_index", index).put("_id", id);
      String head = ClusterDocuments.JSON.writeValueAsString(meta) + "\n";
      return isDelete() ? head : head + source + "\n";
    }

    /** About how many characters it adds to a body. */
    long size() {
      return id.length() + 64 + (source == null ? 0 : source.length());
    }
  }

  static String body(String index, List<Action> actions) throws IOException {
    StringBuilder b = new StringBuilder();
    for (Action a : actions) {
      b.append(a.lines(index));
    }
    return b.toString();
  }

  /** What became of one action: its status and, when it failed, why. */
  record Item(String id, int status, String error) {
    /** Done: written, or deleted, or (a delete) there was nothing to delete. */
    boolean done(Action action) {
      return status >= 200 && status < 300 || action.isDelete() && status == 404;
    }
  }

  /** The items of a {@code _bulk} answer, in the order of its actions. */
  static List<Item> items(String answer, int expected) throws IOException {
    JsonNode root = ClusterDocuments.JSON.readTree(answer);
    JsonNode items = root.path("items");
    if (!items.isArray() || items.size() != expected) {
      throw new IOException("unexpected _bulk answer (" + expected + " actions sent): " + abbreviate(answer));
    }
    List<Item> out = new ArrayList<>(expected);
    for (JsonNode item : items) {
      JsonNode result = item.elements().next(); // {"index": {...}} or {"delete": {...}}
      JsonNode error = result.get("error");
      String reason = null;
      if (error != null) {
        reason = error.isObject() ? error.path("type").asText() + ": " + error.path("reason").asText() : error.asText();
      }
      out.add(new Item(result.path("_id").asText(), result.path("status").asInt(), reason));
    }
    return out;
  }

  static String abbreviate(String s) {
    return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
