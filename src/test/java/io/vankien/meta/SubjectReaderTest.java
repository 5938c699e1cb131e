package io.vankien.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Titles and texts written for this test (samples, not real documents). */
class SubjectReaderTest {

  private static SubjectReader.Result title(String title) {
    return SubjectReader.read("Nghị quyết", title, List.of(), "");
  }

  @Test
  void aTitleNamesItsSubjectAndSaysWhy() {
    SubjectReader.Result r = title("về đẩy mạnh xây dựng nông thôn mới giai đoạn 2021 - 2025");
    assertEquals(List.of("Kinh tế"), r.labels());
    assertEquals(List.of("Kinh tế — tiêu đề: \"nông thôn mới\""), r.reasons());
  }

  @Test
  void punctuationCaseAndTonePlacementDoNotMatter() {
    assertEquals(List.of("Nội chính, phòng chống tham nhũng"),
        title("VỀ CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG, LÃNG PHÍ").labels());
    assertEquals(List.of("Văn hóa - xã hội"), title("về phát triển văn hoá cơ sở").labels());
  }

  @Test
  void socioEconomicIsTwoSubjectsInTaxonomyOrder() {
    assertEquals(List.of("Kinh tế", "Văn hóa - xã hội"),
        title("về tình hình kinh tế - xã hội 6 tháng đầu năm").labels());
    assertEquals(List.of("Tổ chức cán bộ", "Tuyên giáo"),
        title("tuyên truyền việc sắp xếp, tinh gọn tổ chức bộ máy").labels());
  }

  @Test
  void theLongestCueWins() {
    // "đào tạo cán bộ" is Tổ chức cán bộ, not the "đào tạo" of Văn hóa - xã hội
    assertEquals(List.of("Tổ chức cán bộ"), title("về đào tạo cán bộ trẻ").labels());
  }

  @Test
  void aGeneralTitleIsTongHopOnlyWhenItNamesNoSubject() {
    assertEquals(List.of("Tổng hợp"), title("kết quả công tác 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm").labels());
    assertEquals(List.of("Kinh tế", "Văn hóa - xã hội"),
        title("tình hình kinh tế - xã hội; nhiệm vụ, giải pháp trọng tâm quý IV").labels());
  }

  @Test
  void wordsAfterACircumstanceNameNoSubjectUnlessNothingElseDoes() {
    assertEquals(List.of("Xây dựng Đảng"), title("phát triển đảng viên tại các doanh nghiệp").labels());
    assertEquals(List.of("Kinh tế"), title("kiểm tra tại các doanh nghiệp").labels());
  }

  @Test
  void stockActorWordsNameNoSubject() {
    assertEquals(List.of("Dân vận"),
        title("quy chế đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền các cấp với Nhân dân").labels());
  }

  @Test
  void aTypeCanDecideAndAWholeTitleToo() {
    assertEquals(List.of("Tổng hợp"), SubjectReader.read("Hiến pháp", "Nước Cộng hòa", List.of(), "").labels());
    assertEquals(List.of("Kinh tế"), SubjectReader.read("Luật", "Xây dựng", List.of(), "").labels());
    assertEquals(List.of(), title("về xây dựng phong trào thi đua yêu nước").labels().stream()
        .filter("Kinh tế"::equals).toList(), "\"xây dựng\" inside a title is no subject");
  }

  @Test
  void withoutATitleTheOpeningThenTheText() {
    SubjectReader.Result opening = SubjectReader.read("Kết luận", null,
        List.of("Ban Thường vụ nghe báo cáo về công tác dân vận năm 2024."), "");
    assertEquals(List.of("Dân vận"), opening.labels());
    assertTrue(opening.reasons().get(0).contains("đoạn mở đầu"), opening.reasons().toString());

    String broad = "kinh tế tăng trưởng; kinh tế số; công nghiệp. giáo dục, y tế, văn hóa. quốc phòng, an ninh, "
        + "công an. đảng viên, chi bộ, kiểm điểm. thương mại.";
    SubjectReader.Result many = SubjectReader.read("Kết luận", null, List.of(), broad);
    assertEquals(List.of("Tổng hợp"), many.labels());
    assertTrue(many.reasons().get(0).contains("nhiều lĩnh vực"), many.reasons().toString());

    SubjectReader.Result one = SubjectReader.read("Kết luận", null, List.of(),
        "Tình hình an ninh trật tự ổn định; công an xã; phòng chống tội phạm; đảng viên gương mẫu.");
    assertEquals(List.of("Quốc phòng - an ninh"), one.labels());
    assertEquals(SubjectReader.Result.NONE, SubjectReader.read("Kết luận", null, List.of(), "không có gì"));
  }

