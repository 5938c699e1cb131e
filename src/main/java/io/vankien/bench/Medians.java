package io.vankien.bench;

import java.util.Arrays;

/** The median of a benchmark's samples (the mean of the two middle ones for an even count); the input is not changed. */
final class Medians {
  private Medians() {}

  static double of(long[] values) {
    long[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
  }

  static double of(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
