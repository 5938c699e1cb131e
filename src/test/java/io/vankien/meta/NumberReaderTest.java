package io.vankien.meta;

import static io.vankien.meta.ReaderTestDocs.concat;
import static io.vankien.meta.ReaderTestDocs.partyHeader;
import static io.vankien.meta.ReaderTestDocs.zones;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link NumberReader}, rule by rule: the number line, the number inside a title line, a symbol a cell broke. */
class NumberReaderTest {
  @Test
  void theNumberLineOfAPartyHeader() {
    assertEquals("01-NQ/TU", NumberReader.read(zones(concat(partyHeader("TỈNH ỦY HƯNG YÊN", "01-NQ/TU",
        "Hưng Yên, ngày 26 tháng 11 năm 2020"), "NGHỊ QUYẾT", "về nông nghiệp công nghệ cao"))));
  }

  @Test
  void aNumberLineOpensWithSoAloneOrAfterATypesName() {
    assertEquals("1234/UBND-KT", NumberReader.ofNumberLine("Số: 1234/UBND-KT"));
    assertEquals("45/2013/QH13", NumberReader.ofNumberLine("Luật số: 45/2013/QH13"));
    assertEquals("12-NQ/TU", NumberReader.ofNumberLine("Nghị quyết số 12-NQ/TU"));
    assertNull(NumberReader.ofNumberLine("Tổng số 12 đơn vị")); // "Tổng" is no type: a count, not the number
    assertNull(NumberReader.ofNumberLine("Số lượng đảng viên"));
  }

  @Test
  void theNumberInsideATitleLineInCapitals() { // an old law's title line: "LUẬT SỐ 103-SL/L.005 NGÀY 20-5-1957 ..."
    String line = "LUẬT SỐ 103-SL/L.005 NGÀY 20-5-1957 ĐẢM BẢO QUYỀN TỰ DO THÂN THỂ";
    NumberReader.InLine found = NumberReader.inLine(line);
    assertEquals("103-SL/L.005", found.number());
    assertEquals("LUẬT", found.before());
    assertTrue(found.after().strip().startsWith("NGÀY 20-5-1957"));
    assertTrue(found.namesTheDocument(line));
    assertEquals("103-SL/L.005", NumberReader.read(zones(line, "",
        "Căn cứ quyền tự do thân thể của nhân dân đã được ghi trong Hiến pháp;")));
  }

  @Test
  void aNumberCitedInASentenceIsNotTheDocuments() {
    String line = "Thực hiện Nghị quyết số 12-NQ/TU của Tỉnh ủy về nông thôn mới";
    NumberReader.InLine found = NumberReader.inLine(line);
    assertEquals("12-NQ/TU", found.number());
    assertFalse(found.namesTheDocument(line)); // not in capitals, and "Thực hiện Nghị quyết" names no type alone
    assertNull(NumberReader.inLine("Số đảng viên tăng")); // no digit after "số"
  }

  @Test
  void aSymbolANarrowCellBrokeIsJoinedOnItsNumberLine() { // LibreOffice's PDF: "Số: 1234/NQ-" / "HĐND"
    assertEquals(List.of("Số: 1234/NQ-HĐND", "NGHỊ QUYẾT"),
        NumberReader.joinBrokenSymbols(List.of("Số: 1234/NQ-", "HĐND", "NGHỊ QUYẾT"), 40));
    // the other column's line between them, as a PDF's reading order has it
    assertEquals(List.of("Số: 1234/NQ-HĐND", "Nghệ An, ngày 14 tháng 12 năm 2022"),
        NumberReader.joinBrokenSymbols(List.of("Số: 1234/NQ-", "Nghệ An, ngày 14 tháng 12 năm 2022", "HĐND"), 40));
  }

  @Test
  void aTypeLineBelowABrokenSymbolIsNoRestOfIt() {
    List<String> lines = List.of("Số: 1234/NQ-", "NGHỊ QUYẾT");
    assertEquals(lines, NumberReader.joinBrokenSymbols(lines, 40));
    assertNull(NumberReader.read(zones("HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN", "Số: 1234/NQ-", "NGHỊ QUYẾT",
        "Quy định mức hỗ trợ học phí trên địa bàn tỉnh", "Căn cứ Luật Tổ chức chính quyền địa phương;")));
  }

  @Test
  void onlyTheHeaderLinesAreJoined() {
    List<String> lines = List.of("Số: 1234/NQ-", "HĐND");
    assertEquals(lines, NumberReader.joinBrokenSymbols(lines, 0));
  }
}
