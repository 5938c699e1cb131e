package io.vankien.meta;

import static io.vankien.meta.ReaderTestDocs.concat;
import static io.vankien.meta.ReaderTestDocs.partyHeader;
import static io.vankien.meta.ReaderTestDocs.zones;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link DateReader}, rule by rule: the header's date, the meeting date of a headerless copy, the adoption date. */
class DateReaderTest {
  @Test
  void thePlaceDateLineOfTheHeader() {
    DateReader.Dated d = DateReader.read(zones(concat(partyHeader("TỈNH ỦY HƯNG YÊN", "01-NQ/TU",
        "Hưng Yên, ngày 26 tháng 11 năm 2020"), "NGHỊ QUYẾT", "về nông nghiệp", "",
        "Ngày 20/11/2020, Ban Chấp hành Đảng bộ tỉnh đã họp và thảo luận về nông nghiệp công nghệ cao trên địa bàn.")));
    assertEquals(LocalDate.of(2020, 11, 26), d.date());
    assertEquals(HeaderReader.SOURCE_PLACE_DATE, d.source());
  }

  @Test
  void withoutHeaderTheMeetingDateOfTheFirstParagraph() {
    DateReader.Dated d = DateReader.read(zones("Ngày 12/5/2021, Ban Chấp hành Đảng bộ tỉnh Thanh Hóa đã họp, thảo luận và"
        + " kết luận như sau: cuộc bầu cử ngày 23/5/2021 phải thành công."));
    assertEquals(LocalDate.of(2021, 5, 12), d.date());
    assertEquals(DateReader.SOURCE_MEETING, d.source());
  }

  @Test
  void aConferencesDateInBrackets() {
    DateReader.Dated d = DateReader.read(zones("Hội nghị lần thứ hai Ban Chấp hành Đảng bộ tỉnh (ngày 21/11/2025) đã thảo"
        + " luận, cho ý kiến về dự thảo Nghị quyết về phát triển kinh tế tư nhân trên địa bàn."));
    assertEquals(LocalDate.of(2025, 11, 21), d.date());
  }

  @Test
  void withoutHeaderNorMeetingTheAdoptionDateTheTextStates() {
    DateReader.Dated d = DateReader.read(zones("LUẬT", "BÁO CHÍ", "",
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", "Quốc hội ban hành Luật báo chí.", "",
        "Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 11 thông qua ngày 05"
            + " tháng 4 năm 2016."));
    assertEquals(LocalDate.of(2016, 4, 5), d.date());
    assertEquals(DateReader.SOURCE_ADOPTION, d.source());
  }

  @Test
  void aDateInTheBodyIsNotTheDocumentsOwn() { // a header without a date: a date in a later paragraph is no meeting date
    DateReader.Dated d = DateReader.read(zones("TỈNH ỦY HÀ NAM", "Số 12-NQ/TU", "", "NGHỊ QUYẾT", "về nông thôn mới", "",
        "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy thực hiện tốt nhiệm vụ xây dựng nông thôn mới trong năm.",
        "Báo cáo kết quả trước ngày 15/12/2019."));
    assertNull(d.date());
  }
}
