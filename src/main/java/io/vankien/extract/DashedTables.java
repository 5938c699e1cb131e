package io.vankien.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Pandoc's Markdown tables drawn with dashes, flattened to one line per cell line: a multiline table (rows
 * apart by blank lines, between two dashed lines) has each row's cells written left cell first, its
 * lines in order, as a header or signature table reads ("Nơi nhận:" and its items, then "T/M BAN THƯỜNG
 * VỤ", "BÍ THƯ", the name); a simple table (no blank line inside) one row at a time. Columns are where the
 * dashed line's runs start, as pandoc aligns them:
 *
 * <pre>
 *   ----------------------------------- -----------------------------------
 *   ***Nơi nhận:***\                    **T/M BAN THƯỜNG VỤ**\
 *   - Như trên,\                        **BÍ THƯ**\
 *
 *   ----------------------------------- -----------------------------------
 * </pre>
 *
 * A cell line's trailing backslash (a line break in the Word cell) ends that line; the markup inside cells
 * is left for the passes after this one.
 */
final class DashedTables {
  private DashedTables() {}

  /** A line of two or more dash runs: the columns of a table. */
  private static final Pattern COLUMNS = Pattern.compile("^[ \\t]*+-{3,}+(?:[ \\t]++-{3,}+)++[ \\t]*+$");
  /** One run of dashes alone: the top or bottom border of a multiline table with a header. */
  private static final Pattern BORDER = Pattern.compile("^[ \\t]*+-{3,}+[ \\t]*+$");
  private static final int MAX_ROWS = 400;

  /** True when the text may hold such a table (a cheap test before {@link #flatten}). */
  static boolean mayHold(String t) {
    return t.contains("--- -") || t.contains("-- --");
  }

  /** The text with every dashed table flattened; other lines as they are. */
  static String flatten(String t) {
    String[] lines = t.split("\n", -1);
    List<String> out = new ArrayList<>(lines.length);
    int i = 0;
    while (i < lines.length) {
      if (!COLUMNS.matcher(lines[i]).matches()) {
        out.add(lines[i]);
        i++;
        continue;
      }
      int[] starts = runStarts(lines[i]);
      boolean bordered = !out.isEmpty() && BORDER.matcher(out.get(out.size() - 1)).matches();
      List<String> headerRows = new ArrayList<>();
      if (bordered) {
        out.remove(out.size() - 1); // the top border of a table with a header
      } else {
        // a simple table's header lines sit right above the dashed line
        while (!out.isEmpty() && !out.get(out.size() - 1).isBlank() && headerRows.size() < 3) {
          headerRows.add(0, out.remove(out.size() - 1));
        }
      }
      int end = closingLine(lines, i + 1);
      boolean multiline = end > 0;
      List<String> rows = new ArrayList<>();
      int stop = multiline ? end : firstBlank(lines, i + 1);
      for (int k = i + 1; k < stop; k++) {
        rows.add(lines[k]);
      }
      emit(headerRows, starts, false, out);
      emit(rows, starts, multiline, out);
      out.add("");
      i = multiline ? end + 1 : stop;
    }
    return String.join("\n", out);
  }

  /** Where each dash run of a columns line starts. */
  private static int[] runStarts(String columns) {
    List<Integer> starts = new ArrayList<>();
    for (int k = 0; k < columns.length(); k++) {
      if (columns.charAt(k) == '-' && (k == 0 || columns.charAt(k - 1) != '-')) {
        starts.add(k);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The dashed line closing a multiline table (after a blank line), or -1 when a blank line pair or the end comes first. */
  private static int closingLine(String[] lines, int from) {
    boolean blankSeen = false;
    for (int k = from; k < lines.length && k < from + MAX_ROWS; k++) {
      if (COLUMNS.matcher(lines[k]).matches() || BORDER.matcher(lines[k]).matches()) {
        return blankSeen ? k : -1;
      }
      if (lines[k].isBlank()) {
        if (blankSeen && k > from && lines[k - 1].isBlank()) {
          return -1;
        }
        blankSeen = true;
      }
    }
    return -1;
  }

  private static int firstBlank(String[] lines, int from) {
    int k = from;
    while (k < lines.length && !lines[k].isBlank() && !COLUMNS.matcher(lines[k]).matches()) {
      k++;
    }
    if (k < lines.length && COLUMNS.matcher(lines[k]).matches()) {
      k++; // a headerless simple table's closing dashed line
    }
    return k;
  }

  /**
   * Writes rows: for a multiline table each group of lines between blank lines is one row, written cell
   * by cell; for a simple table each line is a row.
   */
  private static void emit(List<String> rows, int[] starts, boolean multiline, List<String> out) {
    List<String> group = new ArrayList<>();
    for (String row : rows) {
      if (COLUMNS.matcher(row).matches()) {
        continue;
      }
      if (row.isBlank() || !multiline) {
        if (!row.isBlank()) {
          group.add(row);
        }
        writeRow(group, starts, out);
        group.clear();
        continue;
      }
      group.add(row);
    }
    writeRow(group, starts, out);
  }

  private static void writeRow(List<String> group, int[] starts, List<String> out) {
    if (group.isEmpty()) {
      return;
    }
    for (int c = 0; c < starts.length; c++) {
      List<String> cell = new ArrayList<>();
      for (String line : group) {
        cell.add(cellOf(line, starts, c));
      }
      // as pandoc reads a cell: a line goes on on the next unless it ends with a break or a list item follows
      String pending = null;
      for (String l : cell) {
        if (l.isEmpty()) {
          continue;
        }
        if (pending == null) {
          pending = l;
        } else if (pending.endsWith("\\") || LIST_ITEM.matcher(l).find()) {
          out.add(withoutBreak(pending));
          pending = l;
        } else {
          pending = pending + " " + l;
        }
      }
      if (pending != null) {
        out.add(withoutBreak(pending));
        out.add("");
      }
    }
  }

  private static final Pattern LIST_ITEM = Pattern.compile("^[-+*•]\\s");

  private static String withoutBreak(String line) {
    return line.endsWith("\\") ? line.substring(0, line.length() - 1).strip() : line;
  }

  /** The text of column {@code c} on a line: from its run's start to the next run's start. */
  private static String cellOf(String line, int[] starts, int c) {
    int from = Math.min(line.length(), c == 0 ? 0 : starts[c]);
    int to = c + 1 < starts.length ? Math.min(line.length(), starts[c + 1]) : line.length();
    return from < to ? line.substring(from, to).strip() : "";
  }
}
