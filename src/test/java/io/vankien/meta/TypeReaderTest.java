package io.vankien.meta;

import static io.vankien.meta.ReaderTestDocs.concat;
import static io.vankien.meta.ReaderTestDocs.partyHeader;
import static io.vankien.meta.ReaderTestDocs.zones;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link TypeReader}, rule by rule, in the order the reader tries them. */
class TypeReaderTest {
  private static final String BODY = "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng quán triệt và thực hiện"
      + " nghiêm các nội dung sau đây trong toàn Đảng bộ tỉnh.";

  @Nested
  class TheTypeLine {
    @Test
    void aTypeLineInCapitalsNamesTheType() {
      assertEquals("Chỉ thị", TypeReader.read(zones(concat(partyHeader("TỈNH ỦY HÀ NAM", "08-CT/TU",
          "Hà Nam, ngày 20 tháng 4 năm 2021"), "CHỈ THỊ", "về chuyển đổi số", "", BODY))));
    }

    @Test
    void theTypeLineWinsOverTheSymbolsCode() { // a notice numbered as a conclusion's notice
      assertEquals("Thông báo", TypeReader.read(zones(concat(partyHeader("TỈNH ỦY HÀ NAM", "35-KL/TU",
          "Hà Nam, ngày 22 tháng 8 năm 2018"), "THÔNG BÁO", "KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY", "về du lịch", "", BODY))));
    }
  }

  @Nested
  class WithoutATypeLine {
    @Test
    void aLawsNumberLineNamesIt() {
      assertEquals("Luật", TypeReader.read(zones("QUỐC HỘI", "Luật số: 45/2013/QH13", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;")));
    }

    @Test
    void theSymbolsTypeCodeNamesIt() {
      assertEquals("Kế hoạch", TypeReader.read(zones(concat(partyHeader("TỈNH ỦY HÀ NAM", "45-KH/TU",
          "Hà Nam, ngày 10 tháng 5 năm 2019"), BODY))));
    }

    @Test
    void aLettersSubjectMakesItALetter() { // a symbol without a type code and a "V/v" subject
      assertEquals("Công văn", TypeReader.read(zones("ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "Số: 1234/UBND-KT",
          "V/v triển khai kế hoạch chuyển đổi số", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Nghệ An, ngày 12 tháng 5 năm 2022", "",
          "Kính gửi: Các sở, ban, ngành cấp tỉnh.")));
    }

    @Test
    void aCopyWithoutHeaderIsWhatItCallsItself() {
      assertEquals("Kết luận", TypeReader.read(zones("Ngày 12/5/2021, Ban Chấp hành Đảng bộ tỉnh Thanh Hóa đã họp,"
          + " thảo luận và kết luận như sau:", "1. Thống nhất đánh giá kết quả thực hiện nhiệm vụ chính trị.")));
    }

    @Test
    void nothingSaysATypeSoThereIsNone() {
      assertNull(TypeReader.read(zones(concat(partyHeader("TỈNH ỦY HÀ NAM", "45/TU", "Hà Nam, ngày 10 tháng 5 năm 2019"),
          BODY))));
    }
  }
}
