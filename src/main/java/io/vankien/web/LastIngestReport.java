package io.vankien.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.vankien.search.Json;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The newest report a command-line ingest left in {@code <data>/reports/} (ingest-yyyyMMdd-HHmmss-SSS.json). */
record LastIngestReport(Map<String, Long> counts, long epochSeconds) {
  private static final List<String> OUTCOMES = List.of("ingested", "replaced", "sourceAdded", "unchanged", "failed");

  static Optional<LastIngestReport> read(Path dataDir) {
    Path newest = null;
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dataDir.resolve("reports"), "ingest-*.json")) {
      for (Path p : s) {
        if (newest == null || p.getFileName().toString().compareTo(newest.getFileName().toString()) > 0) {
          newest = p;
        }
      }
      if (newest == null) {
        return Optional.empty();
      }
      JsonNode r = Json.MAPPER.readTree(newest.toFile());
      Map<String, Long> counts = new LinkedHashMap<>();
      for (String o : OUTCOMES) {
        counts.put(o, r.path(o).asLong());
      }
      return Optional.of(new LastIngestReport(counts, Files.getLastModifiedTime(newest).toInstant().getEpochSecond()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // no reports folder yet, or a report being written
    }
  }
}
