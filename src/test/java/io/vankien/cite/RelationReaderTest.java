package io.vankien.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sample sentences (written for the test, not real documents) and the relation each names. */
class RelationReaderTest {
  private final RelationReader reader = RelationReader.standard();

  private String relation(String text, String cited) {
    return relation(text, null, null, cited);
  }

  private String relation(String text, String title, String type, String cited) {
    return reader.read(text, title, type, List.of(cited)).get(0).relation().code();
  }

  @Test
  void readsTheCueBeforeTheSymbol() {
    assertEquals("basis", relation("Căn cứ Luật Mẫu số 10/2020/QH14 ngày 01 tháng 6 năm 2020;", "10/2020/QH14"));
    assertEquals("implements", relation("Thực hiện Nghị quyết số 12-NQ/TU ngày 15/3/2019 của Tỉnh ủy, UBND tỉnh ban hành Kế hoạch.", "12-NQ/TU"));
    assertEquals("reviews", relation("Báo cáo sơ kết 2 năm thực hiện Chỉ thị số 08-CT/TU ngày 20/4/2021.", "08-CT/TU"));
    assertEquals("continues", relation("1. Tiếp tục thực hiện nghiêm Chỉ thị số 08-CT/TU của Tỉnh ủy.", "08-CT/TU"));
    assertEquals("amends", relation("1. Sửa đổi, bổ sung một số điều của Luật Mẫu số 10/2020/QH14 như sau:", "10/2020/QH14"));
    assertEquals("repeals", relation("2. Bãi bỏ khoản 3 Điều 9 của Luật Mẫu số 10/2020/QH14.", "10/2020/QH14"));
    assertEquals("replaces", relation("Luật Mẫu số 10/2020/QH14 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.", "10/2020/QH14"));
    assertEquals("mentions", relation("Theo đề nghị của Sở Nội vụ tại Tờ trình số 845/TTr-SNV ngày 28/4/2022.", "845/TTr-SNV"));
    assertEquals("mentions", relation("Năm 2021 tỉnh có 612 đảng viên mới; Kết luận số 10-KL/TW được nhắc.", "10-KL/TW"));
  }

  @Test
  void aCueCarriesOverAListOfDocumentsButNotPastOtherItems() {
    String basis = "Căn cứ Luật Mẫu số 10/2020/QH14 ngày 01/6/2020; Nghị định số 20/2021/NĐ-CP ngày 02/3/2021 của Chính phủ;";
    assertEquals("basis", relation(basis, "20/2021/NĐ-CP"));
    String items = "Nội dung: kết quả thực hiện nhiệm vụ được giao; việc liên hệ với các biểu hiện nêu trong Nghị quyết số 04-NQ/TW.";
    assertEquals("mentions", relation(items, "04-NQ/TW"));
  }

  @Test
  void aCueInAnotherDocumentsSubjectIsThatDocumentsOwn() {
    String text = "Triển khai thực hiện Thông báo số 160-TB/TW ngày 16/01/2020 về việc tiếp tục thực hiện Kết luận 62-KL/TW của Bộ Chính trị.";
    assertEquals("implements", relation(text, "160-TB/TW"));
    assertEquals("mentions", relation(text, "62-KL/TW"));
    String sibling = "Thực hiện Kết luận số 10-KL/TW ngày 26/12/2016 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết Trung ương 3"
        + " về phòng, chống tham nhũng và Chỉ thị số 50-CT/TW ngày 07/12/2015 của Bộ Chính trị, Ban Thường vụ chỉ thị.";
    assertEquals("implements", relation(sibling, "50-CT/TW"));
  }

  @Test
  void anAmenderSharesTheRelationToTheLawItAmended() {
    String text = "3. Bãi bỏ Điều 27 của Luật Mẫu số 10/2006/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số 20/2012/QH13.";
    assertEquals("repeals", relation(text, "20/2012/QH13"));
  }

  @Test
  void theoNamesImplementationOnlyOfAPartyDocument() {
    assertEquals("implements", relation("Hoàn thành việc sắp xếp theo Kết luận số 48-KL/TW ngày 30/01/2023.", "48-KL/TW"));
    assertEquals("mentions", relation("Kinh phí hỗ trợ theo Quyết định số 1600/QĐ-TTg ngày 16/8/2016.", "1600/QĐ-TTg"));
  }

  @Test
  void theStrongestRelationWinsAndTheTitleCounts() {
    String text = "BÁO CÁO\nsơ kết 2 năm thực hiện Chỉ thị số 42-CT/TW\n\nThực hiện Chỉ thị số 42-CT/TW, Tỉnh ủy ban hành Kế hoạch số 48-KH/TU.";
    TypedCitation c = reader.read(text, null, "Báo cáo", List.of("42-CT/TW", "48-KH/TU")).get(0);
    assertEquals("reviews", c.relation().code());
    assertTrue(c.sentence().startsWith("sơ kết 2 năm"), c.sentence());
    assertEquals("mentions", reader.read(text, null, null, List.of("48-KH/TU")).get(0).relation().code());
    assertEquals("implements", relation("Nghị quyết mẫu", "kế hoạch thực hiện Nghị quyết số 57-NQ/TW", null, "57-NQ/TW"));
  }

  @Test
  void aGuidanceGuides() {
    assertEquals("guides", relation("Thực hiện Nghị quyết số 18-NQ/TW, Ban Tuyên giáo hướng dẫn như sau.", null, "Hướng dẫn", "18-NQ/TW"));
  }

  @Test
  void decomposedLettersReadAsComposed() {
    String nfd = java.text.Normalizer.normalize("2. Bãi bỏ Điều 9 của Luật Mẫu số 10/2020/QH14.", java.text.Normalizer.Form.NFD);
    assertEquals("repeals", relation(nfd, "10/2020/QH14"));
  }

  @Test
  void aSymbolNotInTheTextIsMentionedWithoutSentence() {
    TypedCitation c = reader.read("Không có số hiệu nào.", null, null, List.of("01-NQ/TW")).get(0);
    assertEquals("mentions", c.relation().code());
    assertNull(c.sentence());
  }

  @Test
  void typeCodes() {
    assertEquals("TTr", RelationReader.typeCode("19-TTr/TU"));
    assertEquals("TTr", RelationReader.typeCode("845/TTr-SNV"));
    assertEquals("QH13", RelationReader.typeCode("45/2013/QH13"));
    assertTrue(RelationReader.partyStyle("48-KL/TW"));
    assertTrue(!RelationReader.partyStyle("45/2013/QH13"));
  }

  @Test
  void theBoundedSemicolonSearchIsLastIndexOfWithinTheBounds() {
    java.util.Random rnd = new java.util.Random(3);
    for (int round = 0; round < 200; round++) {
      StringBuilder b = new StringBuilder();
      int n = rnd.nextInt(40);
      for (int i = 0; i < n; i++) {
        b.append(rnd.nextInt(5) == 0 ? ';' : (char) ('a' + rnd.nextInt(3)));
      }
      String s = b.toString();
      for (int from = -2; from <= n + 1; from++) {
        for (int floor = -1; floor <= n + 1; floor++) {
          int k = s.lastIndexOf(';', from);
          assertEquals(k >= floor ? k : -1, RelationReader.lastSemicolon(s, from, floor), s + " " + from + " " + floor);
        }
      }
    }
  }
}
