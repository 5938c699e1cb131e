package io.vankien.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The month facet's value, built by hand, is what {@code String.format("%04d-%02d")} gave. */
class YearMonthTest {
  @Test
  void sameAsTheFormatItReplaces() {
    for (int y : new int[] {-12345, -5, 0, 7, 42, 999, 1000, 1945, 2005, 2025, 9999, 10000, 123456}) {
      for (int m = 1; m <= 12; m++) {
        LocalDate d = LocalDate.of(y, m, 1);
        assertEquals(String.format("%04d-%02d", y, m), DocumentMapper.yearMonth(d), d.toString());
      }
    }
  }
}
