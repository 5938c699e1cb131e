package io.vankien.meta;

import static io.vankien.meta.ReaderTestDocs.zones;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link ProvinceReader}: the header's body lines or place-date line, the issuer, the text; as named on the date. */
class ProvinceReaderTest {
  private static final Provinces PROVINCES = Provinces.load();

  private static String province(DocumentZones z, String issuer, Level level, LocalDate date) {
    return ProvinceReader.read(z, ProvinceReader.fromHeader(z.header(), PROVINCES), issuer, level, date, PROVINCES);
  }

  private static final String BODY = "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng quán triệt và thực hiện"
      + " nghiêm các nội dung sau đây trong toàn Đảng bộ tỉnh.";

  @Test
  void theHeadersBodyLineNamesIt() {
    DocumentZones z = zones("TỈNH ỦY HÀ NAM", "Số 12-NQ/TU", "Phủ Lý, ngày 15 tháng 3 năm 2019", "", "NGHỊ QUYẾT", "về nông thôn mới", "", BODY);
    assertEquals("Hà Nam", ProvinceReader.fromHeader(z.header(), PROVINCES));
    assertEquals("Hà Nam", province(z, "Tỉnh ủy Hà Nam", Level.PROVINCIAL, LocalDate.of(2019, 3, 15)));
  }

  @Test
  void afterTheMergerTheNewNameOfTheProvince() {
    DocumentZones z = zones("TỈNH ỦY HÀ NAM", "Số 12-NQ/TU", "Phủ Lý, ngày 15 tháng 8 năm 2025", "", "NGHỊ QUYẾT", "về nông thôn mới", "", BODY);
    assertEquals("Ninh Bình", province(z, "Tỉnh ủy Hà Nam", Level.PROVINCIAL, LocalDate.of(2025, 8, 15)));
  }

  @Test
  void aPlacelessBodyTakesTheProvinceItsOpeningNamesAsItsOwn() {
    DocumentZones z = zones("Ngày 20/7/2021, Ban Chấp hành Đảng bộ tỉnh Trà Vinh khóa XI tổ chức hội nghị lần thứ năm,"
        + " thảo luận và kết luận về phát triển kinh tế biển.");
    assertEquals("Trà Vinh", province(z, "Ban Chấp hành Đảng bộ tỉnh", Level.PROVINCIAL, LocalDate.of(2021, 7, 20)));
  }

  @Test
  void aCentralBodyHasNone() {
    DocumentZones z = zones("BAN CHẤP HÀNH TRUNG ƯƠNG", "Số 26-NQ/TW", "Hà Nội, ngày 5 tháng 8 năm 2008", "", "NGHỊ QUYẾT", "về nông nghiệp", "", BODY);
    assertNull(province(z, "Ban Chấp hành Trung ương", Level.CENTRAL, LocalDate.of(2008, 8, 5)));
  }

  @Test
  void aFormerProvinceMarkedAsSuchIsNotTheTextsOwn() {
    DocumentZones z = zones("Ngày 05/9/2025, Ban Thường vụ Tỉnh ủy họp, thảo luận về sắp xếp các cơ quan của tỉnh Vĩnh Long"
        + " và tỉnh Trà Vinh (cũ), tỉnh Bến Tre (cũ) theo Nghị quyết số 202/2025/QH15.");
    assertEquals("Vĩnh Long", province(z, "Ban Thường vụ Tỉnh ủy", Level.PROVINCIAL, LocalDate.of(2025, 9, 5)));
  }
}
