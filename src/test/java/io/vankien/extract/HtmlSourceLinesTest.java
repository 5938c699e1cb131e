package io.vankien.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTML's source line breaks are white space: pandoc writes a paragraph over several source lines (at 72
 * columns), and a title's lines read as one paragraph each, not broken at the source's wrap.
 */
class HtmlSourceLinesTest {
  @TempDir Path dir;

  @Test
  void aParagraphWrappedInTheSourceIsOneLine() throws Exception {
    Path html = Files.writeString(dir.resolve("p.html"), """
        <html><head><meta charset="utf-8"></head><body>
        <p><strong>về Báo cáo sơ kết giữa nhiệm kỳ thực hiện Kế hoạch phát
        triển</strong></p>
        <p><strong>kinh tế - xã hội giai đoạn 2021-2025</strong></p>
        <pre>dòng một
        dòng hai</pre>
        </body></html>
        """);
    String text = new TextExtractor().extract(html).text();
    assertTrue(text.contains("Kế hoạch phát triển\n"), text);
    assertTrue(text.contains("dòng một\ndòng hai"), text); // variant: preformatted text keeps its lines
  }
}
