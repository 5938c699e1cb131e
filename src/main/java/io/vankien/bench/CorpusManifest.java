package io.vankien.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.vankien.search.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The {@code manifest.jsonl} of a benchmark corpus folder (written by {@code bench-corpus}): one entry per
 * generated document, in generation order, with the metadata the query mix draws on.
 */
public final class CorpusManifest {
  /** File name of the manifest inside a corpus folder. */
  public static final String FILE = "manifest.jsonl";

  /** One document of the corpus; fields the harness does not use are ignored. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Entry(String file, String type, String number, String date, String province, String title,
      long bytes) {}

  private final Path dir;
  private final List<Entry> entries;

  private CorpusManifest(Path dir, List<Entry> entries) {
    this.dir = dir;
    this.entries = List.copyOf(entries);
  }

  /** Reads {@code DIR/manifest.jsonl}; fails naming the line when one is not a JSON object. */
  public static CorpusManifest read(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new IOException("no " + FILE + " in " + dir.toAbsolutePath()
          + " (make a corpus with ./vankien bench-corpus --docs N --out DIR)");
    }
    List<Entry> entries = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          entries.add(Json.MAPPER.readValue(line, Entry.class));
        } catch (IOException e) {
          throw new IOException(file + " line " + n + ": " + e.getMessage(), e);
        }
      }
    }
    return new CorpusManifest(dir, entries);
  }

  public static CorpusManifest of(Path dir, List<Entry> entries) {
    return new CorpusManifest(dir, entries);
  }

  public List<Entry> entries() {
    return entries;
  }

  public Path path(Entry e) {
    return dir.resolve(e.file());
  }

  /**
   * What the ingesters are given, sorted: the sub-folders that hold the documents, or a document itself
   * when it lies directly in the corpus folder; so the manifest is never ingested as a document.
   */
  public List<Path> ingestPaths() {
    TreeSet<Path> paths = new TreeSet<>();
    Path top = dir.toAbsolutePath().normalize();
    for (Entry e : entries) {
      Path f = path(e).toAbsolutePath().normalize();
      paths.add(f.getParent().equals(top) ? f : f.getParent());
    }
    return List.copyOf(paths);
  }
}
