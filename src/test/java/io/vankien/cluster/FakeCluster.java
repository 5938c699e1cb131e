package io.vankien.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A test stand-in for the few OpenSearch REST calls ingest makes (GET mapping, PUT index, _bulk, _refresh), on
 * loopback: it keeps the documents by id, refuses a field the index's mapping does not have (dynamic: strict),
 * and can be told to answer the next requests with a status (503, 429) or to answer an item 429 once.
 */
final class FakeCluster implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  final Map<String, JsonNode> documents = Collections.synchronizedMap(new LinkedHashMap<>());
  final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
  final Deque<Integer> nextStatuses = new ArrayDeque<>();
  final Set<String> busyOnce = Collections.synchronizedSet(new HashSet<>());
  volatile ObjectNode createBody; // null: no index
  int bulkItems;

  FakeCluster() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  ClusterTarget target(String index) {
    return new ClusterTarget(url(), index, null, null);
  }

  private synchronized void handle(HttpExchange x) throws IOException {
    String method = x.getRequestMethod();
    String path = x.getRequestURI().getPath();
    requests.add(method + " " + path);
    authorizations.add(x.getRequestHeaders().getFirst("Authorization"));
    String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (!nextStatuses.isEmpty()) {
      answer(x, nextStatuses.poll(), "{\"error\":\"forced\"}");
      return;
    }
    if (method.equals("GET") && path.endsWith("/_mapping")) {
      String index = path.substring(1, path.indexOf('/', 1));
      if (createBody == null) {
        answer(x, 404, "{\"error\":{\"type\":\"index_not_found_exception\"},\"status\":404}");
      } else {
        ObjectNode r = JSON.createObjectNode();
        r.putObject(index).set("mappings", createBody.get("mappings"));
        answer(x, 200, JSON.writeValueAsString(r));
      }
    } else if (method.equals("PUT") && path.lastIndexOf('/') == 0) {
      createBody = (ObjectNode) JSON.readTree(body);
      answer(x, 200, "{\"acknowledged\":true}");
    } else if (method.equals("POST") && path.equals("/_bulk")) {
      answer(x, 200, bulk(body));
    } else if (method.equals("POST") && path.endsWith("/_refresh")) {
      answer(x, 200, "{}");
    } else {
      answer(x, 400, "{\"error\":\"unexpected " + method + " " + path + "\"}");
    }
  }

  private String bulk(String body) throws IOException {
    if (!body.endsWith("\n")) {
      return "{\"error\":\"the bulk request must be terminated by a newline\"}";
    }
    ObjectNode r = JSON.createObjectNode();
    ArrayNode items = r.putArray("items");
    boolean errors = false;
    Iterator<String> lines = body.lines().iterator();
    while (lines.hasNext()) {
      JsonNode action = JSON.readTree(lines.next());
      String op = action.fieldNames().next();
      String id = action.get(op).get("_id").asText();
      ObjectNode item = items.addObject().putObject(op);
      item.put("_id", id);
      bulkItems++;
      if (op.equals("index")) {
        JsonNode source = JSON.readTree(lines.next());
        String unknown = unknownField(source);
        if (busyOnce.remove(id)) {
          item.put("status", 429).putObject("error").put("type", "es_rejected_execution_exception").put("reason", "busy");
          errors = true;
        } else if (unknown != null) {
          item.put("status", 400).putObject("error").put("type", "strict_dynamic_mapping_exception")
              .put("reason", "mapping set to strict, dynamic introduction of [" + unknown + "] is not allowed");
          errors = true;
        } else {
          item.put("status", documents.put(id, source) == null ? 201 : 200);
        }
      } else {
        item.put("status", documents.remove(id) == null ? 404 : 200);
      }
    }
    r.put("errors", errors);
    return JSON.writeValueAsString(r);
  }

  private String unknownField(JsonNode source) {
    JsonNode properties = createBody.path("mappings").path("properties");
    for (Iterator<String> it = source.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!properties.has(f)) {
        return f;
      }
    }
    return null;
  }

  private static void answer(HttpExchange x, int status, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", "application/json");
    x.sendResponseHeaders(status, b.length);
    x.getResponseBody().write(b);
    x.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  static Map<String, Integer> count(List<String> requests) {
    Map<String, Integer> m = new HashMap<>();
    synchronized (requests) {
      requests.forEach(r -> m.merge(r, 1, Integer::sum));
    }
    return m;
  }
}
