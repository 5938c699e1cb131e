package io.vankien.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vankien.search.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleReportTest {
  @TempDir Path tmp;

  @Test
  void tableAndJsonCarryEveryFigureAndItsRatio() throws Exception {
    ScaleReport r = new ScaleReport();
    r.fact("machine", "2 cores");
    r.add("ingest", "MB/s", 1.0, "plain Lucene", 4.0, "target >= 0.35x");
    r.add("one file", "upload s", 0.5, null, null, "target < 1 s");
    r.phase(new ScaleReport.Phase("ingest", "1.00 1.00 1.00", "2.00 1.00 1.00", 12.5));
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    r.printMarkdown(new PrintStream(buf, true, StandardCharsets.UTF_8));
    String md = buf.toString(StandardCharsets.UTF_8);
    assertTrue(md.contains("| ingest | MB/s | 1 | plain Lucene | 4 | 0.25x | target >= 0.35x |"), md);
    assertTrue(md.contains("| one file | upload s | 0.50 |  |  |  | target < 1 s |"), md);
    assertTrue(md.contains("| ingest | 12.5 | 1.00 1.00 1.00 | 2.00 1.00 1.00 |"), md);
    assertNull(r.figures().get(1).ratio());

    Path json = tmp.resolve("out/scale.json");
    r.writeJson(json);
    JsonNode n = Json.MAPPER.readTree(json.toFile());
    assertEquals(0.25, n.get("figures").get(0).get("ratio").asDouble());
    assertEquals("2 cores", n.get("facts").get("machine").asText());
  }

  @Test
  void numbersAreRoundedByMagnitude() {
    assertEquals("1,234", ScaleReport.number(1234.4));
    assertEquals("12.3", ScaleReport.number(12.34));
    assertEquals("0.12", ScaleReport.number(0.1234));
    assertEquals("0", ScaleReport.number(0.0));
    assertEquals("", ScaleReport.number(null));
  }
}
