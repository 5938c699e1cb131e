package io.vankien.meta.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One judged document set of the manifest ({@code eval/sets.json}): a folder of documents and the
 * .jsonl file of their judged metadata.
 *
 * @param name the set's name, as printed and as {@code --only} selects it
 * @param documents the folder of documents
 * @param expected the judged metadata, one JSON object per document
 * @param shared whether the set lives in {@code ../shared} (the real corpus, absent from some clones)
 * @param count how many documents the judged file names
 * @param floors the lowest accepted percentage of the fields that are not at 100% as written
 */
public record JudgedSet(String name, Path documents, Path expected, boolean shared, int count,
    Map<String, Double> floors) {

  public JudgedSet {
    floors = floors == null ? Map.of() : Map.copyOf(floors);
  }

  /** The as-written floor of a field: its entry in {@code floors}, else 100%. */
  public double floor(String field) {
    return floors.getOrDefault(field, 100.0);
  }

  /**
   * The judged documents' file names, in the judged file's order.
   *
   * @throws IllegalArgumentException naming the line when a line is not JSON or has no "file"
   */
  public List<String> judgedFiles() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<String> files = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(expected, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      var file = mapper.readTree(line).path("file");
      if (!file.isTextual()) {
        throw new IllegalArgumentException(expected + " line " + lineNo + ": no \"file\"");
      }
      files.add(file.asText());
    }
    return files;
  }

  /** The set's name (as tests name their cases). */
  @Override
  public String toString() {
    return name;
  }

  /** Whether both the folder and the judged file are present. */
  public boolean present() {
    return absence() == null;
  }

  /** Why the set cannot run here ("no folder ../shared/corpus/seeds"), or null when it can. */
  public String absence() {
    if (!Files.isDirectory(documents)) {
      return "no folder " + documents + (shared ? " (../shared is not beside the project)" : "");
    }
    if (!Files.isRegularFile(expected)) {
      return "no judged file " + expected;
    }
    return null;
  }
}
