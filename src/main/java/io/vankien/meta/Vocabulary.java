package io.vankien.meta;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A word list the readers use, kept as data beside this class ({@code src/main/resources/io/vankien/meta}):
 * one entry a line, columns apart by a tab, "#" starting a comment line, blank lines ignored. The order of
 * the lines is kept (where the order matters, the file says so).
 */
final class Vocabulary {
  private Vocabulary() {}

  /** The entries of a resource, each as its columns (any number of them). */
  static List<String[]> rows(String resource) {
    return rows(resource, kind -> -1);
  }

  /**
   * The entries of a resource, each checked to have as many columns as {@code columns} gives for its first
   * column (its kind); a negative count accepts any.
   *
   * @throws IllegalStateException naming the line when the resource is missing or an entry has the wrong width
   */
  static List<String[]> rows(String resource, ToIntFunction<String> columns) {
    try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing vocabulary resource io/vankien/meta/" + resource);
      }
      List<String[]> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.strip().split("\t");
        int want = columns.applyAsInt(cols[0]);
        if (want >= 0 && cols.length != want) {
          throw new IllegalStateException(resource + " line " + lineNo + ": expected " + want
              + " tab-separated columns, found " + cols.length + ": " + line);
        }
        out.add(cols);
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read vocabulary io/vankien/meta/" + resource, e);
    }
  }

  /** The first column of each entry. */
  static List<String> words(String resource) {
    return rows(resource).stream().map(r -> r[0]).toList();
  }
}
