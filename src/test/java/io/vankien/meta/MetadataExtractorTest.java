package io.vankien.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.extract.TextCleaner;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {
  private final MetadataExtractor extractor = new MetadataExtractor();

  private DocumentMetadata extract(String raw) {
    return extractor.extract(TextCleaner.clean(raw));
  }

  // ---- invented documents, Party layout (Hướng dẫn 36-HD/VPTW) ----

  private static final String PARTY = String.join("\n",
      "ĐẢNG BỘ TỈNH THÁI BÌNH",
      "HUYỆN ỦY KIẾN XƯƠNG",
      "*",
      "Số 15-NQ/HU",
      "",
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "",
      "Kiến Xương, ngày 10 tháng 5 năm 2022",
      "",
      "NGHỊ QUYẾT",
      "HỘI NGHỊ LẦN THỨ 8 BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHOÁ XXVI",
      "về phát triển nông nghiệp hữu cơ",
      "giai đoạn 2022-2025",
      "",
      "Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ huyện khóa XXVI họp ngày 09 tháng 5 năm 2022, thực hiện Nghị "
          + "quyết số 05-NQ/TU ngày 3/3/2021 của Tỉnh ủy<sup>1</sup> và Quyết định 1234/QĐ-UBND, đã thảo luận.",
      "",
      "<sup>1</sup> Nghị quyết số 05-NQ/TU, ngày 15/02/2021 về nông nghiệp.",
      "",
      "Nơi nhận:",
      "- Ban Thường vụ Tỉnh ủy (để b/c),",
      "- Các đảng ủy cơ sở,",
      "- Lưu VPHU.",
      "",
      "T/M HUYỆN ỦY",
      "BÍ THƯ",
      "",
      "(Đã ký)",
      "",
      "Trần Văn Mạnh");

  @Test
  void partyLayoutWithHeader() {
    DocumentMetadata md = extract(PARTY);
    assertEquals("Nghị quyết", md.type());
    assertEquals("15-NQ/HU", md.number());
    assertEquals("2022-05-10", md.date());
    assertEquals("place-date line of the header", md.dateSource());
    assertEquals("Huyện ủy Kiến Xương", md.issuer());
    assertEquals("Thái Bình", md.province());
    assertEquals("Hưng Yên", md.provinceCurrent());
    assertEquals("district", md.level());
    assertEquals("Trần Văn Mạnh", md.signer());
    assertEquals("Bí thư", md.signerRole());
    assertEquals("T/M Huyện ủy", md.signingAuthority());
    assertEquals("về phát triển nông nghiệp hữu cơ giai đoạn 2022-2025", md.title());
    assertEquals("khóa XXVI", md.term());
    assertEquals(List.of("05-NQ/TU", "1234/QĐ-UBND"), md.cites());
    assertEquals(List.of("Ban Thường vụ Tỉnh ủy", "Các đảng ủy cơ sở"), md.recipients());
  }

  @Test
  void partyHeaderReadFromPdfWithColumnsOnOneLine() {
    String raw = String.join("\n",
        "TỈNH ỦY LÀO CAI ĐẢNG CỘNG SẢN VIỆT NAM",
        "Số 120-KH/TU Lào Cai, ngày 02 tháng 6 năm 2023",
        "KẾ HOẠCH",
        "thực hiện Kết luận số 48-KL/TW của Bộ Chính trị",
        "Thực hiện Kết luận số 48-KL/TW ngày 30/01/2023 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành kế hoạch.",
        "T/M BAN THƯỜNG VỤ",
        "PHÓ BÍ THƯ",
        "Nguyễn Văn A");
    DocumentMetadata md = extract(raw);
    assertEquals("120-KH/TU", md.number());
    assertEquals("2023-06-02", md.date());
    assertEquals("Tỉnh ủy Lào Cai", md.issuer());
    assertEquals("Lào Cai", md.province());
    assertEquals("Lào Cai", md.provinceCurrent());
    assertEquals("provincial", md.level());
    assertEquals("Kế hoạch", md.type());
    assertEquals("Phó Bí thư", md.signerRole());
    assertEquals("T/M Ban Thường vụ", md.signingAuthority());
    assertEquals("Nguyễn Văn A", md.signer());
    assertEquals(List.of("48-KL/TW"), md.cites());
  }

  @Test
  void cityPartyCommitteeUnderAProvinceIsDistrictLevel() {
    String raw = "ĐẢNG BỘ TỈNH QUẢNG NINH\nTHÀNH ỦY HẠ LONG\nSố 07-CT/TU\nHạ Long, ngày 1 tháng 2 năm 2021\nCHỈ THỊ\n"
        + "về công tác cán bộ\n" + "x".repeat(120);
    DocumentMetadata md = extract(raw);
    assertEquals("Thành ủy Hạ Long", md.issuer());
    assertEquals("district", md.level());
    assertEquals("Quảng Ninh", md.province());
    assertEquals("Chỉ thị", md.type());
    DocumentMetadata hanoi = extract("THÀNH ỦY HÀ NỘI\nSố 07-CT/TU\nHà Nội, ngày 1 tháng 2 năm 2021\nCHỈ THỊ\nvề cán bộ");
    assertEquals("provincial", hanoi.level());
    assertEquals("Hà Nội", hanoi.province());
  }

  // ---- invented documents, state layout (Nghị định 30/2020/NĐ-CP) ----

  @Test
  void stateLayoutInAGridTable() {
    String raw = String.join("\n",
        "+----------------------+----------------------------------+",
        "| **ỦY BAN NHÂN DÂN**  | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA      |",
        "| **TỈNH KHÁNH HOÀ**   | VIỆT NAM**                       |",
        "|                      | Độc lập - Tự do - Hạnh phúc      |",
        "| Số: 123/QĐ-UBND      | *Khánh Hòa, ngày 05 tháng 3 năm  |",
        "|                      | 2024*                            |",
        "+----------------------+----------------------------------+",
        "",
        "**QUYẾT ĐỊNH**",
        "",
        "**Về việc phê duyệt kế hoạch chuyển đổi số năm 2024**",
        "",
        "**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA**",
        "",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "",
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
        "",
        "Điều 1. Phê duyệt kế hoạch chuyển đổi số năm 2024 kèm theo Quyết định này, có hiệu lực từ ngày ký.",
        "",
        "+----------------------+----------------------------------+",
        "| **Nơi nhận:**        | **TM. ỦY BAN NHÂN DÂN**          |",
        "| - Như Điều 3;        | **CHỦ TỊCH**                     |",
        "| - Lưu: VT.           |                                  |",
        "|                      | (đã ký)                          |",
        "|                      |                                  |",
        "|                      | **Lê Văn Bình**                  |",
        "+----------------------+----------------------------------+");
    DocumentMetadata md = extract(raw);
    assertEquals("Quyết định", md.type());
    assertEquals("123/QĐ-UBND", md.number());
    assertEquals("2024-03-05", md.date());
    assertEquals("Ủy ban nhân dân tỉnh Khánh Hòa", md.issuer());
    assertEquals("Khánh Hòa", md.province());
    assertEquals("Khánh Hòa", md.provinceCurrent());
    assertEquals("provincial", md.level());
    assertEquals("Về việc phê duyệt kế hoạch chuyển đổi số năm 2024", md.title());
    assertEquals("TM. Ủy ban nhân dân", md.signingAuthority());
    assertEquals("Chủ tịch", md.signerRole());
    assertEquals("Lê Văn Bình", md.signer());
    assertEquals(List.of("30/2020/NĐ-CP"), md.cites());
    assertEquals(List.of("Như Điều 3"), md.recipients());
  }

  @Test
  void governmentDecreeAndAssemblyResolution() {
    String decree = String.join("\n",
        "CHÍNH PHỦ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 30/2020/NĐ-CP", "Hà Nội, ngày 05 tháng 3 năm 2020", "NGHỊ ĐỊNH", "Về công tác văn thư",
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
        "Chính phủ ban hành Nghị định về công tác văn thư.",
        "TM. CHÍNH PHỦ", "THỦ TƯỚNG", "", "Nguyễn Xuân Phúc");
    DocumentMetadata d = extract(decree);
    assertEquals("Nghị định", d.type());
    assertEquals("30/2020/NĐ-CP", d.number());
    assertEquals("Chính phủ", d.issuer());
    assertEquals("central", d.level());
    assertNull(d.province(), "the place-date line of a central body names no province of issue");
    assertEquals("TM. Chính phủ", d.signingAuthority());
    assertEquals("Thủ tướng", d.signerRole());
    assertEquals("Nguyễn Xuân Phúc", d.signer());
    assertEquals("Về công tác văn thư", d.title());

    String resolution = String.join("\n",
        "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "Nghị quyết số: 1654/NQ-UBTVQH15", "Hà Nội, ngày 27 tháng 5 năm 2025",
        "NGHỊ QUYẾT", "Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Ninh Bình năm 2025",
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
        "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI", "CHỦ TỊCH", "Trần Thanh Mẫn");
    DocumentMetadata r = extract(resolution);
    assertEquals("1654/NQ-UBTVQH15", r.number());
    assertEquals("Ủy ban Thường vụ Quốc hội", r.issuer());
    assertEquals("central", r.level());
    assertEquals(List.of("Ninh Bình"), r.provincesMentioned());
    assertEquals("TM. Ủy ban Thường vụ Quốc hội", r.signingAuthority());
  }

  @Test
  void lawHeaderAndSignature() {
    // real header and signature lines (laws corpus)
    String law = String.join("\n",
        "QUỐC HỘI", "--------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "-----",
        "Luật số: 73/2006/QH 11", "Hà Nội, ngày03 tháng 12 năm 2004", "LUẬT", "BÌNH ĐẲNG GIỚI",
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992 theo Nghị quyết số 51/2001/QH10;",
        "Luật này đã được Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam khoá XI, kỳ họp thứ 10 thông qua "
            + "ngày 29 tháng 11 năm 2006.",
        "CHỦ TỊCH QUỐC HỘI", "Nguyễn Phú Trọng");
    DocumentMetadata md = extract(law);
    assertEquals("73/2006/QH11", md.number());
    assertEquals("2004-12-03", md.date());
    assertEquals("Luật", md.type());
    assertEquals("Quốc hội", md.issuer());
    assertEquals("Nguyễn Phú Trọng", md.signer());
    assertEquals("Chủ tịch Quốc hội", md.signerRole());
    assertEquals("Bình đẳng giới", md.title());
    assertEquals("khóa XI", md.term());
    assertEquals(List.of("51/2001/QH10"), md.cites());
  }

  @Test
  void lawWithoutHeaderTakesAdoptionDateAndAdoptingBody() {
    // real closing lines (laws corpus): no header, name then "(Đã ký)"
    String law = "LUẬT\nCẢI CÁCH RUỘNG ĐẤT\nChương 1:\nĐiều 1. Mục đích cải cách ruộng đất là thủ tiêu quyền chiếm hữu ruộng đất "
        + "của thực dân Pháp và của đế quốc xâm lược.\nLuật này do Quốc hội nước Việt Nam dân chủ cộng hoà thông qua "
        + "trong khoá họp lần thứ III ngày 4 tháng 12 năm 1953\n \nHồ Chí Minh\n\n(Đã ký)";
    DocumentMetadata md = extract(law);
    assertNull(md.number());
    assertEquals("1953-12-04", md.date());
    assertEquals("adoption date stated in the text (no date in the header)", md.dateSource());
    assertEquals("Quốc hội", md.issuer());
    assertEquals("Hồ Chí Minh", md.signer());
    assertNull(md.province(), "a person named Hồ Chí Minh is no province");
  }

  @Test
  void presidentialDecreeGivesNumberAndDateInItsTitleLine() {
    // real header lines (laws corpus)
    String raw = "LUẬT\n\nSỐ 101-SL/L.003 NGÀY 20-5-1957 QUY ĐỊNH QUYỀN TỰ DO HỘI HỌP\n\n"
        + "CHỦ TỊCH NƯỚC VIỆT NAM DÂN CHỦ CỘNG HOÀ\n\nRA SẮC LỆNH:\n\nNay ban bố luật quy định quyền tự do hội họp đã "
        + "được Quốc hội biểu quyết trong khoá họp thứ sáu.\n\nHồ Chí Minh\n\n(Đã ký)";
    DocumentMetadata md = extract(raw);
    assertEquals("101-SL/L.003", md.number());
    assertEquals("1957-05-20", md.date());
    assertEquals("date beside the number in the header", md.dateSource());
    assertEquals("Chủ tịch nước Việt Nam Dân chủ Cộng hòa", md.issuer());
    assertEquals("Quy định quyền tự do hội họp", md.title());
    assertEquals("Hồ Chí Minh", md.signer());
  }

  // ---- copies without a header (the seeds), real lines ----

  @Test
  void meetingDateFromTheFirstParagraph() {
    String raw = "**THÔNG BÁO**\n\n**HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH  \nsơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu  \n"
        + "Đảng bộ tỉnh Ninh Bình lần thứ XXII, nhiệm kỳ 2020-2025**\n\n"
        + "Ngày 29/9/2023, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết "
        + "Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần thứ XXII, nhiệm kỳ 2020-2025.\n\n"
        + "<sup>1</sup> Tờ trình số 19-TTr/TU, ngày 25/9/2023 về việc xin ý kiến\n\nT/M TỈNH ỦY  \nBÍ THƯ\n\n\n\nĐoàn Minh Huấn";
    DocumentMetadata md = extract(raw);
    assertNull(md.number(), "a cited symbol is never the document's number");
    assertEquals("2023-09-29", md.date(), "the footnote's date is not the document's");
    assertEquals("meeting date in the first paragraph (no header in this copy)", md.dateSource());
    assertEquals("Tỉnh ủy Ninh Bình", md.issuer());
    assertEquals("Ninh Bình", md.province());
    assertEquals("Đại hội XXII, nhiệm kỳ 2020-2025", md.term());
    assertEquals(List.of("19-TTr/TU"), md.cites());
    assertEquals("T/M Tỉnh ủy", md.signingAuthority());
  }

  @Test
  void meetingDateInParenthesesAndNoProvinceWhenNoneIsNamed() {
    String raw = "**KẾT LUẬN**\n\n**HỘI NGHỊ LẦN THỨ MƯỜI HAI BAN CHẤP HÀNH ĐẢNG BỘ TỈNH  \nvề Báo cáo sơ kết giữa nhiệm kỳ**\n\n"
        + "-----\n\nTại Hội nghị lần thứ mười hai Ban Chấp hành Đảng bộ tỉnh khóa XVI (*họp ngày 30-6-2023*), sau khi "
        + "xem xét Tờ trình số 72-TTr/TU, ngày 29-6-2023 của Ban Thường vụ Tỉnh ủy, Ban Chấp hành Đảng bộ tỉnh kết luận:\n\n"
        + "Củng cố quan hệ với các tỉnh giáp biên của Nước Cộng hòa Dân chủ Nhân dân Lào; chống “diễn biến hòa bình”.\n\n"
        + "**T/M TỈNH ỦY  \nBÍ THƯ**\n\n**Dương Văn Trang**";
    DocumentMetadata md = extract(raw);
    assertEquals("2023-06-30", md.date());
    assertNull(md.province());
    assertNull(md.provinceCurrent());
    assertEquals("Ban Chấp hành Đảng bộ tỉnh", md.issuer());
    assertEquals("provincial", md.level());
    assertEquals("khóa XVI", md.term());
    assertEquals("về Báo cáo sơ kết giữa nhiệm kỳ", md.title());
    assertEquals("Dương Văn Trang", md.signer());
  }

  @Test
  void mergedTypeLineAndProvinceFromTheBody() {
    String raw = "KẾT LUẬN**CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH****về một số nhiệm vụ, giải pháp trọng tâm**\n\n"
        + "Ngày 24/8/2023, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết "
        + "Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020-2025; Bắc Giang đã ứng phó kịp thời.\n\n"
        + "Hình ảnh, vị thế của tỉnh Bắc Giang tiếp tục được khẳng định; Nhân dân tỉnh Bắc Giang tin tưởng.\n\n"
        + "Nơi nhận: *2**\n\n- Bộ Chính trị, Ban Bí thư (*báo cáo*),\n- Lưu Văn phòng Tỉnh ủy.\n\n"
        + "T/M TỈNH ỦY\nBÍ THƯ\n\n\n\nĐương Văn Thái";
    DocumentMetadata md = extract(raw);
    assertEquals("Kết luận", md.type());
    assertEquals("về một số nhiệm vụ, giải pháp trọng tâm", md.title());
    assertEquals("2023-08-24", md.date());
    assertEquals("Bắc Giang", md.province());
    assertEquals("Bắc Ninh", md.provinceCurrent());
    assertEquals("Ban Chấp hành Đảng bộ tỉnh Bắc Giang", md.issuer());
    assertEquals("Đại hội XIX, nhiệm kỳ 2020-2025", md.term());
    assertEquals("Dương Văn Thái", md.signer(), "Đương is no surname: a Đ/D conversion error");
    assertEquals(List.of("Bộ Chính trị, Ban Bí thư"), md.recipients());
  }

  @Test
  void signedMarkIsNoNameAndAFootnoteAfterTheSignatureIsNoSigner() {
    String raw = "TỈNH ỦY HÀ NAM\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n\\*  \nSố 408 -BC/TU\n\nHà Nam, ngày 07 tháng 7 năm 2020\n\n"
        + "## BÁO CÁO\n\n**kết quả công tác 6 tháng đầu năm**\n\n" + "Nội dung báo cáo ".repeat(10) + "\n\n"
        + "**T/M TỈNH ỦY  \nBÍ THƯ**\n\n(đã ký)\n\n**Lê Thị Thủy**\n\n<sup>63</sup>Thi tốt nghiệp trung học phổ thông";
    DocumentMetadata md = extract(raw);
    assertEquals("408-BC/TU", md.number());
    assertEquals("2020-07-07", md.date());
    assertEquals("Báo cáo", md.type());
    assertEquals("Tỉnh ủy Hà Nam", md.issuer());
    assertEquals("Hà Nam", md.province());
    assertEquals("Ninh Bình", md.provinceCurrent());
    assertEquals("Lê Thị Thủy", md.signer());
    assertEquals("kết quả công tác 6 tháng đầu năm", md.title());
    assertNull(md.term());
  }

  @Test
  void emptyTextGivesEmptyMetadata() {
    DocumentMetadata md = extract("");
    assertNull(md.type());
    assertNull(md.number());
    assertNull(md.date());
    assertNull(md.signer());
    assertTrue(md.cites().isEmpty());
  }

  @Test
  void unsignedDraftDateIsNoDate() {
    DocumentMetadata md = extract("TỈNH ỦY NAM ĐỊNH\nSố -NQ/TU\nNam Định, ngày … tháng … năm 2024\nNGHỊ QUYẾT\nvề việc A");
    assertNull(md.date());
    assertNull(md.number());
    assertEquals("Nam Định", md.province());
  }

  @Test
  void departmentUnderACommitteeIsNamedWithIt() {
    DocumentMetadata ban = extract("TỈNH ỦY BẮC NINH\nBAN TUYÊN GIÁO\n*\nSố 45-HD/BTGTU\nBắc Ninh, ngày 3 tháng 4 năm 2024\n"
        + "HƯỚNG DẪN\ntuyên truyền kỷ niệm ngày thành lập Đảng");
    assertEquals("Ban Tuyên giáo Tỉnh ủy Bắc Ninh", ban.issuer());
    assertEquals("provincial", ban.level());
    assertEquals("Hướng dẫn", ban.type());
    DocumentMetadata so = extract("UBND TỈNH BẮC NINH\nSỞ TÀI CHÍNH\nSố: 12/BC-STC\nBắc Ninh, ngày 3 tháng 4 năm 2024\nBÁO CÁO\nvề ngân sách");
    assertEquals("Sở Tài chính tỉnh Bắc Ninh", so.issuer());
    assertEquals("Bắc Ninh", so.province());
    assertEquals("provincial", so.level());
    DocumentMetadata xa = extract("ĐẢNG BỘ HUYỆN TIÊN DU\nĐẢNG ỦY XÃ PHẬT TÍCH\nSố 03-NQ/ĐU\nPhật Tích, ngày 3 tháng 4 năm 2024\n"
        + "NGHỊ QUYẾT\nvề xây dựng nông thôn mới");
    assertEquals("Đảng ủy xã Phật Tích", xa.issuer());
    assertEquals("commune", xa.level());
    assertNull(xa.province(), "no province is named");
  }

  @Test
  void aTitleCitingAPlanGivesNoNumber() {
    DocumentMetadata md = extract("THÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ VỀ KẾ HOẠCH SỐ 12-KH/TU NGÀY 3/3/2021\n"
        + "Ngày 5/4/2021, Ban Thường vụ Tỉnh ủy họp nghe báo cáo tình hình thực hiện Kế hoạch số 12-KH/TU.");
    assertNull(md.number());
    assertEquals("2021-04-05", md.date());
    assertEquals(List.of("12-KH/TU"), md.cites());
  }

  @Test
  void headerlessNoticeOfTheStandingCommittee() {
    DocumentMetadata md = extract("THÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề công tác chuyển đổi số\n\n"
        + "Ngày 12 tháng 3 năm 2024, Ban Thường vụ Tỉnh ủy họp nghe báo cáo; thực hiện Nghị quyết Hội nghị lần thứ 8 "
        + "Ban Chấp hành Trung ương khóa XIII, Đảng bộ tỉnh Tuyên Quang và Nhân dân tỉnh Tuyên Quang quyết tâm.\n\n"
        + "T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nHoàng Văn Nam (đã ký)");
    assertEquals("Thông báo", md.type());
    assertEquals("2024-03-12", md.date());
    assertEquals("Ban Thường vụ Tỉnh ủy Tuyên Quang", md.issuer());
    assertEquals("Tuyên Quang", md.province());
    assertEquals("provincial", md.level());
    assertNull(md.term(), "khóa XIII is the Central Committee's term");
    assertEquals("T/L Ban Thường vụ", md.signingAuthority());
    assertEquals("Chánh Văn phòng", md.signerRole());
    assertEquals("Hoàng Văn Nam", md.signer());
    assertEquals("về công tác chuyển đổi số", md.title());
  }

  @Test
  void shortFirstParagraphIsNotTitle() {
    DocumentMetadata md = extract("TỈNH ỦY CAO BẰNG\nSố 9-CT/TU\nCao Bằng, ngày 2 tháng 1 năm 2024\nCHỈ THỊ\n"
        + "về tăng cường công tác dân vận\n1. Các cấp ủy quán triệt.\n2. Tổ chức thực hiện.");
    assertEquals("về tăng cường công tác dân vận", md.title());
  }

  @Test
  void aShortSubjectEndsAtTheFirstSentenceUnderIt() {
    // Word files read by Tika: one paragraph per line, no blank line between the subject and the body
    String raw = "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 57-NQ/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 22 tháng 12 năm 2024\n"
        + "NGHỊ QUYẾT\nCỦA BỘ CHÍNH TRỊ\nvề đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo\n"
        + "và chuyển đổi số quốc gia\nBộ Chính trị yêu cầu các cấp ủy quán triệt.\nT/M BỘ CHÍNH TRỊ\nTỔNG BÍ THƯ\nTô Lâm\n";
    assertEquals("về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
        extract(raw).title());
    String kl = "HUYỆN ỦY THỌ XUÂN\nSố 45-KL/HU\nThọ Xuân, ngày 3 tháng 8 năm 2023\nKẾT LUẬN\n"
        + "của Ban Thường vụ Huyện ủy về công tác chuyển đổi số\nBan Thường vụ Huyện ủy kết luận như sau:\n";
    assertEquals("về công tác chuyển đổi số", extract(kl).title(), "the issuing body before \"về\" is not the subject");
    String parts = "TỈNH ỦY HƯNG YÊN\nSố 01-NQ/TU\nNGHỊ QUYẾT\nVề tình hình năm 2020;\nmục tiêu, nhiệm vụ năm 2021\n";
    assertEquals("Về tình hình năm 2020; mục tiêu, nhiệm vụ năm 2021", extract(parts).title(), "\";\" joins two parts");
  }

  @Test
  void theCityThatIsAProvinceKeepsItsName() {
    String raw = "THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH\n*\nSố 12-CT/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        + "Thành phố Hồ Chí Minh, ngày 10 tháng 11 năm 2025\nCHỈ THỊ\nvề bảo vệ môi trường\n";
    DocumentMetadata m = extract(raw);
    assertEquals("Thành ủy Thành phố Hồ Chí Minh", m.issuer());
    assertEquals("provincial", m.level());
    assertEquals("Hồ Chí Minh", m.province());
  }

  @Test
  void aSubjectInCapitalsEndsTheHeader() {
    // the layout of the older laws: the subject in capitals, then a preamble that is not a recital
    String law = "QUỐC HỘI\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/2001/QH10\nHà Nội, ngày 2 tháng 7 năm 2001\n\n"
        + "LUẬT\n\nBẢO VỆ NGUỒN NƯỚC MẪU\n\nĐể bảo vệ nguồn nước, Quốc hội ban hành Luật này.\n\nChương I\n";
    assertEquals("Bảo vệ nguồn nước mẫu", extract(law).title());
    // a heading broken at the margin, above the subject
    String broken = "TỈNH ỦY HƯNG YÊN\nSố 07-NQ/TU\nHưng Yên, ngày 3 tháng 2 năm 2021\nNGHỊ QUYẾT\nHỘI NGHỊ\n"
        + "LẦN THỨ 3 BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\nvề chuyển đổi số\n\nHội nghị lần thứ 3 Ban Chấp hành Đảng bộ tỉnh đã họp.\n";
    assertEquals("về chuyển đổi số", extract(broken).title());
  }

  @Test
  void aCopyWithoutHeaderTakesItsProvinceFromTheCommitteeNamingItself() {
    String resolution = "**NGHỊ QUYẾT**\n\n**HỘI NGHỊ LẦN THỨ 15 BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XX  \n"
        + "về phát triển công nghiệp hỗ trợ đến năm 2030**\n\n"
        + "Ngày 12/4/2024, tại Hội nghị lần thứ 15, Ban Chấp hành Đảng bộ tỉnh Thái Bình khóa XX đã thảo luận và quyết nghị:\n\n"
        + "1\\. Phát triển công nghiệp hỗ trợ ở các huyện giáp tỉnh Nam Định và tỉnh Hải Dương.\n\n"
        + "**T/M TỈNH ỦY**\n\n**BÍ THƯ**\n\n**Ngô Đông Mẫu**\n";
    DocumentMetadata m = extract(resolution);
    assertEquals("Thái Bình", m.province(), "the committee names itself; other provinces are neighbours");
    assertEquals("Ban Chấp hành Đảng bộ tỉnh Thái Bình", m.issuer());
    String directive = "**CHỈ THỊ**\n\n**CỦA BAN THƯỜNG VỤ TỈNH ỦY**\n\n**về phòng, chống thiên tai**\n\n"
        + "Những năm qua, các cấp ủy, chính quyền tỉnh Quảng Bình đã quan tâm lãnh đạo công tác phòng, chống thiên tai.\n\n"
        + "**T/M BAN THƯỜNG VỤ**\n\n**BÍ THƯ**\n\n**Lê Minh Mẫu**\n";
    assertEquals("Quảng Bình", extract(directive).province(), "the only province the text names");
    String two = directive.replace("tỉnh Quảng Bình", "tỉnh Quảng Bình và tỉnh Quảng Trị");
    assertEquals(null, extract(two).province(), "two provinces named once each: the text does not say which");
  }

  @Test
  void aTitleBeforeTheSignersNameIsNotPartOfIt() {
    String head = "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: 12/QĐ-UBND\nNam Định, ngày 3 tháng 2 năm 2021\nQUYẾT ĐỊNH\n"
        + "Về việc thành lập Ban Chỉ đạo\n\nĐiều 1. Thành lập Ban Chỉ đạo phòng cháy, chữa cháy của tỉnh năm 2021.\n\n"
        + "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n";
    assertEquals("Lê Văn Mẫu", extract(head + "Thiếu tướng Lê Văn Mẫu\n").signer());
    assertEquals("Lê Văn Mẫu", extract(head + "PGS.TS. Lê Văn Mẫu\n").signer());
    assertEquals("Lê Văn Mẫu", extract(head + "TS. LÊ VĂN MẪU\n").signer());
    assertEquals("Chủ tịch", extract(head + "TS. Lê Văn Mẫu\n").signerRole());
  }

  @Test
  void partyCommitteesOfTheArmedForcesAndOfThePartyOrgansKeepTheirCapitals() {
    String tail = "\n*\nSố 12-KH/ĐU\nVinh, ngày 3 tháng 9 năm 2025\nKẾ HOẠCH\nvề công tác cán bộ\n";
    assertEquals("Đảng ủy Quân sự tỉnh Nghệ An", extract("ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY QUÂN SỰ TỈNH" + tail).issuer());
    assertEquals("Đảng ủy Công an tỉnh Nghệ An", extract("ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY CÔNG AN TỈNH" + tail).issuer());
    assertEquals("Đảng ủy các cơ quan Đảng tỉnh Nghệ An",
        extract("ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH" + tail).issuer());
  }

  @Test
  void theCopyStampOfAnArchivedCopyIsNotTheDocument() {
    String raw = "TỈNH ỦY NAM ĐỊNH\n*\nSố 45-CV/VPTU\nV/v triển khai chuyển đổi số\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        + "Nam Định, ngày 3 tháng 2 năm 2021\n\nKính gửi: Các huyện ủy, thành ủy.\n\n"
        + "Thực hiện Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy, Văn phòng Tỉnh ủy đề nghị các huyện ủy triển khai.\n\n"
        + "Nơi nhận:\n- Như kính gửi,\n- Lưu VPTU.\n\nT/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nTrần Văn Mẫu\n\n"
        + "SAO Y BẢN CHÍNH\nHUYỆN ỦY HẢI HẬU\nSố 15-SY/VPHU\nHải Hậu, ngày 10 tháng 2 năm 2021\n"
        + "Nơi nhận:\n- Các chi bộ,\n- Lưu.\nT/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nLê Thị Sao\n";
    DocumentMetadata m = extract(raw);
    assertEquals("45-CV/VPTU", m.number());
    assertEquals("2021-02-03", m.date());
    assertEquals("Trần Văn Mẫu", m.signer());
    assertEquals(java.util.List.of("12-KH/TU"), m.cites());
    assertEquals(java.util.List.of("Như kính gửi"), m.recipients());
  }

  @Test
  void aSignatureBlockReadIntoOneLine() {
    String head = "TỈNH ỦY NAM ĐỊNH\nSố 12-KL/TU\nNam Định, ngày 3 tháng 2 năm 2021\nKẾT LUẬN\nvề công tác cán bộ\n\n"
        + "Ban Thường vụ Tỉnh ủy kết luận như sau: đồng ý với đề xuất của Ban Tổ chức Tỉnh ủy.\n\n"
        + "Nơi nhận:\n- Như trên,\n- Lưu VPTU.\n";
    DocumentMetadata one = extract(head + "T/M BAN THƯỜNG VỤ BÍ THƯ Nguyễn Văn Mẫu\n");
    assertEquals("Nguyễn Văn Mẫu", one.signer());
    assertEquals("Bí thư", one.signerRole());
    assertEquals("T/M Ban Thường vụ", one.signingAuthority());
    DocumentMetadata two = extract(head + "K/T BÍ THƯ PHÓ BÍ THƯ\n(Đã ký)\nLê Thị Mẫu\n");
    assertEquals("Phó Bí thư", two.signerRole());
    assertEquals("K/T Bí thư", two.signingAuthority());
    DocumentMetadata state = extract(head + "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH\nTrần Văn Mẫu\n");
    assertEquals("TM. Ủy ban nhân dân, KT. Chủ tịch", state.signingAuthority());
    assertEquals("Phó Chủ tịch", state.signerRole());
    assertEquals("Nguyễn Văn Mẫu", extract(head + "T/M BAN THƯỜNG VỤ\nBÍ THƯ Nguyễn Văn Mẫu\n").signer());
  }

  /** A notice of the standing members' conclusions after a working visit has a subject that is no "về" line. */
  @Test
  void noticeHeadingAboveASubjectWithoutVe() {
    DocumentMetadata md = extract(String.join("\n", "TỈNH ỦY ĐẮK LẮK", "*", "Số 512-TB/TU", "",
        "ĐẢNG CỘNG SẢN VIỆT NAM", "Đắk Lắk, ngày 22 tháng 4 năm 2022", "", "THÔNG BÁO",
        "KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY", "tại buổi làm việc với Ban Thường vụ Huyện ủy Krông Búk", "",
        "Ngày 18/4/2022, Thường trực Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Krông Búk. Thường trực Tỉnh ủy"
            + " kết luận như sau:", "", "T/L BAN THƯỜNG VỤ", "PHÓ CHÁNH VĂN PHÒNG", "", "Điểu K'Ré"));
    assertEquals("Thông báo", md.type());
    assertEquals("tại buổi làm việc với Ban Thường vụ Huyện ủy Krông Búk", md.title());
    assertEquals("Điểu K'Ré", md.signer());
    assertEquals("Phó Chánh Văn phòng", md.signerRole());
    // a conference heading above a subject in lower case stays part of the subject (seed 000)
    assertEquals("Hội nghị Ban Chấp hành Đảng bộ tỉnh sơ kết giữa nhiệm kỳ", TitleReader.title(
        java.util.List.of("HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH", "sơ kết giữa nhiệm kỳ")));
  }

  /** A copy that dropped the place name keeps its date line: "ngày 20 tháng 9 năm 2025" alone. */
  @Test
  void dateLineWithoutPlace() {
    for (String dateLine : List.of("ngày 20 tháng 9 năm 2025", "Ngày 20 tháng 9 năm 2025")) {
      DocumentMetadata md = extract(String.join("\n", "ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ DIỄN CHÂU", "*",
          "Số 07-NQ/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM", dateLine, "", "NGHỊ QUYẾT",
          "về phát triển kinh tế biển xã Diễn Châu giai đoạn 2025-2030", "",
          "Ban Chấp hành Đảng bộ xã khóa I quyết nghị các nội dung chủ yếu sau đây về kinh tế biển của xã.", "",
          "T/M ĐẢNG ỦY", "BÍ THƯ", "", "Nguyễn Văn Hải"));
      assertEquals("2025-09-20", md.date(), dateLine);
      assertEquals("place-date line of the header", md.dateSource());
      assertEquals("về phát triển kinh tế biển xã Diễn Châu giai đoạn 2025-2030", md.title(), dateLine);
      assertEquals("Đảng ủy xã Diễn Châu", md.issuer());
      assertEquals("commune", md.level());
    }
  }

  /** A web copy whose header lines were run together with spaces only. */
  @Test
  void headerRunTogetherWithSpaces() {
    DocumentMetadata md = extract("TỈNH ỦY NGHỆ AN Số 25-NQ/TU ĐẢNG CỘNG SẢN VIỆT NAM Nghệ An, ngày 3 tháng 6 năm"
        + " 2021 NGHỊ QUYẾT về phát triển giáo dục nghề nghiệp giai đoạn 2021-2025\n\nBan Chấp hành Đảng bộ tỉnh"
        + " khóa XIX ban hành Nghị quyết về phát triển giáo dục nghề nghiệp với các nội dung sau.\n\n"
        + "T/M TỈNH ỦY BÍ THƯ Thái Thanh Quý\n");
    assertEquals("Nghị quyết", md.type());
    assertEquals("25-NQ/TU", md.number());
    assertEquals("2021-06-03", md.date());
    assertEquals("Tỉnh ủy Nghệ An", md.issuer());
    assertEquals("về phát triển giáo dục nghề nghiệp giai đoạn 2021-2025", md.title());
    assertEquals(List.of(), md.cites());
    assertEquals("Thái Thanh Quý", md.signer());
  }

  @Test
  void departmentsAndCommitteesUnderTheirPartyOrganisation() {
    assertEquals("Ban Chấp hành Đảng bộ tỉnh Hậu Giang",
        IssuerReader.issuerOf(List.of("ĐẢNG BỘ TỈNH HẬU GIANG", "BAN CHẤP HÀNH")));
    assertEquals("Ban Thường vụ Tỉnh ủy Hậu Giang",
        IssuerReader.issuerOf(List.of("ĐẢNG BỘ TỈNH HẬU GIANG", "BAN THƯỜNG VỤ")));
    assertEquals("Sở Nông nghiệp và Phát triển nông thôn tỉnh Tiền Giang",
        IssuerReader.issuerOf(List.of("UBND TỈNH TIỀN GIANG", "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN")));
    assertEquals("Sở Lao động - Thương binh và Xã hội tỉnh Hà Tĩnh",
        IssuerReader.issuerOf(List.of("UBND TỈNH HÀ TĨNH", "SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI")));
    assertEquals("Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng",
        IssuerReader.issuerOf(List.of("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "BAN TUYÊN GIÁO VÀ DÂN VẬN")));
    // in a title the same words are not a department's name
    assertEquals("Về phát triển nông nghiệp và phát triển nông thôn",
        TitleReader.title(List.of("VỀ PHÁT TRIỂN NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN")));
  }
}
