package io.vankien.meta;

import static io.vankien.meta.ReaderTestDocs.zones;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CitesReader}: every other symbol, normalized, in order of first appearance, without the document's own. */
class CitesReaderTest {
  @Test
  void otherSymbolsInOrderWithoutTheOwnNumber() {
    DocumentZones z = zones("TỈNH ỦY HÀ NAM", "Số 156-BC/TU", "", "BÁO CÁO", "kết quả 6 tháng", "",
        "Thực hiện Chương trình số 01-CTr/TU và Nghị quyết số 12-NQ/TU, Báo cáo số 156-BC/TU tổng hợp như sau;"
            + " Nghị quyết 12-NQ/TU được triển khai cùng Luật số 17/2012/QH13.");
    assertEquals(List.of("01-CTr/TU", "12-NQ/TU", "17/2012/QH13"), CitesReader.read(z, "156-BC/TU"));
  }

  @Test
  void aSymbolTypedInTheStateOrderIsNormalized() { // "Số: 05/CT-TU" is the Party symbol 05-CT/TU
    DocumentZones z = zones("Thực hiện Chỉ thị số 05/CT-TU của Ban Thường vụ Tỉnh ủy về học tập và làm theo tư tưởng.");
    assertEquals(List.of("05-CT/TU"), CitesReader.read(z, null));
  }

  @Test
  void theCopyStampsOwnNumberIsNoCitation() {
    DocumentZones z = zones("Thực hiện Nghị quyết số 12-NQ/TU về xây dựng nông thôn mới trong toàn tỉnh.", "", "", "",
        "SAO Y BẢN CHÍNH", "Số 15-SY/VPTU");
    assertEquals(List.of("12-NQ/TU"), CitesReader.read(z, null));
  }
}
