package io.vankien.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link DocumentMetadata#withAccess} gives what {@link DocumentMetadata#withOverrides} gives for the access level. */
class DocumentMetadataWithAccessTest {
  private static final DocumentMetadata READ = new MetadataExtractor().extract("""
      TỈNH ỦY BẮC NINH                    ĐẢNG CỘNG SẢN VIỆT NAM
      *
      Số 05-NQ/TU                          Bắc Ninh, ngày 3 tháng 6 năm 2021

      NGHỊ QUYẾT
      về phát triển nông nghiệp (mẫu thử, văn bản tự soạn)

      Thực hiện Nghị quyết số 26-NQ/TW ngày 5 tháng 8 năm 2008 của Ban Chấp hành Trung ương ...

      T/M BAN THƯỜNG VỤ
      BÍ THƯ

      Nguyễn Văn A
      """).withOverrides(Map.of("province", "Bắc Ninh"), DocumentMetadata.EDITED);

  @Test
  void sameRecordAsTheOverrideForEveryLevelAndSource() {
    for (String level : List.of("công khai", "internal", "mật")) {
      for (String source : List.of(DocumentMetadata.DEFAULT, DocumentMetadata.SIDECAR, DocumentMetadata.EDITED,
          DocumentMetadata.EXTRACTED)) {
        DocumentMetadata expected = READ.withOverrides(Map.of("access", level), source);
        assertEquals(expected, READ.withAccess(level, source), level + " from " + source);
        assertEquals(expected.toMap(), READ.withAccess(level, source).toMap());
      }
    }
  }

  @Test
  void changesTheAccessLevelAndItsSourceOnly() {
    DocumentMetadata m = READ.withAccess("mat", DocumentMetadata.DEFAULT);
    assertEquals("mật", m.access()); // as the record holds every level: its label
    assertEquals(DocumentMetadata.DEFAULT, m.sourceOf("access"));
    assertEquals(DocumentMetadata.EDITED, m.sourceOf("province"));
    assertEquals(READ.number(), m.number());
    assertEquals(READ.level(), m.level());
    assertNotEquals(READ, m);
  }
}
