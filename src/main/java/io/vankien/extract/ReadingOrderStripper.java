package io.vankien.extract;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper in the order the text was drawn, with the glyphs of each drawn line put back in
 * left-to-right order.
 *
 * <p>Drawing order keeps the cells of a table apart: Word and LibreOffice draw a header or signature table
 * cell by cell, so the left cell's lines come out before the right cell's, as a DOCX reads ("Nơi nhận:", the
 * list, then "KT. CHỦ TỊCH", the signer). Sorting the whole page by position instead joins the cells of
 * a row on one line ("- Như trên; KT. CHỦ TỊCH"). Drawing order alone has its own fault, which this class
 * undoes: LibreOffice draws the letters a font lacks (ở, ủ, ế in Liberation Serif) from a fallback font
 * in a second run after the line, which PDFBox would append at the line's end ("T NH Y HÀ NAMỈ Ủ"). Each
 * run of glyphs drawn one after the other on the same line is therefore sorted by x before PDFBox joins
 * the glyphs into words and lines. Two cells drawn side by side on one line (rows of one line each) read
 * as one line, as position order reads them.
 */
class ReadingOrderStripper extends PDFTextStripper {
  private static final Comparator<TextPosition> LEFT_TO_RIGHT = Comparator.comparingDouble(TextPosition::getXDirAdj);

  ReadingOrderStripper() {
    setSortByPosition(false);
    setLineSeparator("\n");
    setParagraphEnd("");
    setPageEnd("\n");
  }

  @Override
  protected void writePage() throws IOException {
    for (List<TextPosition> article : charactersByArticle) {
      sortEachLineRun(article);
    }
    super.writePage();
  }

  /** Sorts by x each run of consecutive glyphs that lie on one line (stable: overprinted glyphs keep their order). */
  static void sortEachLineRun(List<TextPosition> glyphs) {
    int start = 0;
    for (int i = 1; i <= glyphs.size(); i++) {
      if (i == glyphs.size() || !sameLine(glyphs.get(i - 1), glyphs.get(i))) {
        if (i - start > 1) {
          glyphs.subList(start, i).sort(LEFT_TO_RIGHT);
        }
        start = i;
      }
    }
  }

  /** Baselines closer than half the taller glyph (at least half a point): one line. */
  private static boolean sameLine(TextPosition a, TextPosition b) {
    float tolerance = Math.max(0.5f, Math.max(a.getHeightDir(), b.getHeightDir()) / 2);
    return a.getDir() == b.getDir() && Math.abs(a.getYDirAdj() - b.getYDirAdj()) < tolerance;
  }
}
