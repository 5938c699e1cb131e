package io.vankien.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vankien.search.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command-line ingest off a terminal writes one JSON line per file on stderr. */
class IngestLogTest {
  @TempDir Path tmp;

  @Test
  void everyFileGetsOneJsonLineWithItsOutcome() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("nq-07.txt"), "VĂN BẢN MẪU\nTỈNH ỦY HÀ NAM\nSố 07-NQ/TU\nNGHỊ QUYẾT\nvề chuyển đổi số",
        StandardCharsets.UTF_8);
    Files.write(in.resolve("rong.txt"), new byte[0]); // empty: fails
    PrintStream oldErr = System.err;
    PrintStream oldOut = System.out;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      code = Main.run("ingest", "--index", tmp.resolve("data").toString(), in.toString());
    } finally {
      System.setErr(oldErr);
      System.setOut(oldOut);
    }
    assertEquals(1, code, "one file failed");
    List<JsonNode> lines = new ArrayList<>();
    for (String l : err.toString(StandardCharsets.UTF_8).split("\n")) {
      if (l.startsWith("{")) {
        JsonNode n = Json.MAPPER.readTree(l);
        if ("ingest".equals(n.path("event").asText())) {
          lines.add(n);
        }
      }
    }
    assertEquals(2, lines.size(), err.toString(StandardCharsets.UTF_8));
    JsonNode ok = lines.stream().filter(n -> n.get("file").asText().endsWith("nq-07.txt")).findFirst().orElseThrow();
    assertEquals("ingested", ok.get("outcome").asText());
    assertTrue(ok.get("reason") == null, ok.toString());
    JsonNode failed = lines.stream().filter(n -> n.get("file").asText().endsWith("rong.txt")).findFirst().orElseThrow();
    assertEquals("failed", failed.get("outcome").asText());
    assertTrue(failed.get("reason").asText().contains("empty"), failed.toString());
    assertTrue(failed.get("time").asText().endsWith("Z"));
  }
}
