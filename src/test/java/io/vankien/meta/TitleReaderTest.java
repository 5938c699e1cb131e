package io.vankien.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TitleReader}: the subject line from the header's title lines. */
class TitleReaderTest {
  @Test
  void linesJoinedByOneSpace() {
    assertEquals("về phát triển nông nghiệp công nghệ cao giai đoạn 2021 - 2025",
        TitleReader.title(List.of("về phát triển nông nghiệp công nghệ cao", "giai đoạn 2021 - 2025")));
  }

  @Test
  void aSubjectInCapitalsIsWrittenInItsDisplayForm() {
    assertEquals("Về tăng cường công tác phòng, chống tham nhũng",
        TitleReader.title(List.of("VỀ TĂNG CƯỜNG CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG")));
  }

  @Test
  void headingsAboveTheAboutLineAreNotTheSubject() {
    assertEquals("về xây dựng nông thôn mới", TitleReader.title(List.of("HỘI NGHỊ LẦN THỨ 2 BAN CHẤP HÀNH ĐẢNG BỘ TỈNH",
        "về xây dựng nông thôn mới")));
  }

  @Test
  void theBodyWhoseConclusionANoticeConveysIsNotTheSubject() {
    assertEquals("tại buổi làm việc với Ban Tuyên giáo", TitleReader.title(List.of("KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY",
        "tại buổi làm việc với Ban Tuyên giáo")));
  }

  @Test
  void theBodysNameWrappedOntoALineOfItsOwnIsNotTheSubject() { // a PDF wrapped the heading in capitals
    assertEquals("tại hội nghị sơ kết công tác 6 tháng đầu năm", TitleReader.title(List.of(
        "KẾT LUẬN CỦA ĐẢNG ĐOÀN ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "TỈNH", "tại hội nghị sơ kết công tác 6 tháng đầu năm")));
    // variant: a subject in capitals under the heading stays the subject
    assertEquals("Về công tác mặt trận", TitleReader.title(List.of("KẾT LUẬN CỦA ĐẢNG ĐOÀN ỦY BAN MẶT TRẬN TỈNH",
        "VỀ CÔNG TÁC MẶT TRẬN")));
  }

  @Test
  void aBodyBeforeTheAboutWordIsLeftOut() {
    assertEquals("về công tác cán bộ", TitleReader.title(List.of("của Ban Thường vụ Huyện ủy về công tác cán bộ")));
  }

  @Test
  void noTitleLinesNoTitle() {
    assertNull(TitleReader.title(List.of()));
  }
}
