package io.vankien.search;

import io.vankien.cite.CitationTitle;
import io.vankien.cite.RelationReader;
import io.vankien.cite.TypedCitation;
import io.vankien.index.ArchivedDocument;
import io.vankien.meta.DocumentMetadata;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents as export rows: JSON lines or CSV (UTF-8 with BOM so Excel and LibreOffice read Vietnamese
 * correctly). Columns: id, the citation title ({@link CitationTitle}), source, sources, every metadata
 * field, and the provenance of each field. JSON keeps the API's field names; CSV, read by people in a
 * spreadsheet, has Vietnamese headers ({@link #CSV_LABELS}) and shows levels and provenance in Vietnamese.
 * Last come the document's typed citations ({@link #citations}): JSON an array of {@code {symbol, relation,
 * relationLabel, sentence}}, CSV one cell of "relation: symbol" pairs ("Thực hiện: 48-KL/TW; Căn cứ: 45/2013/QH13").
 * They are read from the text, as the document page reads them: the export needs documents loaded with their text
 * (a record without text gives each cited symbol as only mentioned).
 */
public final class Exporter implements MatchRows<String> {
  /** Export formats. */
  public enum Format {
    JSONL, CSV, JSON;

    public static Format parse(String s) {
      try {
        return valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new BadRequestException("format", "phải là jsonl, json hoặc csv, không phải “" + s + "”");
      }
    }
  }

  private final Format format;
  private final Writer out;
  private int rows;
  private boolean begun;

  public Exporter(Format format, Writer out) {
    this.format = format;
    this.out = out;
  }

  /** The CSV header of each column, by its JSON name; a metadata field's provenance is "Nguồn: " + its label. */
  static final Map<String, String> CSV_LABELS = Map.ofEntries(
      Map.entry("id", "Mã văn bản"),
      Map.entry("citation", "Tên trích dẫn"),
      Map.entry("source", "Tệp nguồn"),
      Map.entry("sources", "Các tệp nguồn"),
      Map.entry("type", "Loại văn bản"),
      Map.entry("number", "Số và ký hiệu"),
      Map.entry("date", "Ngày ban hành"),
      Map.entry("dateSource", "Ngày lấy từ"),
      Map.entry("province", "Tỉnh (khi ban hành)"),
      Map.entry("provinceCurrent", "Tỉnh (hiện nay)"),
      Map.entry("provincesMentioned", "Các tỉnh được nhắc đến"),
      Map.entry("level", "Cấp"),
      Map.entry("issuer", "Cơ quan ban hành"),
      Map.entry("signer", "Người ký"),
      Map.entry("signerRole", "Chức vụ người ký"),
      Map.entry("signingAuthority", "Thẩm quyền ký"),
      Map.entry("title", "Trích yếu"),
      Map.entry("term", "Nhiệm kỳ"),
      Map.entry("subjects", "Lĩnh vực"),
      Map.entry("subjectReasons", "Lĩnh vực: căn cứ"),
      Map.entry("cites", "Số hiệu được trích dẫn"),
      Map.entry("recipients", "Nơi nhận"),
      Map.entry("access", "Mức độ truy cập"),
      Map.entry("mediaType", "Định dạng tệp"),
      Map.entry("extraction", "Cách lấy chữ"),
      Map.entry("citations", "Trích dẫn (quan hệ: số hiệu)"));
  /** Level codes as the CSV shows them. */
  private static final Map<String, String> LEVEL_LABELS = Map.of("central", "Trung ương", "provincial", "Cấp tỉnh",
      "district", "Cấp huyện", "commune", "Cấp xã");
  /** Provenance values as the CSV shows them (the words of the document page). */
  private static final Map<String, String> PROVENANCE_LABELS = Map.of(DocumentMetadata.EXTRACTED, "tự động",
      DocumentMetadata.SIDECAR, "tệp kèm", DocumentMetadata.EDITED, "đã sửa", DocumentMetadata.INFERRED, "suy luận",
      DocumentMetadata.DEFAULT, "mặc định");

  /** The columns of a document's row, by their JSON names, in order; its typed citations read from its text. */
  static Map<String, Object> columns(ArchivedDocument d) {
    return columns(d, typedCitations(d));
  }

