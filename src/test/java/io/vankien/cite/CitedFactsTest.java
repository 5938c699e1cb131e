package io.vankien.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CitedFactsTest {
  @Test
  void readsDateIssuerAndSubjectAfterTheSymbol() {
    CitedFacts f = CitedFacts.read("Thực hiện Kết luận số 48-KL/TW, ngày 30/01/2023 của Bộ Chính trị về tiếp tục sắp xếp"
        + " đơn vị hành chính; Ban Thường vụ ban hành", "48-KL/TW");
    assertEquals("2023-01-30", f.date());
    assertEquals("Bộ Chính trị", f.issuer());
    assertEquals("tiếp tục sắp xếp đơn vị hành chính", f.title());
    assertEquals("sắp xếp cấp huyện, cấp xã", CitedFacts.read("Thực hiện Kết luận số 48-KL/TW về sắp xếp cấp huyện, cấp xã,"
        + " Ban Thường vụ Tỉnh ủy ban hành Kế hoạch.", "48-KL/TW").title());
    CitedFacts law = CitedFacts.read("Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ;", "61/2018/NĐ-CP");
    assertEquals("2018-04-23", law.date());
    assertEquals("Chính phủ", law.issuer());
    assertNull(law.title());
    CitedFacts quoted = CitedFacts.read("Chỉ thị số 43-CT/TW, ngày 08/4/2020 của Ban Bí thư “về tăng cường công tác”;", "43-CT/TW");
    assertEquals("Ban Bí thư", quoted.issuer());
    assertEquals("tăng cường công tác", quoted.title());
    assertEquals(1, CitedFacts.readAll("Số 10-KH/TU\nThực hiện Kết luận số 48-KL/TW của Bộ Chính trị.", "48-KL/TW").size());
  }
}
