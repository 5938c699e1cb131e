package io.vankien.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.extract.TextCleaner;
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

  // The judged sets as Word files through the real converters (RealConverterAccuracyTest's first run): the
  // lines below are Tika's text of LibreOffice's PDFs and pandoc's Markdown of those Word files.

  @Test
  void aPdfsHeaderWithTheMottoWrappedBesideTheBodysName() {
    DocumentMetadata md = extract("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ", "TỈNH NGHỆ AN NGHĨA VIỆT NAM",
        "------- Độc lập - Tự do - Hạnh phúc", "Số: 1234/QĐ-UBND ---------------", "Vinh, ngày 12 tháng 5 năm 2022",
        "QUYẾT ĐỊNH", "Về việc ban hành Kế hoạch cải cách hành chính nhà nước",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;");
    assertEquals("Ủy ban nhân dân tỉnh Nghệ An", md.issuer());
    assertEquals("provincial", md.level());
    assertEquals(List.of("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH NGHỆ AN", "Số 1"),
        WrappedMotto.split(List.of("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ", "TỈNH NGHỆ AN NGHĨA VIỆT NAM", "Số 1")));
    // variant: the first words of the motto without its rest below stay where they are
    assertEquals(List.of("ỦY BAN CỘNG HÒA XÃ HỘI", "TỈNH NGHỆ AN"), WrappedMotto.split(List.of("ỦY BAN CỘNG HÒA XÃ HỘI", "TỈNH NGHỆ AN")));
  }

  @Test
  void aPdfsPlaceDateLineWhoseYearEndsTheNumberLineBeside() {
    DocumentMetadata md = extract("TỈNH UỶ HÀ NAM ĐẢNG CỘNG SẢN VIỆT NAM", "- Phủ Lý, ngày 15 tháng 3 năm", "Số 12-NQ/TU 2019",
        "NGHỊ QUYẾT", "CỦA BAN THƯỜNG VỤ TỈNH UỶ", "về đẩy mạnh xây dựng nông thôn mới nâng cao, nông thôn mới", "kiểu mẫu",
        "giai đoạn 2019 - 2025", "I. TÌNH HÌNH VÀ NGUYÊN NHÂN");
    assertEquals("2019-03-15", md.date());
    assertEquals("12-NQ/TU", md.number());
    DocumentMetadata dash = extract("ĐẢNG BỘ TỈNH HÀ NAM ĐẢNG CỘNG SẢN VIỆT NAM", "THÀNH ỦY PHỦ LÝ Phủ Lý, ngày 20 tháng 6 năm",
        "- 2019", "Số 08-NQ/TU", "NGHỊ QUYẾT", "CỦA BAN CHẤP HÀNH ĐẢNG BỘ THÀNH PHỐ", "về xây dựng xã nông thôn mới kiểu mẫu",
        "I. TÌNH HÌNH");
    assertEquals("2019-06-20", dash.date());
    assertEquals("Thành ủy Phủ Lý", dash.issuer());
  }

  @Test
  void aPdfsSignerNamedBesideARecipientItem() {
    String[] body = {"TỈNH ỦY BẮC GIANG", "Số 08-CT/TU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Bắc Giang, ngày 20 tháng 4 năm 2021", "",
        "CHỈ THỊ", "về chuyển đổi số", "", "Căn cứ Điều lệ Đảng;", "Chỉ thị này phổ biến đến chi bộ."};
    DocumentMetadata below = extract(with(body, "Nơi nhận:", "- Ban Bí thư Trung ương Đảng", "T/M BAN THƯỜNG VỤ",
        "PHÓ BÍ THƯ THƯỜNG TRỰC", "(để báo cáo), (Đã ký)", "- Các đồng chí Tỉnh ủy viên,",
        "- Các ban cán sự đảng, đảng Cao Minh Triết", "đoàn,", "- Lưu Văn phòng Tỉnh ủy."));
    assertEquals("Cao Minh Triết", below.signer());
    assertEquals("Phó Bí thư Thường trực", below.signerRole());
    DocumentMetadata above = extract(with(body, "Nơi nhận:", "- Ban Bí thư TW Đảng (để báo", "cáo),",
        "- Ban Kinh tế TW, Văn phòng TW Đỗ Tiến Sỹ", "Đảng,", "- ĐĐ HĐND tỉnh, BCSĐ UBND", "tỉnh,", "- Lưu VPTU; CV VPTU.",
        "T/M BAN CHẤP HÀNH", "BÍ THƯ"));
    assertEquals("Đỗ Tiến Sỹ", above.signer());
    assertEquals("Bí thư", above.signerRole());
    // variants: an item's words in capitals are no name; a body name after an item is no signer
    assertNull(SignatureReader.nameAfterItem("- ĐĐ HĐND tỉnh, BCSĐ UBND"));
    assertNull(SignatureReader.nameAfterItem("- Các sở, ban, ngành, Mặt trận Tổ"));
  }

  @Test
  void aPdfsBodyParagraphIsNotTheSubjectsNextLine() { // lines a PDF broke at the margin are as short as a subject's
    DocumentMetadata md = extract("TỈNH ỦY HƯNG YÊN", "Số 01-NQ/TU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Hưng Yên, ngày 26 tháng 11 năm 2020",
        "NGHỊ QUYẾT", "Về tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2020;",
        "mục tiêu, nhiệm vụ và giải pháp chủ yếu năm 2021",
        "Hội nghị lần thứ 2 Ban Chấp hành Đảng bộ tỉnh khoá XIX họp ngày 25 tháng",
        "11 năm 2020 đã thảo luận và thống nhất đánh giá tình hình thực hiện nhiệm",
        "vụ phát triển kinh tế - xã hội năm 2020; quyết định mục tiêu, nhiệm vụ và",
        "giải pháp chủ yếu năm 2021 như sau:");
    assertEquals("Về tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2020; mục tiêu, nhiệm vụ và giải pháp chủ yếu"
        + " năm 2021", md.title());
  }

  @Test
  void aSubjectTypedOneParagraphALine() { // pandoc's Markdown of a Word title typed as centred paragraphs
    DocumentMetadata md = extract("**THÔNG BÁO**", "", "**HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH**", "",
        "**sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu**", "",
        "**Đảng bộ tỉnh Ninh Bình lần thứ XXII, nhiệm kỳ 2020-2025**", "",
        "Ngày 29/9/2023, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị sơ kết giữa",
        "nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Ninh Bình.");
    assertEquals("Hội nghị Ban Chấp hành Đảng bộ tỉnh sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh"
        + " Ninh Bình lần thứ XXII, nhiệm kỳ 2020-2025", md.title());
    assertEquals("2023-09-29", md.date());
  }

  @Test
  void aPdfsSignerAfterTheItemsOwnWordsInTitleCase() { // "Đảng" and "Bộ Tài" belong to the item, the name follows
    assertEquals("Lương Văn Khiêm", SignatureReader.nameAfterItem("- BCS đảng UBND tỉnh, Đảng Lương Văn Khiêm"));
    assertEquals("Lê Hữu Sang", SignatureReader.nameAfterItem("- Bộ Giáo dục và Đào tạo, Bộ Tài Lê Hữu Sang"));
    DocumentMetadata md = extract("HỘI ĐỒNG NHÂN DÂN", "TỈNH NGHỆ AN", "Số: 25/2022/NQ-HĐND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Nghệ An, ngày 14 tháng 12 năm 2022", "NGHỊ QUYẾT", "Quy định mức hỗ trợ học phí", "Căn cứ Luật Giáo dục;",
        "Nơi nhận:", "- Ủy ban Thường vụ Quốc hội, (Đã ký)", "Chính phủ;", "- Bộ Giáo dục và Đào tạo, Bộ Tài Lê Hữu Sang",
        "chính;", "- Lưu: VT.", "CHỦ TỊCH");
    assertEquals("Lê Hữu Sang", md.signer());
    assertEquals("Chủ tịch", md.signerRole());
    // variant: a name alone on its line is no item's tail, and a role with no recipient list above finds none there
    assertNull(SignatureReader.nameAfterItem("Nguyễn Thị Kim Ngân"));
  }

  @Test
  void aLettersSubjectTypedAParagraphALineInItsCell() { // pandoc's grid table of a header cell, paragraphs per line
    DocumentMetadata md = extract(
        "+-----------------------------------+-----------------------------------+",
        "| **ĐẢNG BỘ TỈNH ĐIỆN BIÊN**        | **ĐẢNG CỘNG SẢN VIỆT NAM**        |",
        "| **HUYỆN ỦY MƯỜNG ẢNG**            |                                   |",
        "|                                   | *Mường Ảng, ngày 14 tháng 02 năm  |",
        "| \\*                                | 2025*                             |",
        "| Số 1024-CV/HU                     |                                   |",
        "|                                   |                                   |",
        "| V/v tăng cường lãnh đạo công tác  |                                   |",
        "| quản lý,                          |                                   |",
        "|                                   |                                   |",
        "| bảo vệ rừng và phòng cháy, chữa   |                                   |",
        "| cháy rừng                         |                                   |",
        "|                                   |                                   |",
        "| mùa khô năm 2025                  |                                   |",
        "+-----------------------------------+-----------------------------------+",
        "",
        "Kính gửi: Các chi bộ, đảng bộ trực thuộc.");
    assertEquals("V/v tăng cường lãnh đạo công tác quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng mùa khô năm 2025",
        md.title());
    assertEquals("2025-02-14", md.date());
  }

  /** A PDF's header and opening, as its text layer reads in drawing order: the header table's cells one after the other. */
  private static final String[] PDF_HEAD = {"ỦY BAN NHÂN DÂN", "TỈNH MẪU SƠN", "Số: 12/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc", "Mẫu Sơn, ngày 12 tháng 5 năm 2022", "QUYẾT ĐỊNH", "Về việc ban hành kế hoạch mẫu",
    "Điều 1. Ban hành kèm theo Quyết định này kế hoạch mẫu.", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."};

  @Test
  void aPdfsSignatureTableWhoseRowAPageBreakSplit() {
    // the left cell's lines on the first page, then the right cell's, then the rest of each on the next page
    DocumentMetadata md = extract(with(PDF_HEAD, "Nơi nhận:", "- Như Điều 3;", "- Sở Nông nghiệp và Phát triển nông",
        "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "thôn;", "- Thường trực Tỉnh ủy, Thường trực", "HĐND tỉnh;", "- Lưu: VT.",
        "Trần Văn Mẫu"));
    assertEquals(List.of("Như Điều 3", "Sở Nông nghiệp và Phát triển nông thôn", "Thường trực Tỉnh ủy, Thường trực HĐND tỉnh"),
        md.recipients());
    assertEquals("Trần Văn Mẫu", md.signer());
    assertEquals("Phó Chủ tịch", md.signerRole());
    assertEquals("KT. Chủ tịch", md.signingAuthority());
    // the break right under the head: "Nơi nhận:" alone, the signature's first lines, then the list
    DocumentMetadata underHead = extract(with(PDF_HEAD, "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "• Như Điều 3;",
        "• Bộ Nội vụ (để b/c);", "• Lưu: VT.", "(Đã ký)", "Trần Văn Mẫu"));
    assertEquals(List.of("Như Điều 3", "Bộ Nội vụ"), underHead.recipients());
    assertEquals("Chủ tịch", underHead.signerRole());
    // variant: a list item typed in capitals is an item, not a signature line
    DocumentMetadata capitals = extract(with(PDF_HEAD, "Nơi nhận:", "- UBTVQH, Chính phủ;", "- VP. QH, VP. CP;", "- Bộ Tài chính;",
        "- Lưu: VT.", "CHỦ TỊCH", "Trần Văn Mẫu"));
    assertEquals(List.of("UBTVQH, Chính phủ", "VP. QH, VP. CP", "Bộ Tài chính"), capitals.recipients());
  }

  @Test
  void aPdfsRecipientsWrappedInTheirCell() {
    // a purpose note wrapped inside its bracket, and a list typed after "Nơi nhận:" in one paragraph
    DocumentMetadata bracket = extract(with(PDF_HEAD, "Nơi nhận:", "- Như trên;", "- Ban Chỉ đạo quốc gia về PCTT (để", "b/c);",
        "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Mẫu"));
    assertEquals(List.of("Như trên", "Ban Chỉ đạo quốc gia về PCTT"), bracket.recipients());
    DocumentMetadata inline = extract(with(PDF_HEAD, "Nơi nhận: - Như Điều 3; - Bộ Nông", "nghiệp và PTNT (b/c); - TT Tỉnh ủy, TT",
        "HĐND tỉnh (b/c); - Lưu: VT, KT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Mẫu"));
    assertEquals(List.of("Như Điều 3", "Bộ Nông nghiệp và PTNT", "TT Tỉnh ủy, TT HĐND tỉnh"), inline.recipients());
    // the same list in a narrower cell: a line begins with the purpose note in brackets
    DocumentMetadata narrow = extract(with(PDF_HEAD, "Nơi nhận: - Như Điều 3; - Bộ", "Nông nghiệp và PTNT (b/c); -",
        "TT Tỉnh ủy, TT HĐND tỉnh", "(b/c); - CT, các PCT UBND", "tỉnh; - Lưu: VT, KT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
        "Trần Văn Mẫu"));
    assertEquals(List.of("Như Điều 3", "Bộ Nông nghiệp và PTNT", "TT Tỉnh ủy, TT HĐND tỉnh", "CT, các PCT UBND tỉnh"),
        narrow.recipients());
    // an abbreviation wrapped alone, a word broken at its hyphen, an item wrapped at its own "; " without a dash
    DocumentMetadata rests = extract(with(PDF_HEAD, "Nơi nhận:", "- Các huyện ủy, thị ủy, thành ủy,", "ĐUTT,", "- Đài PT-",
        "TH tỉnh;", "- UBND các huyện: Mẫu Sơn, Đồng Mẫu;", "UBND thị xã Mẫu Châu;", "- Lưu: VT.", "TL. CHỦ TỊCH",
        "CHÁNH VĂN PHÒNG", "Trần Văn Mẫu"));
    assertEquals(List.of("Các huyện ủy, thị ủy, thành ủy, ĐUTT", "Đài PT-TH tỉnh", "UBND các huyện: Mẫu Sơn, Đồng Mẫu",
        "UBND thị xã Mẫu Châu"), rests.recipients());
    assertEquals("Chánh Văn phòng", rests.signerRole());
    // a purpose note whose bracket a page break split, the signature's first lines between its halves
    DocumentMetadata split = extract(with(PDF_HEAD, "Nơi nhận:", "- Ban Thường vụ Tỉnh ủy (để báo", "T/M BAN THƯỜNG VỤ", "BÍ THƯ",
        "cáo),", "- Các chi bộ trực thuộc,", "- Lưu Văn phòng.", "(Đã ký)", "Trần Văn Mẫu"));
    assertEquals(List.of("Ban Thường vụ Tỉnh ủy", "Các chi bộ trực thuộc"), split.recipients());
    assertEquals("Bí thư", split.signerRole());
  }

  @Test
  void aPdfsRoleWrappedInANarrowSignatureCell() {
    DocumentMetadata md = extract(with(PDF_HEAD, "Nơi nhận:", "- Như trên;", "- Lưu VT.", "K/T TRƯỞNG BAN",
        "PHÓ TRƯỞNG BAN THƯỜNG", "TRỰC", "(Đã ký)", "Trần Văn Mẫu"));
    assertEquals("Trần Văn Mẫu", md.signer());
    assertEquals("Phó Trưởng ban Thường trực", md.signerRole());
  }

  @Test
  void aPdfsBodyParagraphWrappedAgainInsideItsTypedLines() { // each typed line a paragraph, each wrapped by the PDF
    DocumentMetadata md = extract("THÀNH ỦY MẪU SƠN", "*", "Số 28-CT/TU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Mẫu Sơn, ngày 08 tháng 5 năm 2024",
        "CHỈ THỊ", "CỦA BAN THƯỜNG VỤ THÀNH ỦY", "về tăng cường sự lãnh đạo của các cấp ủy đảng đối với công tác", "quản lý, bảo vệ",
        "đê điều, phòng, chống thiên tai", "Mẫu Sơn là thành phố ven biển, có 18 tuyến đê cấp III trở lên", "với tổng chiều",
        "dài trên 400 km, trong đó có gần 100 km đê biển; các huyện đảo và nhiều khu dân cư ven", "biển thường xuyên chịu",
        "tác động của bão, áp thấp nhiệt đới, triều cường và nước dâng.");
    assertEquals("về tăng cường sự lãnh đạo của các cấp ủy đảng đối với công tác quản lý, bảo vệ đê điều, phòng, chống thiên tai",
        md.title());
  }

  @Test
  void aSubjectParagraphEndingInAWordThatNeedsMoreGoesOnAtACapital() { // pandoc, md p, --wrap=auto: heldout-2 06
    DocumentMetadata md = extract(
        "+-----------------------------------+-----------------------------------+",
        "| **TỈNH ỦY BẾN TRE**               | **[ĐẢNG CỘNG SẢN VIỆT             |",
        "|                                   | NAM]{.underline}**                |",
        "| \\*                                |                                   |",
        "|                                   | *Bến Tre, ngày 15 tháng 5 năm     |",
        "| Số 386 -BC/TU                     | 2023*                             |",
        "+-----------------------------------+-----------------------------------+",
        "",
        "**BÁO CÁO**",
        "",
        "**tổng kết 10 năm thực hiện Nghị quyết số 24-NQ/TW, ngày 03/6/2013 của",
        "Ban Chấp hành**",
        "",
        "**Trung ương Đảng (khóa XI) về chủ động ứng phó với biến đổi khí hậu,",
        "tăng cường**",
        "",
        "**quản lý tài nguyên và bảo vệ môi trường**",
        "",
        "Bến Tre là tỉnh ven biển cuối nguồn sông Cửu Long, gồm ba cù lao An Hóa,",
        "Bảo, Minh, có 65 km bờ biển; là một trong những địa phương chịu ảnh",
        "hưởng nặng nề nhất của biến đổi khí hậu, nước biển dâng.");
    assertEquals("tổng kết 10 năm thực hiện Nghị quyết số 24-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI)"
        + " về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường", md.title());
    assertEquals("Bến Tre", md.province());
  }

  @Test
  void aSubjectParagraphThatCanEndStopsAtACapitalParagraph() { // variant: the first body paragraph is short
    DocumentMetadata md = extract("TỈNH ỦY BẾN TRE", "Số 386-BC/TU", "Bến Tre, ngày 15 tháng 5 năm 2023", "", "BÁO CÁO", "",
        "tổng kết 10 năm thực hiện Nghị quyết số 24-NQ/TW", "về biến đổi khí hậu", "",
        "Bến Tre là tỉnh ven biển cuối nguồn sông Cửu Long", "",
        "Tỉnh ủy báo cáo kết quả 10 năm thực hiện Nghị quyết như sau: các cấp ủy đã quán triệt, ban hành chương trình hành động.");
    assertEquals("tổng kết 10 năm thực hiện Nghị quyết số 24-NQ/TW về biến đổi khí hậu", md.title());
  }

  @Test
  void anOrdinalWrappedToTheNextLineGoesOnTheSubject() { // pandoc, md p, --wrap=auto: heldout-5 14
    DocumentMetadata md = extract("ĐẢNG BỘ TỈNH BẮC NINH", "ĐẢNG ỦY PHƯỜNG BẮC GIANG", "Số 05-CTr/ĐU",
        "Bắc Giang, ngày 20 tháng 8 năm 2025", "",
        "**CHƯƠNG TRÌNH HÀNH ĐỘNG**",
        "",
        "**thực hiện Nghị quyết Đại hội đại biểu Đảng bộ phường Bắc Giang lần thứ",
        "I,**",
        "",
        "**nhiệm kỳ 2025 - 2030**",
        "",
        "Đại hội đại biểu Đảng bộ phường Bắc Giang lần thứ I, nhiệm kỳ 2025 -",
        "2030 đã thành công tốt đẹp, thông qua Nghị quyết với mục tiêu tổng quát:");
    assertEquals("thực hiện Nghị quyết Đại hội đại biểu Đảng bộ phường Bắc Giang lần thứ I, nhiệm kỳ 2025 - 2030", md.title());
    assertTrue(TitleSpan.ordinalGoesOn("lần thứ", "XIX, nhiệm kỳ 2020-2025"));
    assertFalse(TitleSpan.ordinalGoesOn("lần thứ", "IVAN")); // variant: a word in capitals is no numeral
    assertFalse(TitleSpan.ordinalGoesOn("về công tác", "I, nhiệm kỳ")); // nor a numeral after a line that can end
  }

  @Test
  void aSubjectWrappedInsideAWordPairThatNeedsMoreGoesOn() { // Tika's text of LibreOffice's PDF: heldout-2 06
    DocumentMetadata md = extract("TỈNH ỦY BẾN TRE", "Số 386 -BC/TU", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Bến Tre, ngày 15 tháng 5 năm 2023", "BÁO CÁO",
        "tổng kết 10 năm thực hiện Nghị quyết số 24-NQ/TW, ngày 03/6/2013 của Ban",
        "Chấp hành",
        "Trung ương Đảng (khóa XI) về chủ động ứng phó với biến đổi khí hậu, tăng",
        "cường",
        "quản lý tài nguyên và bảo vệ môi trường",
        "Bến Tre là tỉnh ven biển cuối nguồn sông Cửu Long, gồm ba cù lao An Hóa, Bảo,",
        "Minh, có 65 km bờ biển; là một trong những địa phương chịu ảnh hưởng nặng nề");
    assertEquals("tổng kết 10 năm thực hiện Nghị quyết số 24-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI)"
        + " về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường", md.title());
  }
}
