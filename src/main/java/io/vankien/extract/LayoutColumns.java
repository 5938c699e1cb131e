package io.vankien.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the two-column header and signature blocks of text laid out with spaces (pdftotext -layout, text
 * pasted from a PDF, Word tab stops) back in reading order: the left column, then the right one, as a
 * Word table reads. Side by side, "TỈNH ỦY X ... ĐẢNG CỘNG SẢN VIỆT NAM" and "Số 01-NQ/TU ... X, ngày
 * ..." interleave the issuer with the motto and the number with the date, and "Nơi nhận:" runs into
 * "T/M BAN THƯỜNG VỤ".
 *
 * <p>Only blocks that are a header or a signature are touched (a right column holding the motto, a
 * place-date line or a signing line; a left column starting "Nơi nhận"): tables laid out with spaces
 * ("Trung sĩ lên Thượng sĩ:      01 năm;") pair their columns row by row and are left as they are.
 */
final class LayoutColumns {
  private LayoutColumns() {}

  /** A gap between columns: a tab, or three spaces or more. */
  private static final Pattern GAP = Pattern.compile("\\S((?:[ ]{3}|[ ]*+\\t)[ \\t]*+)(?=\\S)");
  /** Lines further apart than this (without right-column text between them) end a block. */
  private static final int MAX_LEFT_ONLY_RUN = 8;
  /** Right-column text starts this close to the block's first right text (left-aligned cells) ... */
  private static final int START_SLACK = 4;
  /** ... or is centred this close to it (centred cells: motto, date, signing lines, name). */
  private static final int CENTER_SLACK = 10;
  /** A left cell, a tab, and nothing after it. */
  private static final Pattern EMPTY_RIGHT_CELL = Pattern.compile("\\S\\t\\s*$");
  /** Indentation from which a line with no left part is right-column text. */
  private static final int MIN_RIGHT_COLUMN = 16;

  private static final Pattern HEADER_MARK = Pattern.compile(
      "(?iu)^(?:ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HO[ÀÒ] XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\\s*-\\s*Tự do)"
          + "|^\\p{Lu}[\\p{L}\\p{M} .\\-–]{1,40},\\s*ngày\\s"); // the place-date line: "Quảng Ngãi, ngày ..."
  private static final Pattern SIGNATURE_MARK = Pattern.compile(
      "^(?:T/M|TM\\.|K/T|KT\\.|T/L|TL\\.|Q\\.|BÍ THƯ|PHÓ BÍ THƯ|CHỦ TỊCH|PHÓ CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN)");
  private static final Pattern RECIPIENTS_MARK = Pattern.compile("(?iu)^Nơi\\s+nhận");

  /** A line's left text (may be empty) and right text (null when none), with the columns they end or span. */
  private record Line(String left, int leftEnd, String right, int column, int rightEnd, boolean tabbed) {
    boolean hasRight() {
      return right != null;
    }

    double center() {
      return (column + rightEnd) / 2.0;
    }

    /**
     * Same column as {@code first}: starts where it starts (left-aligned) or centred on its centre; or both
     * are table cells a web page or Word flattened into "left TAB right", whose tab lands anywhere.
     */
    boolean alignedWith(Line first) {
      return Math.abs(column - first.column) <= START_SLACK || Math.abs(center() - first.center()) <= CENTER_SLACK
          || (tabbed && first.tabbed);
    }
  }

  /** The text with header and signature columns unfolded; other text unchanged. */
  static String unfold(String text) {
    if (text.indexOf('\t') < 0 && !text.contains("   ")) {
      return text;
    }
    String[] raw = text.split("\n", -1);
    List<Line> lines = new ArrayList<>(raw.length);
    for (String r : raw) {
      lines.add(parse(r.replace('\u00a0', ' '))); // a cell holding only a non-breaking space is empty
    }
    List<String> out = new ArrayList<>(raw.length);
    int i = 0;
    while (i < raw.length) {
      Line first = lines.get(i);
      if (first.left().isEmpty() || !first.hasRight()) {
        out.add(raw[i]);
        i++;
        continue;
      }
      int end = blockEnd(lines, i);
      if (isHeaderOrSignature(lines, i, end)) {
        end = recipientsEnd(lines, i, end);
        List<String> right = new ArrayList<>();
        for (int k = i; k <= end; k++) {
          Line l = lines.get(k);
          if (!l.left().isEmpty()) {
            out.add(l.left());
          }
          if (l.hasRight()) {
            right.add(l.right());
          }
        }
        out.addAll(joinWrappedMotto(right));
        i = end + 1;
      } else {
        out.add(raw[i]);
        i++;
      }
    }
    return String.join("\n", out);
  }

  private static final Pattern MOTTO_HEAD =
      Pattern.compile("(?iu)(?:CỘNG HO[ÀÒ] XÃ HỘI CHỦ NGHĨA|ĐẢNG CỘNG SẢN)(?: VIỆT)?");
  private static final Pattern MOTTO_TAIL = Pattern.compile("(?iu)(?:VIỆT )?NAM");

