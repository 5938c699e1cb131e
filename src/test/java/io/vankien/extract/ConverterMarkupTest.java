package io.vankien.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Markup real converters write, as the cleaner flattens it, each copied from the converter's output for a
 * test document we wrote (a Word file with two-column header and signature tables): pandoc 2.17's dashed
 * (multiline and simple) tables and its span attributes. How the readers then read such lines is in
 * {@code io.vankien.meta.ConverterLineShapesTest}.
 */
class ConverterMarkupTest {
  @Test
  void aCellLineWrappedWithoutABreakGoesOnOnTheNextLine() { // pandoc --wrap=auto wraps a long cell paragraph
    String flat = DashedTables.flatten(String.join("\n",
        "  ----------------------- -----------------------",
        "  Nơi nhận:\\              T/M BAN THƯỜNG VỤ\\",
        "  - Ban Tuyên giáo Tỉnh    PHÓ BÍ THƯ THƯỜNG",
        "  ủy,\\                     TRỰC",
        "",
        "  ----------------------- -----------------------"));
    assertEquals(List.of("Nơi nhận:", "- Ban Tuyên giáo Tỉnh ủy,", "", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "", ""),
        List.of(flat.split("\n", -1)));
  }

  @Test
  void aSimpleTableIsReadRowByRow() { // a table of figures in a report's body: each line a row, cells in order
    String flat = DashedTables.flatten(String.join("\n",
        "  Chỉ tiêu          Kế hoạch   Thực hiện",
        "  ---------------- ---------- -----------",
        "  Thu ngân sách     100        112",
        "  Chi đầu tư        40         38",
        "",
        "Đoạn văn sau bảng."));
    assertEquals(List.of("Chỉ tiêu", "", "Kế hoạch", "", "Thực hiện", "", "Thu ngân sách", "", "100", "", "112", "",
        "Chi đầu tư", "", "40", "", "38", "", "", "", "Đoạn văn sau bảng."), List.of(flat.split("\n", -1)));
  }

  @Test
  void aRuleOfDashesIsNoTable() { // one run of dashes, or dashes in prose, stay as they are
    assertEquals("Mục I\n---\nNội dung -- -- xem", DashedTables.flatten("Mục I\n---\nNội dung -- -- xem"));
  }

  @Test
  void pandocsSpanAttributesAreDropped() { // a Word run underlined: [text]{.underline}, over a cell's line break
    assertEquals("ĐẢNG CỘNG SẢN VIỆT NAM\\\n***Phủ Lý", TextCleaner.withoutSpanAttributes("[ĐẢNG CỘNG SẢN VIỆT NAM\\\n]{.underline}***Phủ Lý"));
    assertEquals("a [b] c", TextCleaner.withoutSpanAttributes("a [b] c")); // variant: brackets without attributes stay
  }
}