  @Test
  void aBodysOwnWorkingIsTheFieldOfThatBody() {
    SubjectReader.Result party = SubjectReader.read("Quy chế", "làm việc của Đảng đoàn Hội đồng nhân dân tỉnh khóa XI",
        List.of(), "");
    assertEquals(List.of("Xây dựng Đảng"), party.labels(), "the type is read with the title; the first body wins");
    assertEquals(List.of("Xây dựng Đảng — tiêu đề: \"quy chế làm việc … đảng đoàn\""), party.reasons());
    assertEquals(List.of("Xây dựng chính quyền"),
        title("ban hành Quy chế làm việc của Ủy ban nhân dân tỉnh nhiệm kỳ 2021 - 2026").labels());
    assertEquals(List.of("Xây dựng Đảng"), SubjectReader.read("Quy định",
        "về chức năng, nhiệm vụ, quyền hạn và mối quan hệ công tác của đảng ủy phường", List.of(), "").labels());
    // working words with no body after them decide nothing: the cues do
    assertEquals(List.of("Kinh tế"), title("quy chế hoạt động của quỹ hỗ trợ nông dân phát triển nông nghiệp").labels());
  }

  @Test
  void aPartyBodyNamedByTheStateBodyItSitsInNamesNoSubject() {
    assertEquals(List.of("Kinh tế"),
        title("báo cáo của Ban cán sự đảng Ủy ban nhân dân tỉnh về sơ kết phát triển nông nghiệp").labels());
  }

  @Test
  void aLongerCueOfAnotherSubjectWins() {
    assertEquals(List.of("Văn hóa - xã hội"), title("về đẩy mạnh xuất khẩu lao động").labels());
    assertEquals(List.of("Quốc phòng - an ninh"), title("về công tác giáo dục quốc phòng và an ninh").labels());
    assertEquals(List.of("Tổ chức cán bộ"), title("phân cấp quản lý cán bộ").labels());
  }

  @Test
  void passingMentionsInALongTextDoNotMakeItRangeOverMany() {
    // one field named 60 times, four others 4 to 6 times: under a tenth of the first, they are passing mentions
    String text = "thuế nông nghiệp. ".repeat(30) + "tòa án. ".repeat(5) + "công an. ".repeat(5) + "trường học. ".repeat(4)
        + "đảng viên. ".repeat(4);
    assertEquals(List.of("Kinh tế"), SubjectReader.read("Luật", null, List.of(), text).labels());
  }

  @Test
  void everyCueNamesAKnownSubjectAndEveryLabelIsFound() {
    Subjects s = Subjects.load();
    assertEquals(12, s.all().size());
    for (Subjects.Subject sub : s.all()) {
      assertEquals(sub, s.byLabel(sub.label().toUpperCase(java.util.Locale.ROOT)).orElseThrow());
    }
  }

  @Test
  void theExtractorFillsTheRecord() {
    String text = "ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY HÀ NAM\nSố 12-NQ/TU\nPhủ Lý, ngày 15 tháng 3 năm 2019\n"
        + "NGHỊ QUYẾT\nvề đẩy mạnh xây dựng nông thôn mới\n\nI. TÌNH HÌNH\nVăn bản mẫu.\n";
    DocumentMetadata m = new MetadataExtractor().extract(text);
    assertEquals(List.of("Kinh tế"), m.subjects());
    assertEquals(1, m.subjectReasons().size());
  }
}
