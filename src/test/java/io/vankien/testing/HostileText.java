package io.vankien.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Text that has broken regular expressions: long runs of one decoration (stars, table rules, underscores),
 * long dotted or slashed symbols, very long lines with no space, long runs of spaces. Each value is one
 * line of about {@code length} characters; the keys name them for failure messages.
 */
public final class HostileText {
  private HostileText() {}

  public static Map<String, String> lines(int length) {
    Map<String, String> m = new LinkedHashMap<>();
    put(m, "asterisks", "*", length);
    put(m, "escaped asterisks", "\\*", length);
    put(m, "spaced asterisks", "* ", length);
    put(m, "pipe table rule", "|---", length);
    put(m, "aligned pipe table rule", "|:---:", length);
    put(m, "grid table rule", "+=====", length);
    put(m, "grid table rule, dashes", "+-----", length);
    put(m, "underscores", "_", length);
    put(m, "dashes", "-", length);
    put(m, "equals signs", "=", length);
    put(m, "dotted numbers", "1.", length);
    put(m, "dotted section numbers", "12.", length);
    put(m, "party symbol, many codes", "A/", length, "1-");
    put(m, "state symbol, many codes", "A-", length, "1/2020/");
    put(m, "slashed numbers", "/1", length, "Số 1");
    put(m, "one letter, no space", "a", length);
    put(m, "capitals, no space", "Đ", length);
    put(m, "capital words", "A ", length);
    put(m, "name words", "Nguyễn Văn ", length);
    put(m, "spaces", " ", length, "x");
    put(m, "tabs", "\t", length, "x");
    // a word a reader looks for, then a long run of spaces before anything follows
    for (String word : new String[] {"Số", "Số 01-NQ/TU", "ngày", "Hà Nội,", "T/M", "Nơi nhận:", "Về việc", "(", "-", "1."}) {
      m.put("'" + word + "' then spaces", word + " ".repeat(length) + "x");
    }
    put(m, "sup tags", "<sup>", length);
    put(m, "open brackets", "(", length);
    put(m, "hashes", "#", length);
    put(m, "signed marks", "(đã ký) ", length);
    return m;
  }

  private static void put(Map<String, String> m, String name, String unit, int length) {
    put(m, name, unit, length, "");
  }

  private static void put(Map<String, String> m, String name, String unit, int length, String prefix) {
    m.put(name, prefix + unit.repeat(Math.max(1, length / unit.length())));
  }
}
