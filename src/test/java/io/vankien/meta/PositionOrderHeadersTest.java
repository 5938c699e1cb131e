package io.vankien.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vankien.extract.TextCleaner;
import org.junit.jupiter.api.Test;

/**
 * Headers as PDF text read in position order gives them: the two cells of a row joined by one space. One
 * test per layout LibreOffice's PDFs of Word-like documents gave (texts invented for the test).
 */
class PositionOrderHeadersTest {
  private final MetadataExtractor extractor = new MetadataExtractor();

  private DocumentMetadata read(String text) {
    return extractor.extract(TextCleaner.clean(text));
  }

  private static final String BODY = """
      NGHỊ QUYẾT
      về phát triển du lịch gắn với di tích lịch sử
      Ban Thường vụ Huyện ủy yêu cầu các cấp ủy, tổ chức đảng lãnh đạo thực hiện nghiêm túc Nghị quyết này.
      """;

  @Test
  void starBesideThePlaceDate() {
    // the right column starts one row lower than the left: the star and the place-date share a row
    DocumentMetadata m = read("""
        ĐẢNG BỘ TỈNH NGHỆ AN ĐẢNG CỘNG SẢN VIỆT NAM
        HUYỆN ỦY NAM ĐÀN
        * Nam Đàn, ngày 12 tháng 4 năm 2022
        Số 05-NQ/HU
        """ + BODY);
    assertEquals("2022-04-12", m.date());
    assertEquals("05-NQ/HU", m.number());
    assertEquals("Huyện ủy Nam Đàn", m.issuer());
    assertEquals("Nghệ An", m.province());
  }

  @Test
  void starBesideTheMottoAndNumberBesideThePlaceDate() {
    // vertically centred right cell: the motto beside the star, the place-date beside the number
    DocumentMetadata m = read("""
        TỈNH ỦY HÀ NAM
        * ĐẢNG CỘNG SẢN VIỆT NAM
        Số 12-NQ/TU Phủ Lý, ngày 15 tháng 3 năm 2021
        MẬT
        """ + BODY);
    assertEquals("2021-03-15", m.date());
    assertEquals("12-NQ/TU", m.number());
    assertEquals("Tỉnh ủy Hà Nam", m.issuer());
    assertEquals("mật", m.access());
  }

  @Test
  void stateHeaderRowByRow() {
    DocumentMetadata m = read("""
        ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        TỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc
        Số: 1234/QĐ-UBND
        Quảng Ngãi, ngày 20 tháng 10 năm 2023
        QUYẾT ĐỊNH
        Về việc phê duyệt kế hoạch sử dụng đất năm 2024
        Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 và các văn bản hướng dẫn thi hành.
        """);
    assertEquals("2023-10-20", m.date());
    assertEquals("1234/QĐ-UBND", m.number());
    assertEquals("Ủy ban nhân dân tỉnh Quảng Ngãi", m.issuer());
    assertEquals("Quyết định", m.type());
  }
}
