package io.vankien.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vankien.meta.DocumentMetadata;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The archivist title of invented sample records, with every part present and each one missing. */
class CitationTitleTest {
  private static DocumentMetadata meta(String type, String number, String date, String issuer, String title) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type);
    m.put("number", number);
    m.put("date", date);
    m.put("issuer", issuer);
    m.put("title", title);
    return DocumentMetadata.empty().withOverrides(m, DocumentMetadata.EXTRACTED);
  }

  @Test
  void everyPart() {
    assertEquals("Nghị quyết số 01-NQ/TU ngày 26/11/2020 của Tỉnh ủy Hưng Yên về tình hình thực hiện nhiệm vụ"
        + " năm 2020", CitationTitle.of(meta("Nghị quyết", "01-NQ/TU", "2020-11-26", "Tỉnh ủy Hưng Yên",
            "Về tình hình thực hiện nhiệm vụ năm 2020"), "mau.txt"));
  }

  @Test
  void aSubjectNotStartingWithVeGetsOne() {
    assertEquals("Báo cáo số 95-BC/TU ngày 8/12/2021 của Tỉnh ủy Hưng Yên về kết quả thực hiện Nghị quyết",
        CitationTitle.of(meta("Báo cáo", "95-BC/TU", "2021-12-08", "Tỉnh ủy Hưng Yên",
            "kết quả thực hiện Nghị quyết"), null));
    // a common word starting the subject is lowered; "về" is never doubled, whatever its case
    assertEquals("Thông báo ngày 29/9/2023 của Tỉnh ủy Mẫu về hội nghị Ban Chấp hành Đảng bộ tỉnh",
        CitationTitle.of(meta("Thông báo", null, "2023-09-29", "Tỉnh ủy Mẫu", "Hội nghị Ban Chấp hành Đảng bộ tỉnh"),
            null));
    assertEquals("Kết luận về Báo cáo sơ kết", CitationTitle.of(meta("Kết luận", null, null, null,
        "Về Báo cáo sơ kết"), null));
  }

  @Test
  void missingParts() {
    assertEquals("Kết luận ngày 12/5/2021 của Ban Chấp hành Đảng bộ tỉnh Mẫu",
        CitationTitle.of(meta("Kết luận", null, "2021-05-12", "Ban Chấp hành Đảng bộ tỉnh Mẫu", null), "x.txt"));
    assertEquals("Chỉ thị số 08-CT/TU về chuyển đổi số",
        CitationTitle.of(meta("Chỉ thị", "08-CT/TU", null, null, "về chuyển đổi số"), null));
    assertEquals("Văn bản số 12/KH-UBND năm 2019", CitationTitle.of(meta(null, "Số: 12/KH-UBND", "2019", null, null),
        null));
    assertEquals("Quyết định tháng 3/2024 của Ủy ban nhân dân tỉnh Hà Nam",
        CitationTitle.of(meta("Quyết định", null, "2024-03", "ỦY BAN NHÂN DÂN TỈNH HÀ NAM", null), null));
  }

  @Test
  void onlyASubject() {
    assertEquals("Văn bản về nông thôn mới", CitationTitle.of(meta(null, null, null, null, "về nông thôn mới"), null));
    assertEquals("Chương trình hành động mẫu",
        CitationTitle.of(meta(null, null, null, null, "chương trình hành động mẫu"), null));
  }

  @Test
  void aFileNameIsNeverTheTitleWhenAnythingBetterExists() {
    assertEquals("Thông báo ngày 1/2/2023", CitationTitle.of(meta("Thông báo", null, "2023-02-01", null,
        "002_60299214c0c166e3.txt"), "002_60299214c0c166e3.txt"));
    assertEquals("Báo cáo của Tỉnh ủy Mẫu", CitationTitle.of(meta("Báo cáo", null, null, "Tỉnh ủy Mẫu",
        "bao-cao-mau"), "bao-cao-mau.docx"));
    // nothing at all: the file name is all there is
    assertEquals("bao-cao-mau.docx", CitationTitle.of(meta(null, null, null, null, null), "bao-cao-mau.docx"));
    assertNull(CitationTitle.of(DocumentMetadata.empty(), null));
    assertNull(CitationTitle.ofRecord(meta(null, null, null, null, "bao-cao-mau"), "bao-cao-mau.docx"),
        "the record alone gives nothing");
  }

  @Test
  void aSubjectNamingTheTypeDoesNotRepeatIt() {
    assertEquals("Kế hoạch số 01-KH/TU ngày 2/1/2024 về thực hiện chương trình chuyển đổi số",
        CitationTitle.of(meta("Kế hoạch", "01-KH/TU", "2024-01-02", null,
            "Kế hoạch thực hiện chương trình chuyển đổi số"), null));
    // "Kế hoạch hóa" is not the type followed by a subject
    assertEquals("Báo cáo về kế hoạch hóa gia đình",
        CitationTitle.of(meta("Báo cáo", null, null, null, "Kế hoạch hóa gia đình"), null));
  }

  @Test
  void lawsAreCitedByTheirName() {
    assertEquals("Luật Đất đai số 45/2013/QH13 ngày 29/11/2013 của Quốc hội",
        CitationTitle.of(meta("Luật", "45/2013/QH13", "2013-11-29", "Quốc hội", "LUẬT ĐẤT ĐAI"), null));
    assertEquals("Luật Đất đai số 45/2013/QH13 ngày 29/11/2013 của Quốc hội",
        CitationTitle.of(meta("Luật", "45/2013/QH13", "2013-11-29", "Quốc hội", "Đất đai"), null));
    assertEquals("Bộ luật Dân sự số 91/2015/QH13", CitationTitle.of(meta("Bộ luật", "91/2015/QH13", null, null,
        "dân sự"), null));
    assertEquals("Luật sửa đổi, bổ sung một số điều của Luật Mẫu", CitationTitle.of(meta("Luật", null, null, null,
        "Sửa đổi, bổ sung một số điều của Luật Mẫu"), null));
    assertEquals("Luật về dầu khí", CitationTitle.of(meta("Luật", null, null, null, "Về dầu khí"), null));
  }

  @Test
  void namesAndAbbreviationsKeepTheirCapitals() {
    assertEquals("Nghị quyết về Hà Nam phát triển", CitationTitle.of(meta("Nghị quyết", null, null, null,
        "Hà Nam phát triển"), null));
    assertEquals("Báo cáo về Đảng bộ tỉnh Mẫu", CitationTitle.of(meta("Báo cáo", null, null, null,
        "Đảng bộ tỉnh Mẫu"), null));
    assertEquals("Báo cáo về đảm bảo an ninh", CitationTitle.of(meta("Báo cáo", null, null, null,
        "Đảm bảo an ninh"), null));
    assertEquals("Tờ trình về HĐND tỉnh khóa mới", CitationTitle.of(meta("Tờ trình", null, null, null,
        "HĐND tỉnh khóa mới"), null));
  }

  @Test
  void spacesAndTrailingPunctuation() {
    assertEquals("Chỉ thị số 08-CT/TU về tăng cường lãnh đạo",
        CitationTitle.of(meta(" Chỉ  thị ", " 08-CT/TU ", null, " ", "về   tăng cường\nlãnh đạo ."), null));
  }
}
