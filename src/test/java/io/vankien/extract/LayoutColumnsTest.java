package io.vankien.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vankien.meta.DocumentMetadata;
import io.vankien.meta.MetadataExtractor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text laid out with spaces, as pdftotext -layout prints a PDF made from a Word file whose header and
 * signature are two-column tables (the layouts below were printed so from invented sample documents).
 */
class LayoutColumnsTest {
  private final MetadataExtractor extractor = new MetadataExtractor();

  private DocumentMetadata read(String raw) {
    return extractor.extract(TextCleaner.clean(raw));
  }

  @Test
  void partyHeaderAndSignatureSideBySide() {
    String raw = """
        TỈNH ỦY QUẢNG NGÃI                         ĐẢNG CỘNG SẢN VIỆT NAM
        *                                          Quảng Ngãi, ngày 14 tháng 6 năm 2022
        Số 215-NQ/TU
        NGHỊ QUYẾT
        về phát triển du lịch biển, đảo tỉnh Quảng Ngãi giai đoạn 2022 - 2025, định hướng
        đến năm 2030
        Thực hiện Nghị quyết số 08-NQ/TW ngày 16/01/2017 của Bộ Chính trị, trong những
        năm qua du lịch của tỉnh có bước phát triển rõ rệt.
        Nơi nhận:                                  T/M BAN THƯỜNG VỤ
        - Ban Bí thư Trung ương Đảng,              BÍ THƯ
        - Văn phòng Trung ương Đảng,
        - Các đồng chí Tỉnh ủy viên,
        - Lưu Văn phòng Tỉnh ủy.
                                                   Lê Văn Mẫu
        """;
    DocumentMetadata m = read(raw);
    assertEquals("215-NQ/TU", m.number());
    assertEquals("2022-06-14", m.date());
    assertEquals("Tỉnh ủy Quảng Ngãi", m.issuer());
    assertEquals("về phát triển du lịch biển, đảo tỉnh Quảng Ngãi giai đoạn 2022 - 2025, định hướng đến năm 2030",
        m.title());
    assertEquals("Lê Văn Mẫu", m.signer());
    assertEquals("Bí thư", m.signerRole());
    assertEquals("T/M Ban Thường vụ", m.signingAuthority());
    assertEquals(List.of("Ban Bí thư Trung ương Đảng", "Văn phòng Trung ương Đảng", "Các đồng chí Tỉnh ủy viên"),
        m.recipients());
  }

  @Test
  void stateHeaderOfCentredCellsWithTheMottoWrapped() {
    String raw = """
                  ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
                  TỈNH QUẢNG NGÃI                                     NAM
                         -------                         Độc lập - Tự do - Hạnh phúc
                  Số: 1234/QĐ-UBND                                ---------------
                                                    Quảng Ngãi, ngày 14 tháng 6 năm 2022
                                             QUYẾT ĐỊNH
        Về việc phê duyệt Đề án phát triển du lịch biển, đảo tỉnh Quảng Ngãi giai đoạn 2022
                                                - 2025
                                 ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
        Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
                                            QUYẾT ĐỊNH:
        Điều 1. Phê duyệt Đề án.
        Nơi nhận:                                          TM. ỦY BAN NHÂN DÂN
        - Như Điều 2;                                            KT. CHỦ TỊCH
        - Bộ Văn hóa, Thể thao và Du lịch;                      PHÓ CHỦ TỊCH
        - Lưu: VT, KGVX.

                                                               Trần Thị Mẫu
        """;
    DocumentMetadata m = read(raw);
    assertEquals("Quyết định", m.type());
    assertEquals("1234/QĐ-UBND", m.number());
    assertEquals("2022-06-14", m.date());
    assertEquals("Ủy ban nhân dân tỉnh Quảng Ngãi", m.issuer());
    assertEquals("provincial", m.level());
    assertEquals("Về việc phê duyệt Đề án phát triển du lịch biển, đảo tỉnh Quảng Ngãi giai đoạn 2022 - 2025",
        m.title());
    assertEquals("Trần Thị Mẫu", m.signer());
    assertEquals("TM. Ủy ban nhân dân, KT. Chủ tịch", m.signingAuthority());
    assertEquals(List.of("Như Điều 2", "Bộ Văn hóa, Thể thao và Du lịch"), m.recipients());
  }

  @Test
  void headerColumnsSeparatedByTabStops() {
    String raw = "TỈNH ỦY QUẢNG NGÃI\t\tĐẢNG CỘNG SẢN VIỆT NAM\n"
        + "Số 215-NQ/TU\t\tQuảng Ngãi, ngày 14 tháng 6 năm 2022\n"
        + "NGHỊ QUYẾT\nvề phát triển du lịch biển, đảo\n";
    DocumentMetadata m = read(raw);
    assertEquals("215-NQ/TU", m.number());
    assertEquals("2022-06-14", m.date());
    assertEquals("Tỉnh ủy Quảng Ngãi", m.issuer());
    assertEquals("về phát triển du lịch biển, đảo", m.title());
  }

  @Test
  void tablesAndJustifiedLinesKeepTheirOrder() {
    String table = """
        Hạ sĩ lên Trung sĩ:                         01 năm;
        Trung sĩ lên Thượng sĩ:                     01 năm;
        Thượng sĩ lên Thiếu úy:                     02 năm;
        """;
    assertEquals(table.strip(), LayoutColumns.unfold(table).strip());
    String schedule = """
        Hội nghị sơ kết 6 tháng                     ngày 15 tháng 6 năm 2024
        Hội nghị tổng kết năm                       ngày 20 tháng 12 năm 2024
        """;
    assertEquals(schedule.strip(), LayoutColumns.unfold(schedule).strip(), "dates in a table are no place-date line");
    String justified = "Thực hiện Nghị quyết số 08-NQ/TW   ngày 16/01/2017 của Bộ Chính trị, trong\n"
        + "những năm qua du lịch   của tỉnh có bước phát triển rõ rệt.\n";
    assertEquals(justified, LayoutColumns.unfold(justified));
  }

  @Test
  void unfoldsLeftColumnThenRightColumn() {
    String raw = "TỈNH ỦY QUẢNG NGÃI      ĐẢNG CỘNG SẢN VIỆT NAM\n"
        + "Số 215-NQ/TU            Quảng Ngãi, ngày 14 tháng 6 năm 2022\n"
        + "NGHỊ QUYẾT";
    assertEquals("TỈNH ỦY QUẢNG NGÃI\nSố 215-NQ/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nQuảng Ngãi, ngày 14 tháng 6 năm 2022\n"
        + "NGHỊ QUYẾT", LayoutColumns.unfold(raw));
  }
}
