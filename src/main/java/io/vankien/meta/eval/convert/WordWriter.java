package io.vankien.meta.eval.convert;

import io.vankien.meta.eval.convert.WordLayout.Block;
import io.vankien.meta.eval.convert.WordLayout.Columns;
import io.vankien.meta.eval.convert.WordLayout.Emphasis;
import io.vankien.meta.eval.convert.WordLayout.Line;
import io.vankien.meta.eval.convert.WordLayout.LineGroup;
import io.vankien.meta.eval.convert.WordLayout.Paragraph;
import java.io.IOException;
import java.math.BigInteger;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

/** Writes a {@link WordLayout} as a .docx (Apache POI), its cells and title typed in a {@link CellStyle}. */
public final class WordWriter {
  private static final String FONT = "Times New Roman";
  private static final int FONT_SIZE = 13;
  private static final String HALF_WIDTH = "50%";
  /** Half the text width of an A4 page with 2 cm margins, in twentieths of a point. */
  private static final BigInteger HALF_WIDTH_TWIPS = BigInteger.valueOf(4819);

  private WordWriter() {}

  /** Writes the layout to {@code file}. */
  public static void write(WordLayout layout, CellStyle style, Path file) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      for (Block block : layout.blocks()) {
        switch (block) {
          case Paragraph p -> {
            XWPFParagraph para = doc.createParagraph();
            para.setAlignment(ParagraphAlignment.BOTH);
            run(para, p.line());
          }
          case LineGroup g -> {
            XWPFParagraph first = doc.createParagraph();
            lines(first, g, style, doc::createParagraph);
          }
          case Columns c -> columns(doc, c, style);
        }
      }
      doc.write(out);
    }
  }

  private static void columns(XWPFDocument doc, Columns c, CellStyle style) {
    XWPFTable table = doc.createTable(1, 2);
    table.removeBorders();
    table.setWidth("100%");
    // the column grid Word writes for every table (readers such as pandoc count the columns from it)
    CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
    while (grid.sizeOfGridColArray() < 2) {
      grid.addNewGridCol().setW(HALF_WIDTH_TWIPS);
    }
    cell(table.getRow(0).getCell(0), c.left(), style);
    cell(table.getRow(0).getCell(1), c.right(), style);
  }

  private static void cell(XWPFTableCell cell, LineGroup group, CellStyle style) {
    cell.setWidth(HALF_WIDTH);
    XWPFParagraph first = cell.getParagraphs().get(0);
    lines(first, group, style, cell::addParagraph);
  }

  /** The group's lines from {@code first} on: a paragraph each, or soft breaks within {@code first}. */
  private static void lines(XWPFParagraph first, LineGroup group, CellStyle style,
      java.util.function.Supplier<XWPFParagraph> next) {
    List<Line> lines = group.lines();
    XWPFParagraph para = first;
    align(para, group);
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        if (style == CellStyle.PARAGRAPHS) {
          para = next.get();
          align(para, group);
        } else {
          para.getRuns().get(para.getRuns().size() - 1).addBreak();
        }
      }
      run(para, lines.get(i));
    }
  }

  private static void align(XWPFParagraph para, LineGroup group) {
    para.setAlignment(group.centred() ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
  }

  private static void run(XWPFParagraph para, Line line) {
    XWPFRun run = para.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(FONT_SIZE);
    Emphasis e = line.emphasis();
    run.setBold(e == Emphasis.BOLD || e == Emphasis.BOLD_ITALIC || e == Emphasis.BOLD_UNDERLINE);
    run.setItalic(e == Emphasis.ITALIC || e == Emphasis.BOLD_ITALIC);
    if (e == Emphasis.BOLD_UNDERLINE) {
      run.setUnderline(UnderlinePatterns.SINGLE);
    }
    run.setText(line.text());
  }
}
