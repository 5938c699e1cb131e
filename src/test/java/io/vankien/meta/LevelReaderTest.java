package io.vankien.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link LevelReader}: from the issuer's name, else the symbol's body code, else the signing authority. */
class LevelReaderTest {
  private static final Provinces PROVINCES = Provinces.load();
  private static final LocalDate D2021 = LocalDate.of(2021, 1, 1);

  private static Level level(String issuer, String number, String authority) {
    return LevelReader.level(issuer, number, authority, D2021, PROVINCES);
  }

  @Test
  void centralBodiesByName() {
    assertEquals(Level.CENTRAL, level("Bộ Chính trị", null, null));
    assertEquals(Level.CENTRAL, level("Ủy ban Thường vụ Quốc hội", null, null));
    assertEquals(Level.CENTRAL, level("Bộ Tài chính", null, null));
  }

  @Test
  void provincialDistrictAndCommuneBodiesByTheirUnit() {
    assertEquals(Level.PROVINCIAL, level("Tỉnh ủy Hà Nam", null, null));
    assertEquals(Level.PROVINCIAL, level("Ủy ban nhân dân tỉnh Nghệ An", null, null));
    assertEquals(Level.DISTRICT, level("Huyện ủy Nam Đàn", null, null));
    assertEquals(Level.COMMUNE, level("Đảng ủy xã Kim Liên", null, null));
  }

  @Test
  void aCitysCommitteeIsProvincialOnlyForACentrallyRunCity() {
    assertEquals(Level.PROVINCIAL, level("Thành ủy Hà Nội", null, null));
    assertEquals(Level.DISTRICT, level("Thành ủy Phủ Lý", null, null));
  }

  @Test
  void withoutAnIssuerTheSymbolsBodyCode() {
    assertEquals(Level.CENTRAL, level(null, "26-NQ/TW", null));
    assertEquals(Level.PROVINCIAL, level(null, "12-NQ/TU", null));
    assertEquals(Level.DISTRICT, level(null, "88-KH/HU", null));
  }

  @Test
  void lastTheSigningAuthorityOfATinhUy() {
    assertEquals(Level.PROVINCIAL, level(null, null, "T/M Ban Thường vụ tỉnh ủy"));
    assertNull(level(null, null, "K/T Bí thư"));
  }

  @Test
  void theLevelsCodesAreTheRecordsValues() {
    assertEquals("commune", Level.COMMUNE.code());
    assertEquals(Level.DISTRICT, Level.ofCode("district").orElseThrow());
    assertEquals(java.util.Optional.empty(), Level.ofCode("province"));
  }
}
