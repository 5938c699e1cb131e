package io.vankien.meta.eval.convert;

import java.util.ArrayList;
import java.util.List;

/**
 * Header lines as a typist types them again when a copy glued them together: "THỊ ỦY LONG MỸ*Số
 * 86-BC/TU" (the breaks around the "*" under the body lost) is typed as "THỊ ỦY LONG MỸ", "*", "Số
 * 86-BC/TU"; "------- CỘNG HÒA XÃ HỘI ..." (a rule glued to the next cell's line) as the rule and the line.
 * Only the lines at the top of the document are read this way.
 */
final class HeaderLines {
  /** How many non-blank lines from the top may be header lines. */
  private static final int TOP_LINES = 15;

  private HeaderLines() {}

  static List<String> unglued(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size() + 4);
    int nonBlank = 0;
    for (String line : lines) {
      if (!line.isEmpty()) {
        nonBlank++;
      }
      if (nonBlank > TOP_LINES) {
        out.add(line);
        continue;
      }
      var rule = LineShapes.RULE_THEN_TEXT.matcher(line);
      if (rule.matches()) {
        out.add(rule.group(1));
        line = rule.group(2);
      }
      if (line.indexOf('*') < 0 || LineShapes.STAR.matcher(line).matches()) {
        out.add(line);
        continue;
      }
      for (String part : LineShapes.GLUED_STARS.split(line)) {
        if (part.isEmpty()) {
          continue;
        }
        if (LineShapes.numberLine(part)) {
          out.add("*");
        }
        out.add(part);
      }
    }
    return out;
  }
}
