package io.vankien.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vankien.extract.TextCleaner;
import org.junit.jupiter.api.Test;

/** The authority is written in its document family's style, however the copy typed it. */
class SigningAuthorityStyleTest {
  private final MetadataExtractor extractor = new MetadataExtractor();

  private String authority(String block) {
    return extractor.extract(TextCleaner.clean("Nội dung văn bản.\n\n" + block)).signingAuthority();
  }

  @Test
  void partyBodiesSignWithSlashes() {
    assertEquals("T/M Ban Thường vụ", authority("TM. BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n(Đã ký)\nHà Quốc Trị"));
    assertEquals("T/M Tỉnh ủy", authority("TM TỈNH ỦY\nBÍ THƯ\nHà Quốc Trị"));
    assertEquals("K/T Bí thư", authority("KT. BÍ THƯ\nPHÓ BÍ THƯ\nHà Quốc Trị"));
    assertEquals("T/L Ban Thường vụ", authority("TL. BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nHà Quốc Trị"));
    assertEquals("T/M Ủy ban Kiểm tra", authority("TM. ỦY BAN KIỂM TRA\nCHỦ NHIỆM\nHà Quốc Trị"));
  }

  @Test
  void stateBodiesSignWithDots() {
    assertEquals("TM. Ủy ban nhân dân, KT. Chủ tịch",
        authority("T/M ỦY BAN NHÂN DÂN\nK/T CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Công Vinh"));
    assertEquals("KT. Giám đốc", authority("K/T GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Công Vinh"));
  }

  @Test
  void bodiesOfBothFamiliesKeepTheStyleTyped() {
    assertEquals("K/T Trưởng ban", authority("K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nHuỳnh Thanh Phong"));
    assertEquals("KT. Trưởng ban", authority("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nHuỳnh Thanh Phong"));
  }
}
