package io.vankien.observe;

import io.vankien.search.Json;
import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Structured log lines: one JSON object per line, {@code time} and {@code event} first, on stderr (the
 * journal, under systemd). Written directly with the JSON mapper the project already has: the SLF4J binding on
 * the class path (slf4j-simple) prefixes every line with its thread and logger, which a JSON reader cannot take.
 */
public final class JsonLog {
  private final Supplier<PrintStream> out;

  public JsonLog(Supplier<PrintStream> out) {
    this.out = out;
  }

  /** Lines on the process's stderr as it is when each is written. */
  public static JsonLog stderr() {
    return new JsonLog(() -> System.err);
  }

  /** Writes one line: {@code {"time": ..., "event": event, ...fields}} (fields in their order; nulls left out). */
  public void write(String event, Map<String, ?> fields) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("time", Instant.now().toString());
    line.put("event", event);
    fields.forEach((k, v) -> {
      if (v != null) {
        line.put(k, v);
      }
    });
    String text;
    try {
      text = Json.MAPPER.writeValueAsString(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      text = "{\"event\":\"" + event + "\",\"logError\":\"unserializable fields\"}";
    }
    PrintStream s = out.get();
    s.println(text); // println is synchronized: lines from several threads do not interleave
    s.flush();
  }
}
