package io.vankien.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Line shapes real converters write, each copied from the converter's output for a test document we wrote
 * (a Word file with a two-column header table and a two-column signature table, made by LibreOffice from
 * HTML): pandoc 2.17's Markdown, Tika's text of pandoc's HTML and of LibreOffice's PDF. Each rule has the
 * converter's lines and, where the rule could over-reach, a variant it must leave alone.
 */
class ConverterLineShapesTest {
  private final MetadataExtractor extractor = new MetadataExtractor();

  private DocumentMetadata extract(String... lines) {
    return extractor.extract(TextCleaner.clean(String.join("\n", lines)));
  }

  private static final String[] HEADER = {
    "+-----------------------------+----------------------------------------+",
    "| ĐẢNG BỘ TỈNH NGHỆ AN\\       | **ĐẢNG CỘNG SẢN VIỆT NAM**             |",
    "| **BAN THƯỜNG VỤ**           |                                        |",
    "|                             | *Nam Đàn, ngày 12 tháng 4 năm 2022*    |",
    "| **HUYỆN ỦY NAM ĐÀN**        |                                        |",
    "|                             |                                        |",
    "| \\*                          |                                        |",
    "|                             |                                        |",
    "| Số 05-CT/HU                 |                                        |",
    "+-----------------------------+----------------------------------------+",
    "",
    "**CHỈ THỊ**",
    "",
    "**về tăng cường công tác bảo vệ bí mật nhà nước trên địa bàn huyện giai",
    "đoạn 2021 - 2025 và những năm**\\",
    "**2025**",
    "",
    "Ban Thường vụ Huyện ủy yêu cầu các cấp ủy lãnh đạo quản lý khoáng sản",
    "chặt chẽ, đúng quy định của pháp luật và thực hiện tốt công tác bảo mật.",
    "",
  };

