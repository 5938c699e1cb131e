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
 * The rows of a vocabulary file beside this package's classes: one row a line, columns separated by one
 * TAB, the first column the row's kind; blank lines and lines starting with '#' skipped.
 */
final class TsvRows {
  private TsvRows() {}

  /**
   * Every row of the resource, each checked to have as many columns as {@code columns} gives for its kind.
   *
   * @throws IllegalStateException naming the line when the resource is missing or a row has the wrong width
   */
  static List<String[]> read(String resource, ToIntFunction<String> columns) {
    try (InputStream in = TsvRows.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource io/vankien/meta/" + resource);
      }
      List<String[]> rows = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.strip().split("\t");
        int want = columns.applyAsInt(cols[0]);
        if (cols.length != want) {
          throw new IllegalStateException(resource + " line " + lineNo + ": expected " + want
              + " tab-separated columns, found " + cols.length + ": " + line);
        }
        rows.add(cols);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read io/vankien/meta/" + resource, e);
    }
  }
}
