package io.vankien.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A header whose Word runs lost their line breaks, read back as one line ("ĐẢNG CỘNG SẢN VIỆT NAMHưng
 * Yên, ngày 26 tháng 11 năm 2020NGHỊ QUYẾTvề ..."), split again where two runs meet without a space: after
 * the motto, before it, after the place-date line's year, before "Số" glued to a name in capitals, and
 * where a type line runs into its subject ("QUYẾTvề"). Only header lines are given to it; a line with none
 * of these joins is returned alone. One pass over the line per anchor (the lines can be a long paragraph).
 */
final class GluedRuns {
  private GluedRuns() {}

  /** Motto lines, each split from a run glued after it. */
  private static final String[] MOTTO_ENDS = {"ĐẢNG CỘNG SẢN VIỆT NAM", "CHỦ NGHĨA VIỆT NAM", "HẠNH PHÚC", "Hạnh phúc"};
  /** Motto lines, each split from a run glued before it. */
  private static final String[] MOTTO_STARTS = {"ĐẢNG CỘNG SẢN VIỆT NAM", "CỘNG HÒA XÃ HỘI", "CỘNG HOÀ XÃ HỘI"};
  private static final List<String> TYPES_IN_CAPITALS = DocumentTypes.namesInCapitals();

  /** The runs of a header line, stripped; the line alone when no two runs are glued. */
  static List<String> split(String line) {
    TreeSet<Integer> cuts = new TreeSet<>();
    for (String motto : MOTTO_ENDS) {
      for (int at = line.indexOf(motto); at >= 0; at = line.indexOf(motto, at + 1)) {
        int end = at + motto.length();
        if (end < line.length() && Character.isLetterOrDigit(line.charAt(end))) {
          cuts.add(end);
        }
      }
    }
    for (String motto : MOTTO_STARTS) {
      for (int at = line.indexOf(motto); at > 0; at = line.indexOf(motto, at + 1)) {
        if (Character.isLetterOrDigit(line.charAt(at - 1))) {
          cuts.add(at);
        }
      }
    }
    for (int at = line.indexOf("năm"); at >= 0; at = line.indexOf("năm", at + 1)) {
      int d = at + 3;
      if (d < line.length() && line.charAt(d) == ' ') {
        d++;
      }
      int digits = d;
      while (digits < line.length() && digits - d < 4 && Character.isDigit(line.charAt(digits))) {
        digits++;
      }
      if (digits - d == 4 && digits < line.length() && Character.isLetter(line.charAt(digits))) {
        cuts.add(digits); // "năm 2020NGHỊ QUYẾT"
      }
    }
    for (int at = line.indexOf("Số"); at >= 2; at = line.indexOf("Số", at + 1)) {
      if (Character.isUpperCase(line.charAt(at - 1)) && Character.isUpperCase(line.charAt(at - 2)) && digitFollows(line, at + 2)) {
        cuts.add(at); // "HƯNG YÊNSố 01-NQ/TU"
      }
    }
    for (int i = 1; i + 1 < line.length(); i++) {
      if (Character.isUpperCase(line.charAt(i)) && Character.isUpperCase(line.charAt(i - 1))
          && Character.isLowerCase(line.charAt(i + 1)) && endsWithTypeName(line, i + 1)) {
        cuts.add(i + 1); // "NGHỊ QUYẾTvề"
      }
    }
    if (cuts.isEmpty()) {
      return List.of(line);
    }
    List<String> runs = new ArrayList<>();
    int from = 0;
    for (int cut : cuts) {
      runs.add(line.substring(from, cut).strip());
      from = cut;
    }
    runs.add(line.substring(from).strip());
    runs.removeIf(String::isEmpty);
    return runs;
  }

  /** A digit after optional spaces and a colon: "Số: 01", "Số 01". */
  private static boolean digitFollows(String line, int from) {
    int i = from;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == ':')) {
      i++;
    }
    return i < line.length() && Character.isDigit(line.charAt(i));
  }

  /** A type name in capitals ends at {@code end}, starting a word. */
  private static boolean endsWithTypeName(String line, int end) {
    for (String type : TYPES_IN_CAPITALS) {
      int start = end - type.length();
      if (start >= 0 && line.startsWith(type, start) && (start == 0 || !Character.isLetter(line.charAt(start - 1)))) {
        return true;
      }
    }
    return false;
  }
}
