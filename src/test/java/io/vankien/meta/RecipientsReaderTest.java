package io.vankien.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecipientsReaderTest {

  @Test
  void stateListWithPurposeNotesSemicolonsAndTheFilingLine() { // sample 18
    List<String> lines = List.of("Nơi nhận:", "- Bộ Thông tin và Truyền thông (để b/c);", "- Bộ Công an (A05);",
        "- TTTU, TTHĐND tỉnh;", "- Các sở, ban, ngành; UBND các huyện, thành phố;", "- Lưu: VT, TTTT.", "",
        "KT. CHỦ TỊCH");
    assertEquals(List.of("Bộ Thông tin và Truyền thông", "Bộ Công an (A05)", "TTTU, TTHĐND tỉnh", "Các sở, ban, ngành",
        "UBND các huyện, thành phố"), RecipientsReader.read(lines));
  }

  @Test
  void partyListWithCommas() { // sample 28, seed 002 "Lưu VPTU; CV VPTU."
    List<String> lines = List.of("Nơi nhận:", "", "- Ban Thường vụ Tỉnh uỷ (để báo cáo),", "- Các đồng chí Đảng uỷ viên,",
        "- Lưu VPTU; CV VPTU.", "", "T/M BAN THƯỜNG VỤ");
    assertEquals(List.of("Ban Thường vụ Tỉnh uỷ", "Các đồng chí Đảng uỷ viên"), RecipientsReader.read(lines));
  }

  @Test
  void inlineListAndNoList() {
    assertEquals(List.of("Như trên"), RecipientsReader.read(List.of("Nơi nhận: - Như trên; - Lưu VT.")));
    assertEquals(List.of(), RecipientsReader.read(List.of("Không có danh sách")));
    assertNull(RecipientsReader.clean("Lưu Văn phòng Tỉnh ủy."));
    assertEquals("Lưu trữ lịch sử tỉnh", RecipientsReader.clean("Lưu trữ lịch sử tỉnh;"), "an archive is a recipient");
  }

  @Test
  void anItemWrappedOntoALineWithoutADash() {
    List<String> lines = List.of("Nơi nhận:", "- Như Điều 3;", "- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy,",
        "Ủy viên Ban Chấp hành Đảng bộ tỉnh;", "- Lưu VT.", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn Mẫu");
    assertEquals(List.of("Như Điều 3", "Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Ủy viên Ban Chấp hành Đảng bộ tỉnh"),
        RecipientsReader.read(lines));
    List<String> signatureNext = List.of("Nơi nhận:", "- Như trên,", "- Lưu VT,", "Nguyễn Văn Mẫu");
    assertEquals(List.of("Như trên"), RecipientsReader.read(signatureNext), "a name under the list is no recipient");
  }
}
