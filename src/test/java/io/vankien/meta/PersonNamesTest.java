package io.vankien.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersonNamesTest {
  @Test
  void namesAndNotNames() {
    assertTrue(PersonNames.isName("Đỗ Tiến Sỹ"));
    assertTrue(PersonNames.isName("Y Thanh Hà Niê Kđăm"));
    assertFalse(PersonNames.isName("Nơi nhận"));
    assertFalse(PersonNames.isName("Đã ký"));
    assertFalse(PersonNames.isName("BÍ THƯ"));
  }

  /** Names of the Central Highlands ("Điểu K'Ré", "H’Hen Niê"), typed with either apostrophe, in any case. */
  @Test
  void apostropheAfterTheFirstCapital() {
    assertTrue(PersonNames.isName("Điểu K'Ré"));
    assertTrue(PersonNames.isName("H’Hen Niê"));
    assertEquals("Điểu K'Ré", PersonNames.display("ĐIỂU K'RÉ"));
    assertEquals("H’Hen Niê", PersonNames.display("H’HEN NIÊ"));
    assertFalse(PersonNames.isName("K' Ré"));
  }
}
