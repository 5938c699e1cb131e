package io.vankien.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The units and committees the readers' patterns are built from, read from administrative-units.tsv. */
class AdministrativeUnitsTest {
  @Test
  void everyUnitHasItsCommittee() {
    assertEquals(List.of("tỉnh", "thành phố", "huyện", "quận", "thị xã", "thị trấn", "xã", "phường"),
        AdministrativeUnits.units());
    assertEquals("Tỉnh ủy", AdministrativeUnits.committeeOf("tỉnh"));
    assertEquals("Thị ủy", AdministrativeUnits.committeeOf("thị xã"));
    assertEquals("Đảng ủy xã", AdministrativeUnits.committeeOf("xã"));
    assertNull(AdministrativeUnits.committeeOf("thôn"));
  }

  @Test
  void aCommitteeNamedAfterItsUnitGivesTheUnit() {
    assertEquals("thành phố", AdministrativeUnits.unitOf("Thành ủy"));
    assertEquals("huyện", AdministrativeUnits.unitOf("huyện"));
    assertNull(AdministrativeUnits.unitOf("Ban Thường vụ"));
  }

  @Test
  void theAlternationsTheReadersBuildFrom() {
    assertEquals("tỉnh|thành phố|huyện|quận|thị xã", AdministrativeUnits.ABOVE_COMMUNE);
    assertEquals("Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy", AdministrativeUnits.COMMITTEES);
  }
}
