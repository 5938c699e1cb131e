package io.vankien.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vankien.extract.TextCleaner;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Layouts the fourth held-out set (eval/heldout-4) showed missing. Each case has the lines of the held-out
 * file and, where the rule could over-reach, a variant that is in no file.
 */
class HeldOutFourthSetLayoutsTest {
  private final MetadataExtractor extractor = new MetadataExtractor();

  private DocumentMetadata extract(String... lines) {
    return extractor.extract(TextCleaner.clean(String.join("\n", lines)));
  }

  private static final String HEAD = "HUYỆN ỦY KIẾN XƯƠNG\n*\nSố 12-KH/HU\nKiến Xương, ngày 22 tháng 7 năm 2019\n\n";

  @Test
  void theIssuingCommitteeNamedWithItsKhoaInTheBody() { // held-out 4, file 11
    DocumentMetadata md = extract(HEAD + "KẾ HOẠCH\nthực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị\n\n"
        + "I. MỤC ĐÍCH, YÊU CẦU\n\nTổ chức tốt đại hội đảng bộ các cấp.\n\n"
        + "2. Chuẩn bị văn kiện: Ban Chấp hành Đảng bộ huyện khóa XXIII thành lập Tiểu ban Văn kiện.\n");
    assertEquals("khóa XXIII", md.term());
    // variant: the committee to be elected is not the issuing one
    assertNull(extract(HEAD + "KẾ HOẠCH\nvề đại hội\n\nI. MỤC ĐÍCH\n\nĐại hội bầu Ban Chấp hành Đảng bộ huyện khóa XXIV"
        + " gồm 45 đồng chí.\n").term());
  }

  @Test
  void ofTwoTermsOfTheIssuingBodyTheLatest() { // held-out 4, file 14
    assertEquals("khóa XVI", TermReader.read("", List.of("Thực hiện Chương trình số 01-CTr/UBKTTU ngày 09/01/2015 của Ủy"
        + " ban Kiểm tra Tỉnh ủy về công tác kiểm tra, giám sát năm 2015, Ủy ban Kiểm tra Tỉnh ủy khóa XV và Ủy ban"
        + " Kiểm tra Tỉnh ủy khóa XVI (được bầu tại Hội nghị lần thứ nhất) đã chủ động tham mưu."), "",
        LocalDate.of(2015, 12, 18), "Ủy ban Kiểm tra Tỉnh ủy Hà Giang"));
  }

  @Test
  void aCongressIsNoTermOfABanCanSuDang() { // held-out 4, file 17
    List<String> opening = List.of("Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2015 - 2020"
        + " và Chương trình công tác năm 2018 của Ban Thường vụ Tỉnh ủy;");
    LocalDate date = LocalDate.of(2018, 11, 26);
    assertNull(TermReader.read("", opening, "", date, "Ban cán sự đảng Ủy ban nhân dân tỉnh Phú Yên"));
    assertEquals("Đại hội XVI, nhiệm kỳ 2015-2020", TermReader.read("", opening, "", date, "Tỉnh ủy Phú Yên"));
    assertEquals("khóa XI", TermReader.read("", List.of(), "Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa"
        + " Việt Nam khóa XI, kỳ họp thứ 8 thông qua ngày 29 tháng 11 năm 2005.", date, "Quốc hội"), "a law's session");
  }

  @Test
  void recipientsOnTheHeadLineAndAPurposeNoteAlone() { // held-out 4, files 13 and 06
    assertEquals(List.of("Ban Thường vụ Tỉnh ủy", "Văn phòng Tỉnh ủy", "các chi bộ trực thuộc"), extract(
        "Nội dung.", "", "Nơi nhận: Ban Thường vụ Tỉnh ủy (b/c); Văn phòng Tỉnh ủy; các chi bộ trực thuộc; Lưu Văn phòng"
            + " Đảng ủy.", "T/M ĐẢNG ỦY BÍ THƯ Mùa A Vảng").recipients());
    assertEquals(List.of("Ban Thường vụ Tỉnh ủy", "Văn phòng Tỉnh ủy", "các chi bộ trực thuộc", "Như trên"), extract(
        "Nội dung.", "", "Nơi nhận: Ban Thường vụ Tỉnh ủy (b/c); Văn phòng Tỉnh ủy;", "các chi bộ trực thuộc;",
        "- Như trên;", "T/M ĐẢNG ỦY BÍ THƯ Mùa A Vảng").recipients(), "the same list broken at a margin, then dashes");
    assertEquals(List.of("Ban Bí thư Trung ương Đảng", "Văn phòng Trung ương Đảng", "Các đồng chí Tỉnh ủy viên"), extract(
        "Nội dung.", "", "Nơi nhận:", "", "- Ban Bí thư Trung ương Đảng,", "- Văn phòng Trung ương Đảng,", "",
        "để b/c", "", "- Các đồng chí Tỉnh ủy viên,", "- Lưu Văn phòng Tỉnh ủy.").recipients());
  }

  @Test
  void aCityCommitteeWithoutHeader() { // held-out 4, file 10
    DocumentMetadata md = extract("CHƯƠNG TRÌNH HÀNH ĐỘNG", "", "CỦA BAN CHẤP HÀNH ĐẢNG BỘ THÀNH PHỐ KHÓA XXIII", "",
        "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ thành phố Đà Nẵng lần thứ XXIII, nhiệm kỳ 2025 - 2030", "",
        "Hội nghị lần thứ hai Ban Chấp hành Đảng bộ thành phố khóa XXIII (ngày 21/11/2025) đã thảo luận, thống nhất ban"
            + " hành Chương trình hành động với những nội dung chủ yếu sau:", "", "I. MỤC ĐÍCH, YÊU CẦU", "",
        "Phát triển thành phố, trong đó có vùng Quảng Nam (cũ).");
    assertEquals("2025-11-21", md.date());
    assertEquals("Ban Chấp hành Đảng bộ thành phố Đà Nẵng", md.issuer());
    assertEquals("provincial", md.level());
    assertEquals("khóa XXIII", md.term());
    // variant: a city under a province takes no province name into its issuer
    DocumentMetadata district = extract("NGHỊ QUYẾT", "", "CỦA BAN CHẤP HÀNH ĐẢNG BỘ THÀNH PHỐ",
        "về phát triển đô thị", "", "Hội nghị Ban Chấp hành Đảng bộ thành phố (ngày 10/3/2020) thống nhất quyết nghị"
            + " các nội dung về phát triển đô thị của thành phố thuộc tỉnh Hà Nam.");
    assertEquals("Ban Chấp hành Đảng bộ thành phố", district.issuer());
  }

  @Test
  void aPartyGroupHostingTheMeeting() { // held-out 4, file 18
    DocumentMetadata md = extract("THÔNG BÁO", "KẾT LUẬN CỦA ĐẢNG ĐOÀN ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH",
        "tại hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2021", "",
        "Ngày 14/7/2021, Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Long An tổ chức hội nghị trực tuyến sơ kết"
            + " công tác Mặt trận 6 tháng đầu năm 2021. Đồng chí Bí thư Đảng đoàn kết luận như sau:", "",
        "1. Kết quả.", "", "Nguyễn Văn Mẫu");
    assertEquals("Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Long An", md.issuer());
    assertEquals("Long An", md.province());
    assertEquals("provincial", md.level());
    assertEquals("2021-07-14", md.date());
  }
}
