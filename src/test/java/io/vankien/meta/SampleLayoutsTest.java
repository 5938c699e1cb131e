package io.vankien.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vankien.extract.TextCleaner;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cases met in the sample documents (samples/*.txt), each with the lines that caused it; the rules are
 * for the layouts, so each test also holds a variant the samples do not have.
 */
class SampleLayoutsTest {
  private final MetadataExtractor extractor = new MetadataExtractor();

  private DocumentMetadata extract(String... lines) {
    return extractor.extract(TextCleaner.clean(String.join("\n", lines)));
  }

  private static final String[] TINH_UY_HEADER = {
    "ĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ỦY KON TUM", "*", "Số 05-HD/TU", "Kon Tum, ngày 28 tháng 11 năm 2016", ""};

  private static String[] with(String[] head, String... rest) {
    String[] all = new String[head.length + rest.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(rest, 0, all, head.length, rest.length);
    return all;
  }

  // ---- title ----

  @Test
  void aTitleLineUnderTheTypeLineMayBeginLikeABodyParagraph() { // sample 02
    DocumentMetadata md = extract("ỦY BAN NHÂN DÂN", "TỈNH HÀ NAM", "Số: 45/KH-UBND", "Hà Nam, ngày 10 tháng 5 năm 2019",
        "", "KẾ HOẠCH",
        "Thực hiện Nghị quyết số 12-NQ/TU ngày 15/3/2019 của Ban Thường vụ Tỉnh ủy",
        "về đẩy mạnh xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu giai đoạn 2019 - 2025",
        "",
        "Thực hiện Nghị quyết số 12-NQ/TU ngày 15/3/2019 của Ban Thường vụ Tỉnh ủy về đẩy mạnh xây dựng nông thôn "
            + "mới nâng cao (sau đây gọi tắt là Nghị quyết số 12-NQ/TU), Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:",
        "", "I. MỤC ĐÍCH, YÊU CẦU");
    assertEquals("Thực hiện Nghị quyết số 12-NQ/TU ngày 15/3/2019 của Ban Thường vụ Tỉnh ủy về đẩy mạnh xây dựng "
        + "nông thôn mới nâng cao, nông thôn mới kiểu mẫu giai đoạn 2019 - 2025", md.title());
    assertEquals("45/KH-UBND", md.number());
    // a notice with no subject line: its first sentence is body, not title
    DocumentMetadata notice = extract("THÔNG BÁO", "Tại Hội nghị ngày 12/3/2024, Ban Thường vụ Tỉnh ủy đã nghe báo cáo.");
    assertNull(notice.title());
  }

  @Test
  void aConferenceLineInRunningCaseIsNoPartOfTheSubject() {
    DocumentMetadata md = extract(with(TINH_UY_HEADER, "NGHỊ QUYẾT",
        "Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ tỉnh khóa XVI", "về phát triển du lịch", "", "I. TÌNH HÌNH"));
    assertEquals("về phát triển du lịch", md.title());
    assertEquals("khóa XVI", md.term());
  }

  @Test
  void aSubjectInLowerCaseBeforeItsVeLineIsKeptWhole() { // sample 27
    DocumentMetadata md = extract(with(TINH_UY_HEADER, "BÁO CÁO",
        "kết quả thực hiện Nghị quyết số 01-NQ/TU ngày 26/11/2020 của Tỉnh uỷ",
        "về nhiệm vụ phát triển kinh tế - xã hội năm 2021", "", "I. KẾT QUẢ ĐẠT ĐƯỢC"));
    assertEquals("kết quả thực hiện Nghị quyết số 01-NQ/TU ngày 26/11/2020 của Tỉnh uỷ về nhiệm vụ phát triển "
        + "kinh tế - xã hội năm 2021", md.title());
    // heading lines in capitals above the "về" line are not the subject (sample 09, seed layout)
    DocumentMetadata hn = extract("ĐẢNG CỘNG SẢN VIỆT NAM", "THÀNH UỶ HÀ NỘI", "*", "Số 11-CTr/TU",
        "Hà Nội, ngày 17 tháng 3 năm 2021", "", "CHƯƠNG TRÌNH", "CỦA THÀNH UỶ HÀ NỘI",
        "về phát triển văn hoá, du lịch Thủ đô giai đoạn 2021 - 2025", "", "I. MỤC TIÊU");
    assertEquals("về phát triển văn hoá, du lịch Thủ đô giai đoạn 2021 - 2025", hn.title());
    assertEquals("Chương trình", hn.type());
  }

  @Test
  void chuongTrinhHanhDongIsATypeLineNotAChapter() { // sample 21
    DocumentMetadata md = extract(with(TINH_UY_HEADER, "CHƯƠNG TRÌNH HÀNH ĐỘNG",
        "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025",
        "về phát triển kinh tế biển, thủy sản và du lịch", ""));
    assertEquals("Chương trình", md.type());
    assertEquals("thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025 về phát triển "
        + "kinh tế biển, thủy sản và du lịch", md.title());
    assertEquals("Kế hoạch", DocumentTypes.ofTypeLine("KẾ HOẠCH HÀNH ĐỘNG"));
  }

  // ---- signature ----

  @Test
  void rolesAreShownAsTheJudgedDataWriteThem() { // samples 05, 22
    DocumentMetadata md = extract(with(TINH_UY_HEADER, "CHỈ THỊ", "về chuyển đổi số", "",
        "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "", "(Đã ký)", "", "Nguyễn Văn Linh"));
    assertEquals("Phó Bí thư Thường trực", md.signerRole());
    assertEquals("Nguyễn Văn Linh", md.signer());
    assertEquals("Phó Trưởng ban", SignerRoles.roleOf("PHÓ TRƯỞNG BAN"));
    assertEquals("Phó Bí thư Thường trực", SignerRoles.roleOf("Phó Bí thư thường trực"));
    assertEquals("Chánh Văn phòng", SignerRoles.roleOf("CHÁNH VĂN PHÒNG"));
  }

  @Test
  void aDeputySigningForTheHeadForTheBodyKeepsBothLines() { // sample 24
    DocumentMetadata md = extract("ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH", "Số: 415/BC-UBND",
        "Bắc Ninh, ngày 06 tháng 10 năm 2025", "", "BÁO CÁO", "tình hình kinh tế - xã hội 9 tháng năm 2025", "",
        "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Lại Văn Quý");
    assertEquals("TM. Ủy ban nhân dân, KT. Chủ tịch", md.signingAuthority());
    assertEquals("Phó Chủ tịch", md.signerRole());
    assertEquals("Lại Văn Quý", md.signer());
    DocumentMetadata party = extract(with(TINH_UY_HEADER, "HƯỚNG DẪN", "kiểm điểm năm 2016", "",
        "T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ", "PHÓ BÍ THƯ", "", "Trần Văn Hòa"));
    assertEquals("T/M Ban Thường vụ, K/T Bí thư", party.signingAuthority());
    assertEquals("Phó Bí thư", party.signerRole());
  }

  // ---- term ----

  @Test
  void theCouncilsTermStandsOnTheSessionLine() { // sample 08
    DocumentMetadata md = extract("HỘI ĐỒNG NHÂN DÂN", "TỈNH NGHỆ AN", "Số: 25/2022/NQ-HĐND",
        "Nghệ An, ngày 14 tháng 12 năm 2022", "", "NGHỊ QUYẾT",
        "Quy định chính sách hỗ trợ phát triển giáo dục và đào tạo", "", "HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN",
        "KHÓA XVIII, KỲ HỌP THỨ 11", "", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;");
    assertEquals("khóa XVIII", md.term());
    assertEquals("Quy định chính sách hỗ trợ phát triển giáo dục và đào tạo", md.title());
  }

  @Test
  void theCommitteesTermAfterTheCentralCommitteesInTheOpening() { // sample 12
    DocumentMetadata md = extract(with(TINH_UY_HEADER, "HƯỚNG DẪN", "kiểm điểm, đánh giá, xếp loại chất lượng", "",
        "Căn cứ Nghị quyết số 04-NQ/TW ngày 30/10/2016 Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII "
            + "về tăng cường xây dựng, chỉnh đốn Đảng; căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XV, "
            + "Ban Thường vụ Tỉnh ủy hướng dẫn kiểm điểm như sau:", "", "I. MỤC ĐÍCH, YÊU CẦU"));
    assertEquals("khóa XV", md.term());
  }

  @Test
  void aStatedKhoaWinsOverTheCongressATitleNames() { // samples 15, 21
    DocumentMetadata md = extract(with(TINH_UY_HEADER, "TỜ TRÌNH",
        "về dự thảo Báo cáo chính trị trình Đại hội đại biểu", "Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020 - 2025", "",
        "Kính gửi: Ban Chấp hành Đảng bộ tỉnh khoá XVIII.", "",
        "Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp, Ban Thường vụ "
            + "Tỉnh uỷ đã chỉ đạo xây dựng dự thảo Báo cáo chính trị.", "", "1. Chủ đề Đại hội"));
    assertEquals("khóa XVIII", md.term());
  }

  @Test
  void theCongressWhoseResolutionTheBodyCarriesOutInItsTerm() { // sample 01
    String[] doc = with(TINH_UY_HEADER, "NGHỊ QUYẾT", "CỦA BAN THƯỜNG VỤ TỈNH UỶ", "về nông thôn mới", "",
        "I. TÌNH HÌNH", "",
        "Sau gần 10 năm thực hiện Nghị quyết số 26-NQ/TW ngày 05/8/2008 của Ban Chấp hành Trung ương Đảng (khoá X) "
            + "về nông nghiệp, nông dân, nông thôn.", "",
        "1. Mục tiêu chung: nâng cao đời sống; góp phần thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ "
            + "tỉnh lần thứ XIX, nhiệm kỳ 2015 - 2020.");
    assertEquals("Đại hội XIX, nhiệm kỳ 2015-2020", extract(doc).term());
    // a congress to be organised is not the document's term (sample 24)
    DocumentMetadata next = extract(with(TINH_UY_HEADER, "BÁO CÁO", "tình hình 9 tháng", "", "I. KẾT QUẢ", "",
        "3. Chuẩn bị tốt các điều kiện tổ chức Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030."));
    assertNull(next.term());
    // a congress outside the date's term is not it either
    DocumentMetadata past = extract(with(TINH_UY_HEADER, "BÁO CÁO", "tình hình", "", "I. KẾT QUẢ", "",
        "1. Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV, nhiệm kỳ 2005 - 2010."));
    assertNull(past.term());
  }

  @Test
  void theAssemblyOfACitedResolutionIsNotTheLawsTerm() { // laws: the opening cites the amended Constitution
    String[] law = {"QUỐC HỘI", "Số: 68/2006/QH11", "Hà Nội, ngày 29 tháng 6 năm 2006", "", "LUẬT",
      "TIÊU CHUẨN VÀ QUY CHUẨN KỸ THUẬT", "", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992 đã "
          + "được sửa đổi, bổ sung theo Nghị quyết số 51/2001/QH10 ngày 25 tháng 12 năm 2001 của Quốc hội khoá X, "
          + "kỳ họp thứ 10;", "", "Điều 1. Phạm vi điều chỉnh"};
    assertNull(extract(law).term(), "khóa X is the term of the cited resolution");
    String[] withSession = law.clone();
    withSession[5] = "TIÊU CHUẨN VÀ QUY CHUẨN KỸ THUẬT\nQUỐC HỘI NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKHOÁ XI, KỲ HỌP THỨ 9";
    assertEquals("khóa XI", extract(withSession).term());
  }

  @Test
  void aTermStatedOnlyAsNhiemKy() { // sample 23
    DocumentMetadata md = extract(with(TINH_UY_HEADER, "NGHỊ QUYẾT", "CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH",
        "về chuyển đổi số", "",
        "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Hội nghị Ban Chấp hành Đảng bộ tỉnh "
            + "nhiệm kỳ 2020 - 2025 đã thảo luận và quyết nghị:", "", "I. TÌNH HÌNH"));
    assertEquals("nhiệm kỳ 2020-2025", md.term());
  }

  @Test
  void deputiesElectedForTheAssemblyAreNoTerm() { // sample 04
    DocumentMetadata md = extract(with(TINH_UY_HEADER, "BÁO CÁO", "sơ kết 6 tháng đầu năm 2021", "",
        "6 tháng đầu năm 2021, BCH Đảng bộ tỉnh tập trung lãnh đạo triển khai Nghị quyết Đại hội đại biểu Đảng bộ "
            + "tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025, tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XV.",
        "", "I. KẾT QUẢ"));
    assertEquals("Đại hội XX, nhiệm kỳ 2020-2025", md.term());
  }

  // ---- copies without header, merged headers ----

  @Test
  void aConclusionWithoutHeaderSpeaksOfItself() { // sample 14
    DocumentMetadata md = extract("VĂN BẢN MẪU - dữ liệu minh họa, không phải văn bản thật", "",
        "Ngày 12/5/2021, Ban Chấp hành Đảng bộ tỉnh Thanh Hóa đã họp Hội nghị lần thứ ba (khóa XIX) để đánh giá "
            + "tình hình và công tác chuẩn bị bầu cử đại biểu Quốc hội khóa XV, đại biểu Hội đồng nhân dân các cấp "
            + "nhiệm kỳ 2021 - 2026. Sau khi thảo luận, Ban Chấp hành Đảng bộ tỉnh kết luận như sau:", "",
        "1. Tập trung lãnh đạo tổ chức thành công cuộc bầu cử ngày 23/5/2021.", "",
        "T/M TỈNH ỦY", "BÍ THƯ", "", "Đỗ Trọng Hưng");
    assertEquals("Kết luận", md.type());
    assertEquals("2021-05-12", md.date());
    assertEquals("Ban Chấp hành Đảng bộ tỉnh Thanh Hóa", md.issuer());
    assertEquals("Thanh Hóa", md.province());
    assertEquals("provincial", md.level());
    assertEquals("khóa XIX", md.term());
    assertNull(md.title());
    assertEquals("Nghị quyết", DocumentTypes.ofSelfReference("Hội nghị đã thảo luận và quyết nghị:", null));
    assertEquals("Chỉ thị", DocumentTypes.ofSelfReference("Ban Thường vụ yêu cầu:", "tổ chức thực hiện Chỉ thị này."));
  }

  @Test
  void aStarJoinsTheBodyAndTheNumberInAMergedHeader() { // sample 20
    DocumentMetadata md = extract("TỈNH ỦY ĐẮK NÔNG**\\***Số 325-BC/TU", "",
        "**ĐẢNG CỘNG SẢN VIỆT NAM**Gia Nghĩa, ngày 10 tháng 11 năm 2022", "", "## **BÁO CÁO**", "",
        "**sơ kết 2 năm thực hiện Chỉ thị số 42-CT/TW, ngày 24/3/2020 của Ban Bí thư  ",
        "về tăng cường sự lãnh đạo của Đảng đối với công tác phòng ngừa**", "", "\\-----", "",
        "**I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO**");
    assertEquals("325-BC/TU", md.number());
    assertEquals("Tỉnh ủy Đắk Nông", md.issuer());
    assertEquals("Đắk Nông", md.province());
    assertEquals("Lâm Đồng", md.provinceCurrent());
    assertEquals(List.of("42-CT/TW"), md.cites(), "the document's own number is no citation");
    assertEquals("sơ kết 2 năm thực hiện Chỉ thị số 42-CT/TW, ngày 24/3/2020 của Ban Bí thư về tăng cường sự "
        + "lãnh đạo của Đảng đối với công tác phòng ngừa", md.title());
  }

  // ---- issuer, province, level ----

  @Test
  void aDepartmentUnderTheProvincialPartyOrganisationIsOfTheTinhUy() { // sample 22
    DocumentMetadata md = extract("ĐẢNG BỘ TỈNH BÌNH ĐỊNH", "BAN TUYÊN GIÁO", "*", "Số 45-HD/BTGTU", "",
        "ĐẢNG CỘNG SẢN VIỆT NAM", "Quy Nhơn, ngày 20 tháng 02 năm 2025", "", "HƯỚNG DẪN",
        "tuyên truyền việc sắp xếp, tinh gọn tổ chức bộ máy");
    assertEquals("Ban Tuyên giáo Tỉnh ủy Bình Định", md.issuer());
    assertEquals("provincial", md.level());
    assertEquals("Bình Định", md.province());
    assertEquals("Ủy ban Kiểm tra Huyện ủy Nam Đàn",
        IssuerReader.issuerOf(List.of("ĐẢNG BỘ HUYỆN NAM ĐÀN", "ỦY BAN KIỂM TRA")));
    assertEquals("Văn phòng Ủy ban nhân dân tỉnh Nghệ An",
        IssuerReader.issuerOf(List.of("UBND TỈNH NGHỆ AN", "VĂN PHÒNG")));
    assertEquals("Văn phòng Tỉnh ủy Nghệ An", IssuerReader.issuerOf(List.of("ĐẢNG BỘ TỈNH NGHỆ AN", "VĂN PHÒNG")));
  }

  @Test
  void afterTheMergerTheCityOfHueIsAProvince() { // sample 25
    DocumentMetadata md = extract("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HUẾ", "-------", "Số: 356/KH-UBND", "",
        "Huế, ngày 15 tháng 9 năm 2025", "", "KẾ HOẠCH", "Phát triển du lịch thành phố Huế mùa thấp điểm",
        "cuối năm 2025 và năm 2026");
    assertEquals("Huế", md.province());
    assertEquals("Huế", md.provinceCurrent());
    assertEquals("provincial", md.level());
    assertEquals(List.of("Huế"), md.provincesMentioned());
    assertEquals("Ủy ban nhân dân thành phố Huế", md.issuer());
    // before the merger the same header is a city of Thừa Thiên Huế
    DocumentMetadata before = extract("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HUẾ", "Số: 12/KH-UBND",
        "Huế, ngày 15 tháng 9 năm 2020", "", "KẾ HOẠCH", "Phát triển du lịch thành phố Huế");
    assertEquals("Thừa Thiên Huế", before.province());
    assertEquals("district", before.level());
  }

  @Test
  void afterTheMergerAnOldNameGivesTheNewProvince() { // sample 23 names Hà Nam in its body
    DocumentMetadata md = extract(with(new String[] {"ĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ỦY NINH BÌNH", "*",
        "Số 03-NQ/TU", "Ninh Bình, ngày 25 tháng 8 năm 2025", ""}, "NGHỊ QUYẾT",
        "về chuyển đổi số tỉnh Ninh Bình và các địa bàn của tỉnh Hà Nam cũ"));
    assertEquals("Ninh Bình", md.province());
    assertEquals(List.of("Ninh Bình", "Hà Nam"), md.provincesMentioned(), "old names in a title stay as written");
  }
}
