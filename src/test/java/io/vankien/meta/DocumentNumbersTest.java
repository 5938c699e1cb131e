package io.vankien.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentNumbersTest {

  @Test
  void partyStyle() {
    assertEquals("01-NQ/TU", DocumentNumbers.normalize("Số 01 - NQ/TU")); // seed header line
    assertEquals("408-BC/TU", DocumentNumbers.normalize("Số 408 -BC/TU")); // seed header line
    assertEquals("19-TTr/TU", DocumentNumbers.normalize("19-TTr/TU"));
    assertEquals("19-TTr/TU", DocumentNumbers.normalize("19-TTR/TU"));
    assertEquals("36-HD/VPTW", DocumentNumbers.normalize("36-HD/VPTW"));
    assertEquals("21-LCT/HĐNN8", DocumentNumbers.normalize("Số: 21-LCT/HĐNN8"));
    assertEquals("103-SL/L.005", DocumentNumbers.normalize("103-SL/L.005"));
    assertEquals("05-QĐi/TW", DocumentNumbers.normalize("05-QĐi/TW"));
  }

  @Test
  void stateStyle() {
    assertEquals("1654/NQ-UBTVQH15", DocumentNumbers.normalize("1654/NQ-UBTVQH15"));
    assertEquals("45/2013/QH13", DocumentNumbers.normalize("Luật số: 45/2013/QH13"));
    assertEquals("73/2006/QH11", DocumentNumbers.normalize("Luật số: 73/2006/QH 11")); // law header line
    assertEquals("49/2015/QĐ-TTg", DocumentNumbers.normalize("49/2015/QĐ-TTG"));
    assertEquals("30/2020/NĐ-CP", DocumentNumbers.normalize("30/2020/NĐ-CP"));
    assertEquals("566/KH-UBND", DocumentNumbers.normalize("566/KH-UBND"));
    assertEquals("123/QĐ-UBND", DocumentNumbers.normalize("Số: 123/QĐ-UBND"));
    // a ministry's department after the ministry ("Quyết định số 1987/QĐ-BNN-TT ngày 21 tháng 5 năm 2021")
    assertEquals("1987/QĐ-BNN-TT", DocumentNumbers.normalize("1987/QĐ-BNN-TT"));
    assertEquals("1987/QĐ-BNN-TT", DocumentNumbers.normalize("1987/QĐ-BNN–TT"));
    assertEquals(List.of("123/QĐ-UBND"), DocumentNumbers.distinct("Quyết định số 123/QĐ-UBND - UBND tỉnh"));
    // a Party symbol typed in the state order, as some offices type it (held-out 3, file 20: "Số: 05/CT-TU")
    assertEquals("05-CT/TU", DocumentNumbers.normalize("Số: 05/CT-TU"));
    assertEquals("12-NQ/ĐU", DocumentNumbers.normalize("12/NQ-ĐU"));
    assertEquals("1036-CV/VPTU", DocumentNumbers.normalize("1036/CV-VPTU"));
    assertEquals("1234/QĐ-UBND", DocumentNumbers.normalize("1234/QĐ-UBND"));
  }

  @Test
  void datesRangesAndRatiosAreNoSymbols() {
    assertEquals(List.of(), DocumentNumbers.distinct(
        "Ngày 29/9/2023, nhiệm kỳ 2020-2025, GRDP/người đạt 79,57 triệu đồng, 100/ha, Covid - 19, 30-6-2023"));
    assertNull(DocumentNumbers.normalize("29/9/2023"));
  }

  @Test
  void citesInRunningText() {
    // real line (seed, Ninh Bình)
    String line = "theo Kết luận số 48-KL/TW, ngày 30/01/2023 của Bộ Chính trị, Nghị quyết số 35/2023/UBTVQH15, "
        + "ngày 12/7/2023 của Ủy ban Thường vụ Quốc hội, Kế hoạch của Chính phủ, Nghị quyết số 16-NQ/TU, "
        + "ngày 23/8/2023 của Ban Chấp hành Đảng bộ tỉnh.";
    assertEquals(List.of("48-KL/TW", "35/2023/UBTVQH15", "16-NQ/TU"), DocumentNumbers.distinct(line));
    assertEquals(List.of("49/2015/QĐ-TTg", "566/KH-UBND"),
        DocumentNumbers.distinct("Quyết định 49/2015/QĐ-TTg và Kế hoạch 566/KH-UBND, 49/2015/QĐ-TTg."));
  }

  @Test
  void partsOfASymbol() {
    assertTrue(DocumentNumbers.isPartyStyle("01-NQ/TU"));
    assertFalse(DocumentNumbers.isPartyStyle("45/2013/QH13"));
    assertEquals("NQ", DocumentNumbers.typeCode("01-NQ/TU"));
    assertEquals("QĐ", DocumentNumbers.typeCode("49/2015/QĐ-TTg"));
    assertEquals("TU", DocumentNumbers.bodyCode("01-NQ/TU"));
    assertEquals("UBND", DocumentNumbers.bodyCode("566/KH-UBND"));
    assertEquals("QH", DocumentNumbers.bodyCode("45/2013/QH13"));
  }

  @Test
  void dashesAsWordProcessorsTypeThemAndTheCentralBodyWrittenTU() {
    assertEquals("12-KL/TU", DocumentNumbers.normalize("Số 12 – KL/TU"));
    assertEquals("1654/NQ-UBTVQH15", DocumentNumbers.normalize("1654/NQ–UBTVQH15"));
    assertEquals("12-NQ/TW", DocumentNumbers.normalize("Số 12-NQ/T.Ư"));
    assertEquals("12-NQ/TW", DocumentNumbers.normalize("12-NQ/TƯ"));
    assertEquals(java.util.List.of(), DocumentNumbers.distinct("giai đoạn 2021 – 2025 và 2026 — 2030"));
  }

  @Test
  void lessCommonTypeCodes() {
    assertEquals("05-TTri/TU", DocumentNumbers.normalize("Số 05-TTri/TU"));
    assertEquals("Thông tri", DocumentTypes.ofCode(DocumentNumbers.typeCode("05-TTri/TU")));
    assertEquals("Phương án", DocumentTypes.ofCode(DocumentNumbers.typeCode("12-PA/TU")));
    assertEquals("Phương án", DocumentTypes.ofTypeLine("PHƯƠNG ÁN"));
  }
}
