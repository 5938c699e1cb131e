package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.index.ArchivedDocument;
import io.vankien.meta.DocumentMetadata;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CSV cells that a spreadsheet would run as a formula are written as text (OWASP CSV injection). */
class ExporterCsvInjectionTest {
  private static String csv(ArchivedDocument d) throws Exception {
    StringWriter w = new StringWriter();
    Exporter ex = new Exporter(Exporter.Format.CSV, w);
    ex.write(ex.row(d));
    ex.end();
    String[] lines = w.toString().split("\r\n");
    return lines[1];
  }

  private static ArchivedDocument doc(String sourceName, Map<String, Object> fields) {
    DocumentMetadata m = DocumentMetadata.empty().withOverrides(fields, DocumentMetadata.EDITED);
    return new ArchivedDocument("0123456789abcdef", "0".repeat(64),
        List.of(new ArchivedDocument.Source(sourceName, "upload:x/" + sourceName)), "text/plain", 10, "plain-text",
        List.of(), "2025-01-01T00:00:00Z", m, "text");
  }

  @Test
  void formulaLeadCharactersAreNeutralised() throws Exception {
    String line = csv(doc("=HYPERLINK(\"http://evil\")", Map.of("title", "+1+2", "signer", "-2+3", "issuer", "@SUM(A1)",
        "number", "\tx", "term", "\rx", "recipients", List.of("=1", "ok"))));
    assertTrue(line.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""), line);
    assertTrue(line.contains(",'+1+2,"), line);
    assertTrue(line.contains(",'-2+3,"), line);
    assertTrue(line.contains(",'@SUM(A1),"), line);
    assertTrue(line.contains(",'\tx,"), line);
    assertTrue(line.contains(",\"'\rx\","), line);
    assertTrue(line.contains(",'=1; ok,"), line);
    for (String cell : line.split(",")) {
      assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0, cell + " in " + line);
    }
  }

  @Test
  void ordinaryCellsAreUnchanged() throws Exception {
    String line = csv(doc("nq-12.txt", Map.of("number", "12-NQ/TU", "date", "2021-03-15", "title", "về du lịch")));
    assertTrue(line.startsWith("0123456789abcdef,Văn bản số 12-NQ/TU ngày 15/3/2021 về du lịch,nq-12.txt,nq-12.txt,"),
        line);
    assertTrue(line.contains(",12-NQ/TU,2021-03-15,"), line);
    assertEquals(-1, line.indexOf('\''), line);
  }
}
