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
    ex.begin();
    ex.accept(d);
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
}
