package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.index.ArchivedDocument;
import io.vankien.meta.DocumentMetadata;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CSV export as a spreadsheet user reads it: Vietnamese headers, each once, and Vietnamese values. */
class ExporterHeaderTest {
  private static String[] lines(Exporter.Format format, ArchivedDocument d) throws Exception {
    StringWriter w = new StringWriter();
    Exporter ex = new Exporter(format, w);
    ex.write(ex.row(d));
    ex.end();
    return w.toString().split("\r?\n");
  }

  private static ArchivedDocument sample() {
    DocumentMetadata m = DocumentMetadata.empty().withOverrides(Map.of("type", "Nghị quyết", "number", "01-NQ/TU",
        "date", "2020-11-26", "issuer", "Tỉnh ủy Mẫu", "title", "về nội dung mẫu", "level", "provincial"),
        DocumentMetadata.EXTRACTED).withOverrides(Map.of("province", "Hưng Yên"), DocumentMetadata.EDITED);
    return new ArchivedDocument("0123456789abcdef", "0".repeat(64),
        List.of(new ArchivedDocument.Source("002_60299214c0c166e3.txt", "/x/002_60299214c0c166e3.txt")),
        "text/plain", 10, "plain-text", List.of(), "2025-01-01T00:00:00Z", m, "văn bản mẫu");
  }

  @Test
  void everyColumnHasAVietnameseHeaderOnce() throws Exception {
    String[] header = lines(Exporter.Format.CSV, sample())[0].substring(1).split(",");
    assertEquals(header.length, new HashSet<>(Arrays.asList(header)).size(), String.join(" | ", header));
    for (String f : DocumentMetadata.fieldNames()) {
      assertTrue(Exporter.CSV_LABELS.containsKey(f), "no CSV header for the field " + f);
    }
    assertEquals(List.of("Mã văn bản", "Tên trích dẫn", "Tệp nguồn"), Arrays.asList(header).subList(0, 3));
    assertTrue(Arrays.asList(header).contains("Nguồn: Ngày ban hành"), String.join(" | ", header));
    for (String h : header) {
      assertTrue(!h.matches(".*[a-z][A-Z].*") && !h.endsWith("Source"), "an English header: " + h);
    }
  }

  @Test
  void rowsCarryTheCitationAndVietnameseValues() throws Exception {
    String row = lines(Exporter.Format.CSV, sample())[1];
    assertTrue(row.startsWith("0123456789abcdef,Nghị quyết số 01-NQ/TU ngày 26/11/2020 của Tỉnh ủy Mẫu về nội dung"
        + " mẫu,002_60299214c0c166e3.txt,"), row);
    assertTrue(row.contains(",Cấp tỉnh,"), row);
    assertTrue(row.contains(",đã sửa,") && row.contains(",tự động,"), row);
    assertTrue(!row.contains("provincial") && !row.contains("extracted"), row);
    String json = lines(Exporter.Format.JSONL, sample())[0];
    assertTrue(json.startsWith("{\"id\":\"0123456789abcdef\",\"citation\":\"Nghị quyết số 01-NQ/TU ngày 26/11/2020"),
        json);
  }

  /** A sample plan citing two symbols, one as its basis and one it implements (text written for the test). */
  private static ArchivedDocument citing(String text) {
    DocumentMetadata m = DocumentMetadata.empty().withOverrides(Map.of("type", "Kế hoạch", "number", "02-KH/TU",
        "cites", List.of("05-NQ/TU", "48-KL/TW")), DocumentMetadata.EXTRACTED);
    return new ArchivedDocument("fedcba9876543210", "1".repeat(64),
        List.of(new ArchivedDocument.Source("ke-hoach-mau.txt", "/x/ke-hoach-mau.txt")),
        "text/plain", 10, "plain-text", List.of(), "2025-01-01T00:00:00Z", m, text);
  }

  private static final String PLAN = "VĂN BẢN MẪU\nCăn cứ Nghị quyết số 05-NQ/TU của Tỉnh ủy;\n"
      + "Thực hiện Kết luận số 48-KL/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch.";

  @Test
  void rowsCarryTheTypedCitationsReadFromTheText() throws Exception {
    String[] csv = lines(Exporter.Format.CSV, citing(PLAN));
    assertTrue(csv[0].endsWith(",Trích dẫn (quan hệ: số hiệu)"), csv[0]);
    assertTrue(csv[1].endsWith(",Căn cứ: 05-NQ/TU; Thực hiện: 48-KL/TW"), csv[1]);
    List<Map<String, Object>> citations = Exporter.citations(citing(PLAN));
    assertEquals(List.of("05-NQ/TU", "48-KL/TW"), citations.stream().map(c -> c.get("symbol")).toList());
    assertEquals(List.of("basis", "implements"), citations.stream().map(c -> c.get("relation")).toList());
    assertEquals("Căn cứ Nghị quyết số 05-NQ/TU của Tỉnh ủy;", citations.get(0).get("sentence"));
    String json = lines(Exporter.Format.JSONL, citing(PLAN))[0];
    assertTrue(json.contains(",\"citations\":[{\"symbol\":\"05-NQ/TU\",\"relation\":\"basis\",\"relationLabel\":\"Căn cứ\","
        + "\"sentence\":\"Căn cứ Nghị quyết số 05-NQ/TU của Tỉnh ủy;\"},{\"symbol\":\"48-KL/TW\",\"relation\":\"implements\","), json);
    // without the text (a record alone) a symbol is only known as cited: the export loads the text
    assertEquals(List.of("mentions", "mentions"),
        Exporter.citations(citing(null)).stream().map(c -> c.get("relation")).toList());
  }
}
