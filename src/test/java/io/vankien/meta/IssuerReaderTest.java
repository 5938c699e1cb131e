package io.vankien.meta;

import static io.vankien.meta.ReaderTestDocs.zones;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link IssuerReader}, rule by rule: header body lines, the adopting body, and copies without header. */
class IssuerReaderTest {
  @Nested
  class FromTheHeadersBodyLines {
    @Test
    void theLastBodyLineInItsDisplayForm() {
      assertEquals("Tỉnh ủy Hưng Yên", IssuerReader.issuerOf(List.of("TỈNH ỦY HƯNG YÊN")));
      assertEquals("Huyện ủy Nam Đàn", IssuerReader.issuerOf(List.of("ĐẢNG BỘ TỈNH NGHỆ AN", "HUYỆN ỦY NAM ĐÀN")));
    }

    @Test
    void aDepartmentIsNamedWithItsCommitteeOrItsProvince() {
      assertEquals("Ban Tuyên giáo Tỉnh ủy Bắc Ninh", IssuerReader.issuerOf(List.of("TỈNH ỦY BẮC NINH", "BAN TUYÊN GIÁO")));
      assertEquals("Sở Tài chính tỉnh Bắc Ninh", IssuerReader.issuerOf(List.of("UBND TỈNH BẮC NINH", "SỞ TÀI CHÍNH")));
    }

    @Test
    void aDepartmentUnderAPartyOrganisationBelongsToItsCommittee() {
      assertEquals("Ban Tuyên giáo Tỉnh ủy Bình Định", IssuerReader.issuerOf(List.of("ĐẢNG BỘ TỈNH BÌNH ĐỊNH", "BAN TUYÊN GIÁO")));
      assertEquals("Ban Tuyên giáo Đảng ủy xã Kim Liên", IssuerReader.issuerOf(List.of("ĐẢNG BỘ XÃ KIM LIÊN", "BAN TUYÊN GIÁO")));
    }

    @Test
    void aBodyEndingWithItsUnitTakesThePlaceOfTheLineAbove() {
      assertEquals("Đảng ủy Khối các cơ quan tỉnh Bạc Liêu",
          IssuerReader.issuerOf(List.of("ĐẢNG BỘ TỈNH BẠC LIÊU", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH")));
    }

    @Test
    void aPartyGroupOnItsOwnLineLeadsTheBodyBelow() {
      assertEquals("Ban cán sự đảng Ủy ban nhân dân tỉnh", IssuerReader.issuerOf(List.of("BAN CÁN SỰ ĐẢNG", "ỦY BAN NHÂN DÂN TỈNH")));
    }
  }

  @Nested
  class WithoutHeaderBodyLines {
    @Test
    void theBodyThatEnactsALaw() {
      assertEquals("Quốc hội", IssuerReader.read(zones("LUẬT", "BÁO CHÍ", "",
          "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", "Quốc hội ban hành Luật báo chí."), "Luật"));
    }

    @Test
    void theCommitteeThatMetInTheOpeningSentence() {
      assertEquals("Ban Chấp hành Đảng bộ tỉnh Thanh Hóa", IssuerReader.read(zones("Ngày 12/5/2021, Ban Chấp hành Đảng bộ"
          + " tỉnh Thanh Hóa đã họp, thảo luận và kết luận như sau:", "1. Thống nhất đánh giá kết quả."), "Kết luận"));
    }

    @Test
    void theBodyAHeadingUnderTheTypeLineNames() {
      assertEquals("Ban Thường vụ Quận ủy Ninh Kiều", IssuerReader.read(zones("ĐẢNG CỘNG SẢN VIỆT NAM", "Số 128-KL/QU",
          "Ninh Kiều, ngày 23 tháng 8 năm 2019", "", "KẾT LUẬN", "CỦA BAN THƯỜNG VỤ QUẬN ỦY", "về chỉnh trang đô thị", "",
          "Ngày 19/8/2019, Ban Thường vụ Quận ủy Ninh Kiều họp, nghe Ủy ban nhân dân quận báo cáo tình hình chỉnh trang"
              + " đô thị. Ban Thường vụ Quận ủy kết luận như sau:"), "Kết luận"));
    }

    @Test
    void aNoticeNamesWhoGivesNoticeInItsFormula() {
      assertEquals("Văn phòng Tỉnh ủy", IssuerReader.read(zones("THÔNG BÁO", "về công tác tuyên truyền năm 2024", "",
          "Ngày 05/3/2024, Thường trực Tỉnh ủy làm việc với Ban Tuyên giáo về công tác tuyên truyền trong năm 2024 và"
              + " những năm tiếp theo.", "Văn phòng Tỉnh ủy thông báo ý kiến kết luận của Thường trực Tỉnh ủy như sau:"),
          "Thông báo"));
    }
  }
}
