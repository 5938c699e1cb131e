package io.vankien.text;

/** Strict upper-case Roman numerals: only the canonical spelling of 1..3999 is accepted ("XIX", not "XVIIII"). */
public final class RomanNumerals {
  private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

  private RomanNumerals() {}

  /** The value of a canonical upper-case Roman numeral ("XVI" is 16), or -1. */
  public static int value(String numeral) {
    return value(numeral.toCharArray(), 0, numeral.length());
  }

  /** The value of {@code buf[off, off+len)} as a canonical upper-case Roman numeral, or -1. */
  public static int value(char[] buf, int off, int len) {
    if (len == 0 || len > 15) {
      return -1;
    }
    int total = 0;
    for (int i = off; i < off + len; i++) {
      int v = digit(buf[i]);
      if (v < 0) {
        return -1;
      }
      int next = i + 1 < off + len ? digit(buf[i + 1]) : 0;
      if (next < 0) {
        return -1;
      }
      total += v < next ? -v : v;
    }
    if (total <= 0 || total > 3999) {
      return -1;
    }
    String canonical = toRoman(total);
    if (canonical.length() != len) {
      return -1;
    }
    for (int i = 0; i < len; i++) {
      if (canonical.charAt(i) != buf[off + i]) {
        return -1;
      }
    }
    return total;
  }

  public static String toRoman(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < VALUES.length; i++) {
      while (n >= VALUES[i]) {
        sb.append(SYMBOLS[i]);
        n -= VALUES[i];
      }
    }
    return sb.toString();
  }

  private static int digit(char c) {
    return switch (c) {
      case 'I' -> 1;
      case 'V' -> 5;
      case 'X' -> 10;
      case 'L' -> 50;
      case 'C' -> 100;
      case 'D' -> 500;
      case 'M' -> 1000;
      default -> -1;
    };
  }
}