  private static String[] with(String[] head, String... tail) {
    String[] all = new String[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  @Test
  void aSignatureTableInPandocsMultilineTable() { // pandoc -t markdown (the default): cells with "\" line breaks
    DocumentMetadata md = extract(with(HEADER,
        "  ----------------------------------- -----------------------------------",
        "  ***Nơi nhận:***\\                    **T/M BAN THƯỜNG VỤ**\\",
        "  - Như trên,\\                        **BÍ THƯ**\\",
        "  - Thường trực Tỉnh ủy,\\             \\",
        "  - Lưu Văn phòng Huyện ủy.           **Trần Thị Thu Hương**",
        "",
        "  ----------------------------------- -----------------------------------"));
    assertEquals("Trần Thị Thu Hương", md.signer());
    assertEquals("Bí thư", md.signerRole());
    assertEquals("T/M Ban Thường vụ", md.signingAuthority());
    assertEquals(List.of("Như trên", "Thường trực Tỉnh ủy"), md.recipients());
    assertEquals("Huyện ủy Nam Đàn", md.issuer());
    assertEquals("2022-04-12", md.date());
  }

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
  void aSubjectWhoseYearAConverterPutInAParagraphOfItsOwn() { // Tika's text of pandoc's HTML: <br /> inside the bold subject
    DocumentMetadata md = extract("ĐẢNG BỘ TỈNH NGHỆ AN", "", "BAN THƯỜNG VỤ", "", "HUYỆN ỦY NAM ĐÀN", "", "Số 05-CT/HU", "",
        "ĐẢNG CỘNG SẢN VIỆT NAM", "", "Nam Đàn, ngày 12 tháng 4 năm 2022", "", "CHỈ THỊ", "",
        "về tăng cường công tác bảo vệ bí mật nhà nước trên địa bàn huyện",
        "giai đoạn 2021 - 2025 và những năm", "", "2025", "",
        "Ban Thường vụ Huyện ủy yêu cầu các cấp ủy lãnh đạo quản lý khoáng sản",
        "chặt chẽ, đúng quy định của pháp luật và thực hiện tốt công tác bảo mật.");
    assertEquals("về tăng cường công tác bảo vệ bí mật nhà nước trên địa bàn huyện giai đoạn 2021 - 2025 và những năm 2025",
        md.title());
  }

  @Test
  void aSubjectThatEndsIsNotContinuedByTheBody() { // variant: the subject can end, the line after the blank is body
    DocumentMetadata md = extract("HUYỆN ỦY NAM ĐÀN", "Số 05-CT/HU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Nam Đàn, ngày 12 tháng 4 năm 2022",
        "", "CHỈ THỊ", "", "về tăng cường công tác bảo vệ bí mật nhà nước", "",
        "2025 là năm cuối của nhiệm kỳ, Ban Thường vụ Huyện ủy yêu cầu các cấp ủy lãnh đạo thực hiện tốt công tác bảo mật.");
    assertEquals("về tăng cường công tác bảo vệ bí mật nhà nước", md.title());
  }

  @Test
  void aSymbolANarrowHeaderCellBroke() { // Tika's text of LibreOffice's PDF: "Số: 1234/NQ-" / "HĐND" below
    DocumentMetadata md = extract("HỘI ĐỒNG", "NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH NGHỆ",
        "AN Độc lập - Tự do - Hạnh phúc", "Số: 1234/NQ- Nghệ An, ngày 14 tháng 12 năm 2022", "HĐND", "NGHỊ QUYẾT",
        "Quy định mức hỗ trợ học phí trên địa bàn tỉnh", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;");
    assertEquals("1234/NQ-HĐND", md.number());
    assertEquals("2022-12-14", md.date());
    assertEquals("Nghị quyết", md.type());
  }

  @Test
  void aNumberLineEndingInAHyphenWithNoCodeBelowStaysUnread() { // variant: the type line below is no code
    DocumentMetadata md = extract("HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN", "Số: 1234/NQ-", "NGHỊ QUYẾT",
        "Quy định mức hỗ trợ học phí trên địa bàn tỉnh", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;");
    assertNull(md.number());
    assertEquals("Nghị quyết", md.type());
  }

  @Test
  void aHeaderWhoseRunsLostTheirLineBreaks() { // issue 14: a Word file's header read back as one line
    DocumentMetadata md = extract("TỈNH ỦY HƯNG YÊNSố 01-NQ/TUĐẢNG CỘNG SẢN VIỆT NAMHưng Yên, ngày 26 tháng 11 năm 2020"
            + "NGHỊ QUYẾTvề phát triển nông nghiệp công nghệ cao giai đoạn 2021 - 2025",
        "Ngày 20/11/2020, Ban Chấp hành Đảng bộ tỉnh đã họp và thảo luận về phát triển nông nghiệp công nghệ cao trên"
            + " địa bàn tỉnh, Ban Chấp hành quyết nghị.");
    assertEquals("2020-11-26", md.date());
    assertEquals("place-date line of the header", md.dateSource());
    assertEquals("01-NQ/TU", md.number());
    assertEquals("Tỉnh ủy Hưng Yên", md.issuer());
    assertEquals("Nghị quyết", md.type());
    assertEquals("về phát triển nông nghiệp công nghệ cao giai đoạn 2021 - 2025", md.title());
  }

  @Test
  void gluedRunsSplitOnlyWhereTwoRunsMeet() {
    assertEquals(List.of("ĐẢNG CỘNG SẢN VIỆT NAM", "Hưng Yên, ngày 26 tháng 11 năm 2020", "NGHỊ QUYẾT", "về nông nghiệp"),
        GluedRuns.split("ĐẢNG CỘNG SẢN VIỆT NAMHưng Yên, ngày 26 tháng 11 năm 2020NGHỊ QUYẾTvề nông nghiệp"));
    // variants: words in capitals before a capitalised word, a year followed by a space, the motto alone
    assertEquals(List.of("UBND TỈNH Hưng Yên năm 2020 và"), GluedRuns.split("UBND TỈNH Hưng Yên năm 2020 và"));
    assertEquals(List.of("ĐẢNG CỘNG SẢN VIỆT NAM"), GluedRuns.split("ĐẢNG CỘNG SẢN VIỆT NAM"));
    assertEquals(List.of("NGHỊ QUYẾT CỦA BAN CHẤP HÀNH"), GluedRuns.split("NGHỊ QUYẾT CỦA BAN CHẤP HÀNH"));
  }

  @Test
  void aBodyNameACellBrokeBeforeItsLastWords() { // pandoc -t markdown of a Word header cell with a line break
    DocumentMetadata md = extract(
        "+---------------------------+------------------------------------------+",
        "| **ỦY BAN THƯỜNG VỤ\\       | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\\  |",
        "| QUỐC HỘI**                | **Độc lập - Tự do - Hạnh phúc**          |",
        "|                           |                                          |",
        "| Nghị quyết số:            | *Hà Nội, ngày 12 tháng 7 năm 2023*       |",
        "| 35/2023/UBTVQH15          |                                          |",
        "+---------------------------+------------------------------------------+",
        "",
        "**NGHỊ QUYẾT**",
        "",
        "**Về việc sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 -",
        "2030**",
        "",
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;");
    assertEquals("Ủy ban Thường vụ Quốc hội", md.issuer());
    assertEquals("35/2023/UBTVQH15", md.number());
    assertEquals("2023-07-12", md.date());
    assertEquals("Về việc sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2030", md.title());
    // variant: a Party committee's header keeps the body of its last line ("BAN THƯỜNG VỤ" is no split name)
    assertEquals("Tỉnh ủy Bắc Giang", extract("BAN THƯỜNG VỤ", "TỈNH ỦY BẮC GIANG", "Số 05-NQ/TU", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Bắc Giang, ngày 12 tháng 7 năm 2021", "", "NGHỊ QUYẾT", "về nông nghiệp", "", "Căn cứ Điều lệ Đảng;").issuer());
  }
}
