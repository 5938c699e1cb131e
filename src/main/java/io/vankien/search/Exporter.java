package io.vankien.search;

import io.vankien.index.ArchivedDocument;
import io.vankien.meta.DocumentMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents as export rows: JSON lines or CSV (UTF-8 with BOM so Excel and LibreOffice read Vietnamese
 * correctly). Columns: id, source, sources, every metadata field, and the provenance of each field.
 */
public final class Exporter {
  /** Export formats. */
  public enum Format {
    JSONL, CSV, JSON;

    public static Format parse(String s) {
      try {
        return valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new BadRequestException("format", "must be jsonl, json or csv, got '" + s + "'");
      }
    }
  }

  private final Format format;
  private final Writer out;
  private int rows;

  public Exporter(Format format, Writer out) {
    this.format = format;
    this.out = out;
  }

  public static Map<String, Object> row(ArchivedDocument d) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", d.id());
    row.put("source", d.sourceName());
    row.put("sources", d.sources().stream().map(ArchivedDocument.Source::name).toList());
    row.putAll(d.meta().toMap());
    row.put("mediaType", d.mediaType());
    row.put("extraction", d.extraction());
    return row;
  }

  public void begin() throws IOException {
    if (format == Format.CSV) {
      out.write('\uFEFF');
      List<String> header = new ArrayList<>(List.of("id", "source", "sources"));
      for (String f : DocumentMetadata.fieldNames()) {
        header.add(f);
      }
      for (String f : DocumentMetadata.fieldNames()) {
        header.add(f + "Source");
      }
      header.add("mediaType");
      header.add("extraction");
      writeCsvLine(header);
    } else if (format == Format.JSON) {
      out.write("[\n");
    }
  }

  public void accept(ArchivedDocument d) {
    try {
      Map<String, Object> row = row(d);
      switch (format) {
        case JSONL -> out.write(Json.write(row) + "\n");
        case JSON -> out.write((rows > 0 ? ",\n" : "") + Json.write(row));
        case CSV -> {
          List<String> cells = new ArrayList<>(List.of(d.id(), nz(d.sourceName()),
              String.join("; ", d.sources().stream().map(ArchivedDocument.Source::name).toList())));
          for (String f : DocumentMetadata.fieldNames()) {
            cells.add(cell(row.get(f)));
          }
          for (String f : DocumentMetadata.fieldNames()) {
            cells.add(row.get(f) == null ? "" : d.meta().sourceOf(f));
          }
          cells.add(nz(d.mediaType()));
          cells.add(nz(d.extraction()));
          writeCsvLine(cells);
        }
      }
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void end() throws IOException {
    if (format == Format.JSON) {
      out.write("\n]\n");
    }
    out.flush();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String cell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof List<?> l) {
      return String.join("; ", l.stream().map(String::valueOf).toList());
    }
    if (v instanceof Map<?, ?> m) {
      return Json.write(m);
    }
    return v.toString();
  }

  /**
   * A cell a spreadsheet would read as a formula (first character {@code = + - @}, tab or carriage return)
   * with a leading apostrophe, so that it is shown as text (OWASP, CSV injection).
   */
  static String neutralised(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  private void writeCsvLine(List<String> cells) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String c = neutralised(cells.get(i));
      if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
        sb.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(c);
      }
    }
    sb.append("\r\n");
    out.write(sb.toString());
  }
}
