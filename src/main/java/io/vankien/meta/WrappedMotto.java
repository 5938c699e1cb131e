package io.vankien.meta;

import java.util.ArrayList;
import java.util.List;

/**
 * The motto a narrow right header cell wrapped, read by a PDF's reading order after the left cell's lines
 * beside it: "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ" / "TỈNH NGHỆ AN NGHĨA VIỆT NAM" gives "ỦY BAN NHÂN DÂN",
 * "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH NGHỆ AN". A line ending with the motto's first words (two or
 * more) is split only when the next line ends with the rest.
 */
final class WrappedMotto {
  private WrappedMotto() {}

  private static final List<String[]> MOTTOS = List.of(
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".split(" "), "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM".split(" "),
      "ĐẢNG CỘNG SẢN VIỆT NAM".split(" "));

  /** The lines with each wrapped motto whole on a line of its own, between the left cell's lines. */
  static List<String> split(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size() + 2);
    for (int i = 0; i < lines.size(); i++) {
      String[] joined = i + 1 < lines.size() ? wrapped(lines.get(i), lines.get(i + 1)) : null;
      if (joined == null) {
        out.add(lines.get(i));
        continue;
      }
      for (String piece : joined) {
        if (!piece.isEmpty()) {
          out.add(piece);
        }
      }
      i++;
    }
    return out;
  }

  /** Left of the first line, the motto, left of the second line; null when the two lines hold no wrapped motto. */
  private static String[] wrapped(String first, String second) {
    if (first.isEmpty() || second.isEmpty() || !Character.isUpperCase(first.charAt(first.length() - 1))) {
      return null;
    }
    for (String[] motto : MOTTOS) {
      for (int k = motto.length - 1; k >= 2; k--) { // the first line ends with the motto's first k words
        String head = String.join(" ", java.util.Arrays.copyOfRange(motto, 0, k));
        String tail = String.join(" ", java.util.Arrays.copyOfRange(motto, k, motto.length));
        if (endsWithWords(first, head) && endsWithWords(second, tail)) {
          return new String[] {
            first.substring(0, first.length() - head.length()).strip(),
            String.join(" ", motto),
            second.substring(0, second.length() - tail.length()).strip()};
        }
      }
    }
    return null;
  }

  private static boolean endsWithWords(String line, String words) {
    return line.endsWith(words) && (line.length() == words.length() || line.charAt(line.length() - words.length() - 1) == ' ');
  }
}
