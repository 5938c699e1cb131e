package io.vankien.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MediansTest {
  @Test
  void anOddCountHasItsMiddleSample() {
    assertEquals(5.0, Medians.of(new long[] {9, 1, 5}));
    assertEquals(2.5, Medians.of(new double[] {2.5, 7.0, 0.5}));
  }

  @Test
  void anEvenCountHasTheMeanOfItsTwoMiddleSamples() {
    assertEquals(4.5, Medians.of(new long[] {8, 1, 4, 5}));
    assertEquals(1.5, Medians.of(new double[] {2.0, 1.0}));
  }

  @Test
  void theSamplesAreLeftAsGiven() {
    long[] v = {3, 1, 2};
    Medians.of(v);
    assertArrayEquals(new long[] {3, 1, 2}, v);
  }
}