  /** The columns of a document's row, its typed citations given ({@link #typedCitations}, or as stored). */
  static Map<String, Object> columns(ArchivedDocument d, List<TypedCitation> typed) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", d.id());
    row.put("citation", CitationTitle.of(d.meta(), d.sourceName(), d.id()));
    row.put("source", d.sourceName());
    row.put("sources", d.sources().stream().map(ArchivedDocument.Source::name).toList());
    row.putAll(d.meta().toMap());
    row.put("mediaType", d.mediaType());
    row.put("extraction", d.extraction());
    row.put("citations", citations(typed));
    return row;
  }

  /** The typed citations of a document loaded with its text ({@code RelationReader}, as the document page shows them). */
  private static List<TypedCitation> typedCitations(ArchivedDocument d) {
    return RelationReader.standard().read(d.text(), d.meta().title(), d.meta().type(), d.meta().cites());
  }

  /**
   * The document's typed citations, in the order of its {@code cites}: each symbol, the relation the document has
   * to it ({@code RelationReader}, as the document page shows it) and the sentence naming it (null when none does).
   */
  public static List<Map<String, Object>> citations(ArchivedDocument d) {
    return citations(typedCitations(d));
  }

  private static List<Map<String, Object>> citations(List<TypedCitation> typed) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (TypedCitation t : typed) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("symbol", t.number());
      c.put("relation", t.relation().code());
      c.put("relationLabel", t.relation().label());
      c.put("sentence", t.sentence());
      out.add(c);
    }
    return out;
  }

  /** The CSV cell of the typed citations: "relation: symbol" pairs, by "; ". */
  static String citationsCell(List<Map<String, Object>> citations) {
    return String.join("; ", citations.stream().map(c -> c.get("relationLabel") + ": " + c.get("symbol")).toList());
  }

  /**
   * The header (CSV) or the opening bracket (JSON), written with the first row or at the {@link #end}: nothing is
   * written before then, so a request refused before its first row (a malformed query, a busy server) answers
   * with its error alone.
   */
  private void begin() throws IOException {
    begun = true;
    if (format == Format.CSV) {
      out.write('\uFEFF');
      List<String> header = new ArrayList<>();
      for (String f : List.of("id", "citation", "source", "sources")) {
        header.add(label(f));
      }
      for (String f : DocumentMetadata.fieldNames()) {
        header.add(label(f));
      }
      for (String f : DocumentMetadata.fieldNames()) {
        header.add("Nguồn: " + label(f));
      }
      header.add(label("mediaType"));
      header.add(label("extraction"));
      header.add(label("citations"));
      out.write(csvLine(header));
    } else if (format == Format.JSON) {
      out.write("[\n");
    }
  }

  /** The document's row in this format: a JSON object (JSONL: and its line end), or a CSV line. */
  @Override
  public String row(ArchivedDocument d) {
    return row(d, columns(d));
  }

  /** The row of a stored record and the typed citations stored beside it: its text is not needed. */
  @Override
  public String row(ArchivedDocument record, List<TypedCitation> citations) {
    return row(record, columns(record, citations));
  }

  private String row(ArchivedDocument d, Map<String, Object> row) {
    return switch (format) {
      case JSONL -> Json.write(row) + "\n";
      case JSON -> Json.write(row);
      case CSV -> {
        List<String> cells = new ArrayList<>(List.of(d.id(), nz((String) row.get("citation")), nz(d.sourceName()),
            String.join("; ", d.sources().stream().map(ArchivedDocument.Source::name).toList())));
        for (String f : DocumentMetadata.fieldNames()) {
          Object v = row.get(f);
          cells.add(f.equals("level") && v != null ? LEVEL_LABELS.getOrDefault(v.toString(), v.toString()) : cell(v));
        }
        for (String f : DocumentMetadata.fieldNames()) {
          String source = row.get(f) == null ? "" : d.meta().sourceOf(f);
          cells.add(PROVENANCE_LABELS.getOrDefault(source, source));
        }
        cells.add(nz(d.mediaType()));
        cells.add(nz(d.extraction()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> citations = (List<Map<String, Object>>) row.get("citations");
        cells.add(citationsCell(citations));
        yield csvLine(cells);
      }
    };
  }

  /** Writes a row made by {@link #row(ArchivedDocument)}, after the header when it is the first. */
  @Override
  public void write(String row) throws IOException {
    if (!begun) {
      begin();
    }
    if (format == Format.JSON && rows > 0) {
      out.write(",\n");
    }
    out.write(row);
    rows++;
  }

  public void end() throws IOException {
    if (!begun) {
      begin();
    }
    if (format == Format.JSON) {
      out.write("\n]\n");
    }
    out.flush();
  }

  /** The CSV header of a column (its JSON name when it has no label, so a new field is never dropped). */
  static String label(String field) {
    return CSV_LABELS.getOrDefault(field, field);
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

  private static String csvLine(List<String> cells) {
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
    return sb.toString();
  }
}
