package io.vankien.meta.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vankien.meta.DocumentMetadata;
import io.vankien.meta.MetadataExtractor;
import io.vankien.extract.TextCleaner;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares extraction with judged metadata: a folder of documents and a .jsonl file of expected values
 * (one object per document: "file" and the fields judged). A field is compared when the expected line
 * has it; an expected null means the extractor must return null; lists are compared as sets. Keys that
 * are not metadata fields ("file", "note") are ignored.
 */
public final class ExtractionEvaluation {

  /** One field's score. */
  public record FieldScore(String field, int correct, int total) {
    public double percent() {
      return total == 0 ? 0 : 100.0 * correct / total;
    }
  }

  /** One wrong value. */
  public record Mismatch(String file, String field, Object expected, Object got) {}

  /**
   * The scores of one evaluation, fields in the order first met; {@code unread} names the copies that
   * yielded no text (each scored as an empty document), with the reason.
   */
  public record Result(String name, int documents, List<FieldScore> fields, List<Mismatch> mismatches,
      List<String> unread) {
    public FieldScore field(String f) {
      return fields.stream().filter(s -> s.field().equals(f)).findFirst().orElse(null);
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final MetadataExtractor extractor = new MetadataExtractor();

  /**
   * Runs the evaluation on the judged documents of a folder.
   *
   * @throws IOException when a file cannot be read
   * @throws IllegalArgumentException naming the file and line when the expected file is malformed or
   *     names a document that is missing
   */
  public Result evaluate(String name, Path documents, Path expected) throws IOException {
    return evaluate(name, DocumentSource.originals(documents), expected);
  }

  /**
   * Runs the evaluation on copies of the judged documents (converted copies, for instance: the same
   * judged lines, another file of the same name).
   *
   * @throws IOException when a file cannot be read
   * @throws IllegalArgumentException naming the file and line when the expected file is malformed or
   *     names a document that has no copy
   */
  public Result evaluate(String name, DocumentSource documents, Path expected) throws IOException {
    List<String> fieldNames = DocumentMetadata.fieldNames();
    Map<String, int[]> counts = new LinkedHashMap<>();
    List<Mismatch> mismatches = new ArrayList<>();
    List<String> unread = new ArrayList<>();
    int docs = 0;
    int lineNo = 0;
    for (String line : Files.readAllLines(expected, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode exp;
      try {
        exp = MAPPER.readTree(line);
      } catch (IOException e) {
        throw new IllegalArgumentException(expected + " line " + lineNo + ": not JSON: " + e.getMessage(), e);
      }
      if (!exp.path("file").isTextual()) {
        throw new IllegalArgumentException(expected + " line " + lineNo + ": no \"file\"");
      }
      String raw;
      try {
        raw = documents.text(exp.path("file").asText());
      } catch (DocumentSource.MissingCopy e) {
        throw new IllegalArgumentException(expected + " line " + lineNo + ": " + e.getMessage(), e);
      } catch (DocumentSource.UnreadableCopy e) {
        unread.add(e.getMessage());
        raw = "";
      }
      docs++;
      Map<String, Object> got = extractor.extract(TextCleaner.clean(raw)).toMap();
      var it = exp.fieldNames();
      while (it.hasNext()) {
        String field = it.next();
        if (!fieldNames.contains(field)) {
          continue;
        }
        Object want = MAPPER.convertValue(exp.get(field), Object.class);
        Object have = got.get(field);
        int[] c = counts.computeIfAbsent(field, f -> new int[2]);
        c[1]++;
        if (same(want, have)) {
          c[0]++;
        } else {
          mismatches.add(new Mismatch(exp.path("file").asText(), field, want, have));
        }
      }
    }
    List<FieldScore> scores = new ArrayList<>();
    counts.forEach((f, c) -> scores.add(new FieldScore(f, c[0], c[1])));
    return new Result(name, docs, scores, mismatches, List.copyOf(unread));
  }

  static boolean same(Object want, Object have) {
    if (want instanceof List<?> w) {
      List<?> h = have instanceof List<?> l ? l : List.of();
      return new HashSet<>(w).equals(new HashSet<>(h));
    }
    if (want == null && have instanceof List<?> l) {
      return l.isEmpty();
    }
    return Objects.equals(want, have);
  }

  /** Prints the table (and every mismatch when verbose). */
  public static void print(Result r, boolean verbose, PrintStream out) {
    out.printf("%s: %d documents%n", r.name(), r.documents());
    out.printf("  %-18s %9s %8s%n", "field", "correct", "%");
    for (FieldScore s : r.fields()) {
      out.printf("  %-18s %4d/%-4d %7.1f%%%n", s.field(), s.correct(), s.total(), s.percent());
    }
    if (verbose) {
      for (Mismatch m : r.mismatches()) {
        out.printf("  MISMATCH %s %s: expected %s, got %s%n", m.file(), m.field(), m.expected(), m.got());
      }
    } else if (!r.mismatches().isEmpty()) {
      out.printf("  %d mismatches (--verbose lists them)%n", r.mismatches().size());
    }
    for (String u : r.unread()) {
      out.printf("  UNREAD %s%n", u);
    }
  }
}
