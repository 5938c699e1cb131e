package io.vankien.meta.eval.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.meta.eval.convert.WordLayout.Columns;
import io.vankien.meta.eval.convert.WordLayout.Emphasis;
import io.vankien.meta.eval.convert.WordLayout.Line;
import io.vankien.meta.eval.convert.WordLayout.LineGroup;
import io.vankien.meta.eval.convert.WordLayout.Paragraph;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordWriterTest {
  @TempDir Path dir;

  private static final WordLayout LAYOUT = new WordLayout(List.of(
      new Columns(new LineGroup(List.of(new Line("TỈNH ỦY HÀ NAM", Emphasis.BOLD), new Line("*", Emphasis.PLAIN),
          new Line("Số 12-NQ/TU", Emphasis.PLAIN)), true),
          new LineGroup(List.of(new Line("ĐẢNG CỘNG SẢN VIỆT NAM", Emphasis.BOLD_UNDERLINE),
              new Line("Phủ Lý, ngày 5 tháng 3 năm 2021", Emphasis.ITALIC)), true)),
      new LineGroup(List.of(new Line("NGHỊ QUYẾT", Emphasis.BOLD), new Line("về nông thôn mới", Emphasis.BOLD)), true),
      new Paragraph(new Line("Nội dung.", Emphasis.PLAIN))));

  private XWPFDocument written(CellStyle style) throws Exception {
    Path file = dir.resolve(style.id() + ".docx");
    WordWriter.write(LAYOUT, style, file);
    try (InputStream in = Files.newInputStream(file)) {
      return new XWPFDocument(in);
    }
  }

  @Test
  void aParagraphPerLineInEachCell() throws Exception {
    try (XWPFDocument doc = written(CellStyle.PARAGRAPHS)) {
      XWPFTable table = doc.getTables().get(0);
      assertEquals(2, table.getCTTbl().getTblGrid().sizeOfGridColArray(), "a column grid, as Word writes it");
      assertNull(table.getCTTbl().getTblPr().getTblBorders(), "no borders");
      XWPFTableCell left = table.getRow(0).getCell(0);
      assertEquals(List.of("TỈNH ỦY HÀ NAM", "*", "Số 12-NQ/TU"),
          left.getParagraphs().stream().map(p -> p.getText()).toList());
      assertTrue(left.getParagraphs().get(0).getRuns().get(0).isBold());
      assertEquals("NGHỊ QUYẾT", doc.getParagraphs().get(0).getText());
      assertEquals("về nông thôn mới", doc.getParagraphs().get(1).getText());
    }
  }

  @Test
  void softLineBreaksInOneParagraph() throws Exception {
    try (XWPFDocument doc = written(CellStyle.LINE_BREAKS)) {
      XWPFTableCell right = doc.getTables().get(0).getRow(0).getCell(1);
      assertEquals(1, right.getParagraphs().size());
      assertEquals("ĐẢNG CỘNG SẢN VIỆT NAM\nPhủ Lý, ngày 5 tháng 3 năm 2021", right.getParagraphs().get(0).getText());
      assertTrue(right.getParagraphs().get(0).getRuns().get(1).isItalic());
      assertEquals("NGHỊ QUYẾT\nvề nông thôn mới", doc.getParagraphs().get(0).getText(), "the title too");
      assertEquals("Nội dung.", doc.getParagraphs().get(1).getText());
    }
  }
}
