package io.vankien.meta.eval.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The header of an office document in its plain text: the lines from the issuing body down to the last
 * motto, number or place-date line before the type line, split into the two cells a typist puts them in
 * (left: body, "*", number, "V/v" subject; right: motto, "Độc lập - Tự do - Hạnh phúc", place-date line).
 * A header is recognised only when it has a motto or a place-date line.
 *
 * @param start index of its first line
 * @param end index of its last line
 * @param left the left cell's lines
 * @param right the right cell's lines
 */
record HeaderZone(int start, int end, List<String> left, List<String> right) {
  /** How far down a header without a type line below it is looked for. */
  private static final int MAX_LINES = 25;
  /** A line this long is body text: the header is above it. */
  private static final int BODY_LINE = 150;

  /**
   * The header above {@code typeLine} (or near the top when it is -1), if one is recognised.
   *
   * @param lines the document's lines, trimmed, blank lines as ""
   */
  static Optional<HeaderZone> find(List<String> lines, int typeLine) {
    int limit = typeLine >= 0 ? typeLine : topLimit(lines);
    int first = -1;
    int last = -1;
    boolean recognised = false;
    for (int i = 0; i < limit; i++) {
      String l = lines.get(i);
      boolean strong = LineShapes.motto(l) || LineShapes.placeDate(l);
      if (strong || LineShapes.numberLine(l)) {
        first = first < 0 ? i : first;
        last = i;
        recognised |= strong;
      }
    }
    if (!recognised) {
      return Optional.empty();
    }
    int start = first;
    while (start > 0 && aboveTheAnchors(lines.get(start - 1))) {
      start--;
    }
    while (lines.get(start).isEmpty()) {
      start++;
    }
    List<String> left = new ArrayList<>();
    List<String> right = new ArrayList<>();
    for (int i = start; i <= last; i++) {
      String l = lines.get(i);
      if (l.isEmpty()) {
        continue;
      }
      if (LineShapes.motto(l) || LineShapes.placeDate(l)) {
        right.addAll(splitMotto(l));
      } else {
        left.add(l);
      }
    }
    return Optional.of(new HeaderZone(start, last, typedLeft(left, right), typedRight(right)));
  }

  private static int topLimit(List<String> lines) {
    int nonBlank = 0;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.length() > BODY_LINE) {
        return i;
      }
      if (!l.isEmpty() && ++nonBlank > MAX_LINES) {
        return i;
      }
    }
    return lines.size();
  }

  /** Lines a header starts with above its first anchor: the body's upper-case lines, "*", blank lines. */
  private static boolean aboveTheAnchors(String line) {
    return line.isEmpty() || LineShapes.upperCase(line) || LineShapes.STAR.matcher(line).matches()
        || LineShapes.RULE.matcher(line).matches();
  }

  /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc" typed on its two lines. */
  private static List<String> splitMotto(String line) {
    for (var motto : List.of(LineShapes.PARTY_MOTTO, LineShapes.STATE_MOTTO)) {
      var m = motto.matcher(line);
      if (m.find() && m.end() < line.length()) {
        return List.of(line.substring(0, m.end()), line.substring(m.end()).strip());
      }
    }
    return List.of(line);
  }

  private static int rightCellRank(String line) {
    if (LineShapes.PARTY_MOTTO.matcher(line).find() || LineShapes.STATE_MOTTO.matcher(line).find()) {
      return 0;
    }
    return LineShapes.MOTTO_SUBLINE.matcher(line).find() ? 1 : 2;
  }

  private static boolean party(List<String> right) {
    return right.stream().anyMatch(l -> LineShapes.PARTY_MOTTO.matcher(l).find());
  }

  /** The left cell as typed: a Party body gets its "*" under the body's lines, a state body its short rule. */
  private static List<String> typedLeft(List<String> left, List<String> right) {
    if (left.stream().anyMatch(l -> LineShapes.STAR.matcher(l).matches() || LineShapes.RULE.matcher(l).matches())) {
      return List.copyOf(left);
    }
    int afterBody = 0;
    while (afterBody < left.size() && LineShapes.upperCase(left.get(afterBody))
        && !LineShapes.numberLine(left.get(afterBody))) {
      afterBody++;
    }
    List<String> typed = new ArrayList<>(left);
    typed.add(afterBody, party(right) ? "*" : "-------");
    return typed;
  }

  /**
   * The right cell as typed: the motto lines first, in their order, then the place-date line; a state motto
   * underlined by a rule of dashes under "Độc lập - Tự do - Hạnh phúc".
   */
  private static List<String> typedRight(List<String> right) {
    List<String> typed = new ArrayList<>(right);
    typed.sort(java.util.Comparator.comparingInt(HeaderZone::rightCellRank));
    for (int i = 0; i < typed.size(); i++) {
      if (LineShapes.MOTTO_SUBLINE.matcher(typed.get(i)).find()
          && (i + 1 == typed.size() || !LineShapes.RULE.matcher(typed.get(i + 1)).matches())) {
        typed.add(i + 1, "---------------");
        break;
      }
    }
    return List.copyOf(typed);
  }
}
