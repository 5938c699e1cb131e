package io.vankien.cli;

import io.vankien.index.IngestReport;
import io.vankien.search.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes an ingest report as JSON under {@code <data>/reports/}. */
final class ReportWriter {
  private ReportWriter() {}

  static Path write(Path dataDir, IngestReport r) throws IOException {
    Path dir = Files.createDirectories(dataDir.resolve("reports"));
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
    Path file = dir.resolve("ingest-" + stamp + ".json");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ingested", r.ingested());
    m.put("replaced", r.replaced());
    m.put("sourceAdded", r.sourceAdded());
    m.put("unchanged", r.unchanged());
    m.put("failed", r.failed());
    m.put("bytes", r.bytes());
    m.put("seconds", r.seconds());
    m.put("failures", r.failures());
    Files.writeString(file, Json.pretty(m), StandardCharsets.UTF_8);
    return file;
  }
}
