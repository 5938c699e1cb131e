package io.vankien.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One judged query: graded relevance (2 highly relevant, 1 partially) of documents named by the file they
 * were ingested from; unlisted documents are 0.
 */
public record JudgedQuery(String id, String query, String kind, Map<String, Integer> judgments) {

  public static List<JudgedQuery> load(Path jsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JudgedQuery> out = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode n;
      try {
        n = json.readTree(line);
      } catch (IOException e) {
        throw new IOException(jsonl + " line " + lineNo + ": not JSON: " + e.getMessage(), e);
      }
      Map<String, Integer> j = new LinkedHashMap<>();
      n.path("judgments").fields().forEachRemaining(e -> j.put(e.getKey(), e.getValue().asInt()));
      if (!n.hasNonNull("query") || j.isEmpty()) {
        throw new IOException(jsonl + " line " + lineNo + ": needs \"query\" and non-empty \"judgments\"");
      }
      out.add(new JudgedQuery(n.path("id").asText("line" + lineNo), n.get("query").asText(),
          n.path("kind").asText("topic"), j));
    }
    return out;
  }

  public JudgedQuery withQuery(String q) {
    return new JudgedQuery(id, q, kind, judgments);
  }
}
