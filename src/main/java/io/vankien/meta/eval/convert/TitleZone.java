package io.vankien.meta.eval.convert;

import java.util.List;
import java.util.Optional;

/**
 * The title block of an office document in its plain text: the type line ("NGHỊ QUYẾT"), the lines that
 * go on from it ("CỦA BAN THƯỜNG VỤ TỈNH ỦY", "HỘI NGHỊ LẦN THỨ ..."), and the subject lines up to the
 * first blank line, typed centred and bold. A block of lines after a blank line still belongs to the title
 * while the line before the blank is upper case (a type line or a "CỦA ..." line) and the block is short.
 *
 * @param start index of the type line
 * @param end index of the title's last line
 */
record TitleZone(int start, int end) {
  /** How far down the type line is looked for (non-blank lines). */
  private static final int SEARCH_LINES = 40;
  /** A line this long is body text. */
  private static final int BODY_LINE = 250;
  /** A first subject line may be longer (a web copy's title on one line). */
  private static final int FIRST_SUBJECT_LINE = 500;
  private static final int MAX_LINES = 10;
  private static final int MAX_BLOCK_AFTER_BLANK = 4;

  /** The index of the type line, or -1. */
  static int typeLine(List<String> lines) {
    int nonBlank = 0;
    for (int i = 0; i < lines.size() && nonBlank < SEARCH_LINES; i++) {
      String l = lines.get(i);
      if (l.length() > BODY_LINE) {
        return -1;
      }
      if (!l.isEmpty()) {
        nonBlank++;
        if (LineShapes.typeLine(l)) {
          return i;
        }
      }
    }
    return -1;
  }

  static Optional<TitleZone> find(List<String> lines, int typeLine) {
    if (typeLine < 0) {
      return Optional.empty();
    }
    int end = typeLine;
    int taken = 1;
    boolean subject = false;
    int i = typeLine + 1;
    while (i < lines.size() && taken < MAX_LINES) {
      String l = lines.get(i);
      if (l.isEmpty()) {
        int next = nextNonBlank(lines, i);
        if (next < 0 || !LineShapes.upperCase(lines.get(end)) || !shortBlock(lines, next)) {
          break;
        }
        i = next;
        continue;
      }
      if (l.length() > (subject ? BODY_LINE : FIRST_SUBJECT_LINE) || LineShapes.bodyOpening(l)
          || subject && LineShapes.laterBodyOpening(l)) {
        break;
      }
      subject |= !LineShapes.upperCase(l);
      end = i;
      taken++;
      i++;
    }
    return Optional.of(new TitleZone(typeLine, end));
  }

  private static int nextNonBlank(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  /** A block of at most a few lines, none of them body text. */
  private static boolean shortBlock(List<String> lines, int from) {
    int n = 0;
    for (int i = from; i < lines.size() && !lines.get(i).isEmpty(); i++) {
      String l = lines.get(i);
      if (++n > MAX_BLOCK_AFTER_BLANK || l.length() > BODY_LINE || LineShapes.bodyOpening(l)) {
        return false;
      }
    }
    return true;
  }
}
