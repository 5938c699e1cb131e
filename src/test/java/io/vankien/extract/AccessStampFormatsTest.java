package io.vankien.extract;

import static io.vankien.extract.TestDocuments.onPath;
import static io.vankien.extract.TestDocuments.sofficeConvert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vankien.meta.DocumentMetadata;
import io.vankien.meta.MetadataExtractor;
import io.vankien.extract.TextCleaner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Access stamps as archives hold them: a document written with a header table (the stamp under the number
 * in the left column, as the Party's and the state's formatting rules place it), made into DOCX and DOC by
 * LibreOffice and read back through Tika; the level is read off each.
 */
class AccessStampFormatsTest {
  @TempDir Path dir;

  private static final String HTML = """
      <html><head><meta charset="utf-8"></head><body>
      <p>VĂN BẢN MẪU (viết cho kiểm thử)</p>
      <table><tr><td><p>TỈNH ỦY HÀ NAM</p><p>*</p><p>Số 12-NQ/TU</p><p>%s</p></td>
      <td><p>ĐẢNG CỘNG SẢN VIỆT NAM</p><p>Hà Nam, ngày 15 tháng 3 năm 2021</p></td></tr></table>
      <p>NGHỊ QUYẾT</p><p>về quản lý khoáng sản trên địa bàn tỉnh</p>
      <p>Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy lãnh đạo quản lý khoáng sản chặt chẽ.</p>
      </body></html>
      """;

  @Test
  void stampsReadFromWordAndPdf() throws Exception {
    assumeTrue(onPath("soffice"), "soffice not installed (Debian package libreoffice-writer-nogui)");
    String[] stamps = {"MẬT", "Lưu hành nội bộ", ""};
    String[] expected = {"mật", "nội bộ", null};
    List<Path> html = new ArrayList<>();
    for (int i = 0; i < stamps.length; i++) {
      html.add(Files.writeString(dir.resolve("nq-" + i + ".html"), HTML.formatted(stamps[i])));
    }
    // HTML into a Writer document first (as Word would hold it), then out to each format
    List<Path> odt = sofficeConvert(html, "odt:writer8", Files.createDirectories(dir.resolve("odt")));
    for (String format : new String[] {"docx:MS Word 2007 XML", "doc:MS Word 97", "pdf:writer_pdf_Export"}) {
      List<Path> converted = sofficeConvert(odt, format, Files.createDirectories(dir.resolve(format.split(":")[0])));
      for (int i = 0; i < stamps.length; i++) {
        String text = new TextExtractor().extract(converted.get(i)).text();
        DocumentMetadata m = new MetadataExtractor().extract(TextCleaner.clean(text));
        assertEquals(expected[i], m.access(), format + " stamped '" + stamps[i] + "':\n" + text);
      }
    }
  }
}
