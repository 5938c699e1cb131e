package io.vankien.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vankien.testing.SharedCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The judged metadata of the project's sets (eval/*-expected.jsonl) and of the real seeds, for key tests. */
final class JudgedRecords {
  private JudgedRecords() {}

  /** One judged record: the fields the facet keys read. */
  record Judged(String set, String file, String issuer, String province, String level, String term, LocalDate date) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every record of eval/*-expected.jsonl (samples, held-out sets, laws). */
  static List<Judged> project() {
    List<Judged> out = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("eval"), "*-expected.jsonl")) {
      for (Path f : files) {
        out.addAll(read(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The seeds' judged records; skips the calling test when ../shared is absent. */
  static List<Judged> seeds() {
    return read(SharedCorpus.seedsExpected());
  }

  private static List<Judged> read(Path f) {
    List<Judged> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(line);
        String date = text(n, "date");
        out.add(new Judged(f.getFileName().toString(), text(n, "file"), text(n, "issuer"), text(n, "province"),
            text(n, "level"), text(n, "term"), date == null ? null : LocalDate.parse(date)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
