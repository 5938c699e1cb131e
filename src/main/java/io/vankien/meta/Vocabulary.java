package io.vankien.meta;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A word list the readers use, kept as data beside this class ({@code src/main/resources/io/vankien/meta}):
 * one entry a line, columns apart by a tab, "#" starting a comment line, blank lines ignored. The order of
 * the lines is kept (where the order matters, the file says so).
 */
final class Vocabulary {
  private Vocabulary() {}

  /** The entries of a resource, each as its columns. */
  static List<String[]> rows(String resource) {
    try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing vocabulary resource io/vankien/meta/" + resource);
      }
      List<String[]> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip().split("\t"));
        }
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
