package io.vankien.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.extract.TextCleaner;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Layouts the held-out set (eval/heldout) showed missing: recitals under a title, a letter's "V/v"
 * subject, Party groups and bloc committees in the header, a committee's term in parentheses. Each case
 * has the line from the held-out file and a variant that is in no file.
 */
class HeldOutLayoutsTest {
  private final MetadataExtractor extractor = new MetadataExtractor();

  private DocumentMetadata extract(String... lines) {
    return extractor.extract(TextCleaner.clean(String.join("\n", lines)));
  }

  // ---- 1. recitals end the title ----

  @Test
  void dashedRecitalsAreNotPartOfTheTitle() { // held-out 01
    DocumentMetadata md = extract("TỈNH ỦY LẠNG SƠN", "*", "Số 105 -QĐ/TU", "", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Lạng Sơn, ngày 03 tháng 02 năm 2021", "", "QUYẾT ĐỊNH",
        "ban hành Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh", "khóa XVII, nhiệm kỳ 2020 - 2025", "",
        "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
        "- Căn cứ Quy định số 29-QĐ/TW, ngày 25/7/2016 của Ban Chấp hành Trung ương thi hành Điều lệ Đảng;",
        "- Theo đề nghị của Văn phòng Tỉnh ủy,", "", "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XVII QUYẾT ĐỊNH", "",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.");
    assertEquals("ban hành Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XVII, nhiệm kỳ 2020 - 2025",
        md.title());
    assertEquals("khóa XVII", md.term());
    assertEquals(List.of("29-QĐ/TW"), md.cites());
  }

  @Test
  void aStateDecisionWhoseOnlyRecitalIsAProposal() { // variant: no "Căn cứ", no blank line, no dash
    DocumentMetadata md = extract("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NINH", "Số: 88/QĐ-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hạ Long, ngày 09 tháng 01 năm 2024",
        "QUYẾT ĐỊNH", "Về việc công nhận xã đạt chuẩn nông thôn mới năm 2023",
        "Xét đề nghị của Chánh Văn phòng Điều phối nông thôn mới tỉnh tại Tờ trình số 12/TTr-VPĐP,",
        "QUYẾT ĐỊNH:", "Điều 1. Công nhận 05 xã đạt chuẩn nông thôn mới năm 2023.");
    assertEquals("Về việc công nhận xã đạt chuẩn nông thôn mới năm 2023", md.title());
    assertTrue(HeaderReader.RECITAL.matcher("+ Theo đề nghị của Giám đốc Sở Nội vụ,").find());
    assertTrue(HeaderReader.RECITAL.matcher("Xét Tờ trình số 45/TTr-SNV ngày 02/3/2024,").find());
    assertTrue(!HeaderReader.RECITAL.matcher("về căn cứ pháp lý của việc sắp xếp").find(), "not a recital");
  }

  // ---- 2. a letter's subject under its number ----

  @Test
  void theVvLineOfAPartyLetterIsItsTitle() { // held-out 03
    DocumentMetadata md = extract("ĐẢNG BỘ TỈNH BẠC LIÊU", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "*",
        "Số 215-CV/ĐUK", "V/v tổ chức sinh hoạt chuyên đề năm 2018",
        "về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Bạc Liêu, ngày 16 tháng 5 năm 2018", "",
        "Kính gửi: Các tổ chức cơ sở đảng trực thuộc Đảng ủy Khối.", "",
        "Thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị, Ban Thường vụ Đảng ủy Khối đề nghị:");
    assertEquals("Công văn", md.type());
    assertEquals("V/v tổ chức sinh hoạt chuyên đề năm 2018 về học tập và làm theo tư tưởng, đạo đức, phong "
        + "cách Hồ Chí Minh", md.title());
    assertEquals("Đảng ủy Khối các cơ quan tỉnh Bạc Liêu", md.issuer());
    assertEquals("Bạc Liêu", md.province());
    assertEquals("provincial", md.level());
  }

  @Test
  void aStateLetterSaysVeViecAndStopsAtTheMotto() { // variant: state layout, "Về việc", motto on the next line
    DocumentMetadata md = extract("UBND TỈNH HẬU GIANG", "SỞ NỘI VỤ", "Số: 412/SNV-VP",
        "Về việc góp ý dự thảo Quy chế văn hóa công vụ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Vị Thanh, ngày 02 tháng 4 năm 2022", "",
        "Kính gửi: Các sở, ban, ngành tỉnh.");
    assertEquals("Về việc góp ý dự thảo Quy chế văn hóa công vụ", md.title());
    assertEquals("Sở Nội vụ tỉnh Hậu Giang", md.issuer());
    // a document with a type line keeps the title under it; no "V/v" line, no title
    assertNull(extract("TỈNH ỦY HẬU GIANG", "Số 12-CV/TU", "Vị Thanh, ngày 02 tháng 4 năm 2022", "",
        "Kính gửi: Các huyện ủy.").title());
  }

  @Test
  void aStateLetterInAGridTableHasItsNumberAndSubjectInOneCell() { // variant: pandoc grid table header
    DocumentMetadata md = extract(
        "+----------------------------+----------------------------------+",
        "| **ỦY BAN NHÂN DÂN**        | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA      |",
        "| **TỈNH KHÁNH HOÀ**         | VIỆT NAM**                       |",
        "|                            | Độc lập - Tự do - Hạnh phúc      |",
        "| Số: 1234/UBND-KT           | *Khánh Hòa, ngày 05 tháng 3 năm  |",
        "| V/v triển khai thực hiện   | 2024*                            |",
        "| chuyển đổi số năm 2024     |                                  |",
        "+----------------------------+----------------------------------+", "",
        "Kính gửi: Các sở, ban, ngành.", "",
        "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Ủy ban nhân dân tỉnh đề nghị:");
    assertEquals("1234/UBND-KT", md.number());
    assertEquals("V/v triển khai thực hiện chuyển đổi số năm 2024", md.title());
    assertEquals("Công văn", md.type(), "a symbol without a type code and a V/v subject: an official letter");
    assertEquals("2024-03-05", md.date());
  }

  // ---- 3. Party groups and bloc committees in the header ----

  @Test
  void aBlocCommitteeTakesTheProvinceFromTheLineAbove() {
    assertEquals("Đảng ủy Khối các cơ quan tỉnh Bạc Liêu",
        IssuerReader.issuerOf(List.of("ĐẢNG BỘ TỈNH BẠC LIÊU", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"))); // held-out 03
    assertEquals("Đảng ủy Khối các cơ quan thành phố Hà Nội",
        IssuerReader.issuerOf(List.of("THÀNH ỦY HÀ NỘI", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN THÀNH PHỐ")));
    assertEquals("Đảng ủy Khối Doanh nghiệp tỉnh", IssuerReader.issuerOf(List.of("ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH")),
        "no line above: no place is guessed");
    assertEquals("Đảng ủy xã", IssuerReader.issuerOf(List.of("TỈNH ỦY NAM ĐỊNH", "ĐẢNG ỦY XÃ")),
        "a province is not the name of a commune");
    assertEquals("Ban Tuyên giáo Đảng ủy Khối các cơ quan tỉnh",
        IssuerReader.issuerOf(List.of("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", "BAN TUYÊN GIÁO")));
  }

  @Test
  void aPartyGroupIsNamedWithTheBodyItLeads() {
    assertEquals("Ban cán sự đảng Ủy ban nhân dân tỉnh Đồng Tháp", IssuerReader.issuerOf(
        List.of("ĐẢNG BỘ TỈNH ĐỒNG THÁP", "BAN CÁN SỰ ĐẢNG", "UỶ BAN NHÂN DÂN TỈNH"))); // held-out 06
    assertEquals("Đảng đoàn Hội đồng nhân dân tỉnh Gia Lai", IssuerReader.issuerOf(
        List.of("TỈNH ỦY GIA LAI", "ĐẢNG ĐOÀN HỘI ĐỒNG NHÂN DÂN TỈNH"))); // held-out 08
    assertEquals("Ban cán sự đảng Ủy ban nhân dân tỉnh Bắc Ninh",
        IssuerReader.issuerOf(List.of("TỈNH ỦY BẮC NINH", "BCS ĐẢNG UBND TỈNH")));
    assertEquals("Đảng đoàn Mặt trận Tổ quốc tỉnh Nghệ An",
        IssuerReader.issuerOf(List.of("TỈNH ỦY NGHỆ AN", "ĐẢNG ĐOÀN", "MẶT TRẬN TỔ QUỐC TỈNH")));
  }

  @Test
  void aPartyGroupHeaderReadsAsTwoBodies() { // held-out 08: the lower line is the issuer
    DocumentMetadata md = extract("TỈNH ỦY GIA LAI", "ĐẢNG ĐOÀN HỘI ĐỒNG NHÂN DÂN TỈNH", "*", "Số 02-QC/ĐĐ", "",
        "ĐẢNG CỘNG SẢN VIỆT NAM", "Pleiku, ngày 05 tháng 8 năm 2016", "", "QUY CHẾ",
        "làm việc của Đảng đoàn Hội đồng nhân dân tỉnh", "khóa XI, nhiệm kỳ 2016 - 2021", "",
        "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;", "- Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13;",
        "", "Đảng đoàn Hội đồng nhân dân tỉnh ban hành Quy chế làm việc như sau:");
    assertEquals("Đảng đoàn Hội đồng nhân dân tỉnh Gia Lai", md.issuer());
    assertEquals("Gia Lai", md.province());
    assertEquals("provincial", md.level());
    assertEquals("làm việc của Đảng đoàn Hội đồng nhân dân tỉnh khóa XI, nhiệm kỳ 2016 - 2021", md.title());
    assertEquals("khóa XI", md.term());
  }

  // ---- 4. the committee's term in parentheses ----

  @Test
  void aTermInParenthesesAfterTheCommittee() {
    LocalDate date = LocalDate.of(2025, 8, 28);
    assertEquals("nhiệm kỳ 2020-2025", TermReader.read("", List.of(
        "Hội nghị lần thứ ba Ban Chấp hành Đảng bộ tỉnh (nhiệm kỳ 2020 - 2025) đã thảo luận và thống nhất "
            + "ban hành Nghị quyết về phát triển nông nghiệp hàng hóa đặc sản vùng cao."), "", date)); // held-out 13
    assertEquals("nhiệm kỳ 2015-2020", TermReader.read(
        "NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ 12 BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN (NHIỆM KỲ 2015 - 2020) về xây dựng Đảng",
        List.of(), "", LocalDate.of(2018, 3, 1)));
    assertEquals("nhiệm kỳ 2020-2025", TermReader.read("", List.of(
        "Ban Chấp hành Đảng bộ thành phố, nhiệm kỳ 2020 - 2025 đã họp."), "", date));
    assertEquals("khóa XVII", TermReader.read("", List.of(
        "Ban Chấp hành Đảng bộ tỉnh khóa XVII (nhiệm kỳ 2020 - 2025) đã họp."), "", date), "a khóa comes first");
    assertNull(TermReader.read("", List.of(
        "Ban Chấp hành Đảng bộ tỉnh (đã bầu ra tại Đại hội) và Ban Thường vụ nhiệm kỳ 2020 - 2025."), "", date),
        "the term belongs to a phrase beyond the committee's parentheses");
  }
}