  /** A narrow column wraps the motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "NAM"): one line again. */
  private static List<String> joinWrappedMotto(List<String> column) {
    List<String> out = new ArrayList<>(column.size());
    for (int k = 0; k < column.size(); k++) {
      String l = column.get(k);
      if (k + 1 < column.size() && MOTTO_HEAD.matcher(l).matches() && MOTTO_TAIL.matcher(column.get(k + 1)).matches()) {
        out.add(l + " " + column.get(++k));
      } else {
        out.add(l);
      }
    }
    return out;
  }

  /** The last line of the block starting at {@code start}: the last right-column line in reach. */
  private static int blockEnd(List<Line> lines, int start) {
    Line first = lines.get(start);
    int last = start;
    for (int k = start + 1; k < lines.size() && k - last <= MAX_LEFT_ONLY_RUN; k++) {
      Line l = lines.get(k);
      if (first.tabbed() && l.left().isEmpty() && !l.hasRight()) {
        break; // a table flattened into tabbed lines ends at the first empty line
      }
      if (!l.hasRight() && l.leftEnd() > first.column() && !first.tabbed()) {
        break; // a line running across the right column: body text, not a column (cells split by a tab have none)
      }
      if (l.hasRight()) {
        if (!l.alignedWith(first)) {
          break; // a centred type line or title under the header: the block has ended
        }
        last = k;
      }
    }
    return last;
  }

  private static final Pattern LIST_ITEM = Pattern.compile("^[-–+•]\\s*\\S");

  /**
   * The end of a block that holds "Nơi nhận:" taken on past the signing column's last line while the
   * recipients list goes on in the left column alone ("- Đại biểu HĐND thành phố;" under the name, an item
   * wrapped onto an indented line), so that the whole list comes before the signature.
   */
  private static int recipientsEnd(List<Line> lines, int start, int end) {
    boolean recipients = false;
    for (int k = start; k <= end && !recipients; k++) {
      recipients = RECIPIENTS_MARK.matcher(lines.get(k).left()).find();
    }
    int last = end;
    while (recipients && last + 1 < lines.size() && !lines.get(last + 1).hasRight()
        && (LIST_ITEM.matcher(lines.get(last + 1).left()).find() || wrappedItem(lines.get(last), lines.get(last + 1)))) {
      last++;
    }
    return last;
  }

  /** "- Các đồng chí Ủy viên Ban Chấp hành" / "Trung ương Đảng,": an item that goes on, not ended by a full stop. */
  private static boolean wrappedItem(Line item, Line next) {
    return !next.left().isEmpty() && !item.left().isEmpty() && !item.left().endsWith(".")
        && (LIST_ITEM.matcher(item.left()).find() || !item.hasRight());
  }

  private static boolean isHeaderOrSignature(List<Line> lines, int start, int end) {
    for (int k = start; k <= end; k++) {
      Line l = lines.get(k);
      if (RECIPIENTS_MARK.matcher(l.left()).find()) {
        return true;
      }
      if (l.hasRight() && (HEADER_MARK.matcher(l.right()).find() || SIGNATURE_MARK.matcher(l.right()).find())) {
        return true;
      }
    }
    return false;
  }

  /**
   * One line split at its first column gap into left and right text, with the display column (tabs
   * every 8) where the right text starts; a deeply indented line is right text only (empty left); any
   * other line is left text only.
   */
  private static Line parse(String raw) {
    String body = raw.stripLeading();
    if (body.isBlank()) {
      return new Line("", 0, null, -1, -1, false);
    }
    int bodyStart = raw.length() - body.length();
    Matcher m = GAP.matcher(raw);
    if (m.find(bodyStart)) {
      int rightStart = m.end(1);
      String right = raw.substring(rightStart).strip();
      int column = expandTabs(raw.substring(0, rightStart)).length();
      String left = raw.substring(bodyStart, m.start(1)).strip();
      return new Line(left, expandTabs(raw.substring(0, m.start(1))).length(), right, column, column + right.length(),
          m.group(1).indexOf('\t') >= 0);
    }
    String trimmed = body.strip();
    if (EMPTY_RIGHT_CELL.matcher(raw).find()) {
      // "- Các đồng chí Tỉnh ủy viên,<TAB>": a left cell whose right cell is empty
      return new Line(trimmed, 0, null, -1, -1, true);
    }
    int indent = expandTabs(raw.substring(0, bodyStart)).length();
    if (indent >= MIN_RIGHT_COLUMN) {
      return new Line("", 0, trimmed, indent, indent + trimmed.length(), raw.startsWith("\t"));
    }
    return new Line(trimmed, expandTabs(raw.stripTrailing()).length(), null, -1, -1, false);
  }

  private static String expandTabs(String s) {
    if (s.indexOf('\t') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t') {
        do {
          b.append(' ');
        } while (b.length() % 8 != 0);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
