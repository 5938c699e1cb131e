package io.vankien.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Rows as CSV the way the search export writes them: UTF-8 with a BOM (Excel reads Vietnamese), quoted cells. */
final class CsvTable {
  private CsvTable() {}

  static void write(Writer out, List<String> header, List<List<Object>> rows) throws IOException {
    out.write('\uFEFF');
    line(out, List.copyOf(header));
    for (List<Object> r : rows) {
      line(out, r);
    }
    out.flush();
  }

  private static void line(Writer out, List<?> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      Object v = cells.get(i);
      String s = v == null ? "" : v.toString();
      if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+")) {
        s = "'" + s; // no formula in a spreadsheet
      }
      out.write('"');
      out.write(s.replace("\"", "\"\""));
      out.write('"');
    }
    out.write("\r\n");
  }
}
