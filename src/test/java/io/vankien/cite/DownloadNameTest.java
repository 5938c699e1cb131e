package io.vankien.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.meta.DocumentMetadata;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Download names of invented sample records, and the Content-Disposition header carrying them. */
class DownloadNameTest {
  private static DocumentMetadata meta(String type, String number, String date) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type);
    m.put("number", number);
    m.put("date", date);
    return DocumentMetadata.empty().withOverrides(m, DocumentMetadata.EXTRACTED);
  }

  @Test
  void typeNumberAndDateWithTheFilesExtension() {
    DownloadName n = DownloadName.of(meta("Nghị quyết", "01-NQ/TU", "2020-11-26"), "002_60299214c0c166e3.PDF", "x");
    assertEquals("Nghị-quyết-01-NQ-TU-2020-11-26.pdf", n.utf8());
    assertEquals("Nghi-quyet-01-NQ-TU-2020-11-26.pdf", n.ascii());
    assertEquals("Quyet-dinh-1234-QD-UBND-2019.txt",
        DownloadName.of(meta("Quyết định", "1234/QĐ-UBND", "2019"), "a.txt", "x").ascii());
  }

  @Test
  void fallbacks() {
    assertEquals("Van-ban-12-KH-UBND.docx", DownloadName.of(meta(null, "12/KH-UBND", null), "k.docx", "x").ascii());
    // neither number nor date: the file's own name, made safe
    assertEquals("bao-cao-mau-so-1.txt", DownloadName.of(meta("Báo cáo", null, null), "bao cao mẫu (số 1).txt", "x")
        .ascii());
    assertEquals("60299214c0c166e3", DownloadName.of(DocumentMetadata.empty(), null, "60299214c0c166e3").ascii());
    assertEquals("Bao-cao-95-BC-TU-2021-12-08-ban-1.txt",
        DownloadName.of(meta("Báo cáo", "95-BC/TU", "2021-12-08"), "x.txt", "x", 1).ascii());
  }

  @Test
  void contentDispositionCarriesBothForms() {
    DownloadName n = DownloadName.of(meta("Nghị quyết", "01-NQ/TU", "2020-11-26"), "a.txt", "x");
    String h = n.contentDisposition();
    assertTrue(h.startsWith("attachment; filename=\"Nghi-quyet-01-NQ-TU-2020-11-26.txt\"; filename*=UTF-8''"), h);
    String encoded = h.substring(h.indexOf("''") + 2);
    assertTrue(encoded.matches("[A-Za-z0-9!#$&+\\-.^_`|~%]+"), encoded);
    assertEquals("Nghị-quyết-01-NQ-TU-2020-11-26.txt", URLDecoder.decode(encoded, StandardCharsets.UTF_8));
  }
}
