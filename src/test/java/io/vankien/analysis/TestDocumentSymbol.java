package io.vankien.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestDocumentSymbol {
  @Test
  void partyStyleVariantsShareOneKey() {
    for (String s : List.of("01-NQ/TU", "01 - NQ/TU", "1-NQ/TU", "Số 01-NQ/TU", "Số: 01-NQ/TU", "số 01 -NQ/TU", " 01-NQ/TU. ")) {
      assertEquals(Optional.of("1-nq/tu"), DocumentSymbol.key(s), s);
    }
    assertEquals(Optional.of("408-bc/tu"), DocumentSymbol.key("408 -BC/TU"));
    assertEquals(Optional.of("19-ttr/tu"), DocumentSymbol.key("19-TTr/TU"));
    assertEquals(Optional.of("106-qđ/tu"), DocumentSymbol.key("106-QĐ/TU"));
    assertEquals(Optional.of("36-hd/vptw"), DocumentSymbol.key("36-HD/VPTW"));
    assertEquals(Optional.of("56-lct/hđnn8"), DocumentSymbol.key("56-LCT/HĐNN8"));
  }

  @Test
  void stateStyle() {
    assertEquals(Optional.of("1654/nq-ubtvqh15"), DocumentSymbol.key("1654/NQ-UBTVQH15"));
    assertEquals(Optional.of("45/2013/qh13"), DocumentSymbol.key("45/2013/QH13"));
    assertEquals(Optional.of("45/2013/qh11"), DocumentSymbol.key("45/2013/QH 11"));
    assertEquals(Optional.of("30/2020/nđ-cp"), DocumentSymbol.key("30/2020/NĐ-CP"));
    assertEquals(Optional.of("30/2020/nđ-cp"), DocumentSymbol.key("30/2020/N\u00D0-CP"));
    assertEquals(Optional.of("49/2015/qđ-ttg"), DocumentSymbol.key("49/2015/QĐ-TTg"));
    assertEquals(Optional.of("566/kh-ubnd"), DocumentSymbol.key("Số: 566/KH-UBND"));
    assertEquals(Optional.of("30/2020/nd-cp"), DocumentSymbol.foldedKey("30/2020/NĐ-CP"));
  }

  @Test
  void notSymbols() {
    for (String s : List.of("", "NQ/TU", "29/9/2023", "2020-2025", "12-CT", "01-NQ/TU và", "Số", "15/Sở", "29/9")) {
      assertEquals(Optional.empty(), DocumentSymbol.key(s), s);
    }
    assertEquals(Optional.empty(), DocumentSymbol.key(null));
  }

  @Test
  void typedInAnyCase() {
    assertEquals(Optional.of("1-nq/tu"), DocumentSymbol.key("01-nq/tu"));
    assertEquals(Optional.of("19-ttr/tu"), DocumentSymbol.key("số 19-ttr/tu"));
    assertEquals(Optional.of("30/2020/nđ-cp"), DocumentSymbol.key("30/2020/nđ-cp"));
    // running text still needs upper-case codes
    assertEquals(List.of(), DocumentSymbol.findAll("trang 12-nq/tu"));
  }

  @Test
  void findAllInRunningText() {
    assertEquals(
        List.of("1-nq/tu", "45/2013/qh13", "408-bc/tu"),
        DocumentSymbol.findAll("Căn cứ Nghị quyết số 01 - NQ/TU ngày 29/9/2023, Luật 45/2013/QH13 và Báo cáo 408 -BC/TU."));
  }
}
