package io.vankien.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

  @Test
  void splitsHeaderLinesGluedByEmphasis() {
    // real line (seed, Hưng Yên)
    String raw = "ĐẢNG CỘNG SẢN VIỆT NAM*Hưng Yên, ngày 26 tháng 11 năm 2020***NGHỊ QUYẾT****HỘI NGHỊ LẦN THỨ 2\n"
        + "Về tình hình năm 2020**";
    assertEquals("ĐẢNG CỘNG SẢN VIỆT NAM\nHưng Yên, ngày 26 tháng 11 năm 2020\nNGHỊ QUYẾT\nHỘI NGHỊ LẦN THỨ 2\n"
        + "Về tình hình năm 2020", TextCleaner.clean(raw));
    // real line (seed, Bắc Giang)
    assertEquals("KẾT LUẬN\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\nvề một số nhiệm vụ",
        TextCleaner.clean("KẾT LUẬN**CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH****về một số nhiệm vụ"));
  }

  @Test
  void removesEmphasisButKeepsQuotesAndParentheses() {
    // real line (seed, Kon Tum)
    assertEquals("Ban Thường vụ Tỉnh ủy “về Báo cáo sơ kết giai đoạn 2021-2025”, Ban Chấp hành",
        TextCleaner.clean("Ban Thường vụ Tỉnh ủy “*về Báo cáo sơ kết giai đoạn 2021-2025*”, Ban Chấp hành"));
    assertEquals("- Bộ Chính trị, Ban Bí thư (báo cáo),", TextCleaner.clean("- Bộ Chính trị, Ban Bí thư (*báo cáo*),"));
    assertEquals("1. Qua nửa nhiệm kỳ", TextCleaner.clean("**1.** Qua nửa nhiệm kỳ"));
    assertEquals("đậm và nghiêng", TextCleaner.clean("__đậm__ và _nghiêng_"));
  }

  @Test
  void headingsEscapesAndRules() {
    assertEquals("BÁO CÁO\n\nNơi nhận:", TextCleaner.clean("## BÁO CÁO\n\n#### Nơi nhận:"));
    assertEquals("Số 408 -BC/TU", TextCleaner.clean("\\*  \nSố 408 \\-BC/TU"));
    assertEquals("a. b\n\nc", TextCleaner.clean("a\\. b\n\n-----\n\nc"));
    assertEquals("QUỐC HỘI\nLuật số: 1/2020/QH14", TextCleaner.clean("QUỐC HỘI\n********\nLuật số: 1/2020/QH14"));
  }

  @Test
  void dropsFootnoteMarkersKeepsFootnoteText() {
    // real lines (seed, Ninh Bình)
    String raw = "báo cáo của Ban Thường vụ Tỉnh ủy<sup>(1)</sup>, Ban Chấp hành\n\n"
        + "<sup>1</sup> Tờ trình số 19-TTr/TU, ngày 25/9/2023";
    assertEquals("báo cáo của Ban Thường vụ Tỉnh ủy, Ban Chấp hành\n\nTờ trình số 19-TTr/TU, ngày 25/9/2023",
        TextCleaner.clean(raw));
  }

  @Test
  void htmlTagsAndEntities() {
    assertEquals("Điều 1 & 2 <a>\nxong", TextCleaner.clean("<p>Điều&nbsp;1 &amp; 2 &lt;a&gt;</p>xong"));
    assertEquals("é", TextCleaner.clean("&#233;"));
  }

  @Test
  void gridTableReadsLeftCellThenRight() {
    String raw = String.join("\n",
        "+----------------------+----------------------------------+",
        "| **ỦY BAN NHÂN DÂN**  | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA      |",
        "| **TỈNH KHÁNH HOÀ**   | VIỆT NAM**                       |",
        "|                      | Độc lập - Tự do - Hạnh phúc      |",
        "| Số: 123/QĐ-UBND      | *Khánh Hòa, ngày 5 tháng 3 năm   |",
        "|                      | 2024*                            |",
        "+----------------------+----------------------------------+",
        "",
        "QUYẾT ĐỊNH");
    String clean = TextCleaner.clean(raw);
    assertTrue(clean.startsWith("ỦY BAN NHÂN DÂN TỈNH KHÁNH HOÀ\n\nSố: 123/QĐ-UBND\n\n"
        + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Khánh Hòa, ngày 5 tháng 3 năm 2024"), clean);
    assertFalse(clean.contains("|") || clean.contains("+--"));
  }

  @Test
  void pipeTableOneLinePerCell() {
    String raw = "| Nơi nhận: | TM. ỦY BAN NHÂN DÂN |\n|---|---|\n| - Lưu VT. | CHỦ TỊCH |\n\nSau";
    assertEquals("Nơi nhận:\nTM. ỦY BAN NHÂN DÂN\n- Lưu VT.\nCHỦ TỊCH\n\nSau", TextCleaner.clean(raw));
  }

  @Test
  void collapsesSpacesKeepsParagraphsAndNormalizesToNfc() {
    String decomposed = Normalizer.normalize("Hưng Yên", Normalizer.Form.NFD);
    String clean = TextCleaner.clean("  a \t  b  \n\n\n\n" + decomposed + "  \nc");
    assertEquals("a b\n\nHưng Yên\nc", clean);
    assertTrue(Normalizer.isNormalized(clean, Normalizer.Form.NFC));
  }
}
