package io.vankien.extract;

import io.vankien.meta.SignatureColumns;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text converted from PDF or Word (markdown, HTML, pandoc tables) to clean display text: markdown
 * emphasis, headings and backslash escapes removed, {@code <sup>} footnote markers dropped (the footnote
 * text kept), HTML tags and entities resolved, grid and pipe tables turned into one line per cell (left
 * column before right, so a two-column header reads body, number, then motto, place-date line), header
 * lines glued together by emphasis markers ("VIỆT NAM*Hưng Yên, ngày ...***NGHỊ QUYẾT") split again,
 * spaces collapsed, paragraph breaks kept, NFC. Ingest cleans every extracted text once with it, before
 * indexing and before reading metadata ({@code io.vankien.meta}). Columns side by side are put back in
 * order by {@link LayoutColumns} (gaps of spaces) and, for a signature table read row by row, by
 * {@link SignatureColumns}, which lives with the readers because it tells a signing line by the signer
 * roles and personal names they know.
 */
public final class TextCleaner {
  private TextCleaner() {}

  private static final Pattern SUP_OPEN = Pattern.compile("(?i)<sup>");
  private static final Pattern SUP_CLOSE = Pattern.compile("(?i)</sup>");
  private static final Pattern SUP_AT_LINE_START = Pattern.compile("(?im)^[ \\t]*+<sup>\\s*+([^<]{0,12}?)\\s*+</sup>\\s*+");
  private static final Pattern TAG = Pattern.compile("(?s)<(/?[a-zA-Z][a-zA-Z0-9]*)(\\s[^<>]*)?/?>");
  private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>|</p>|</div>|</tr>|</li>|</h[1-6]>");
  private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
  private static final Map<String, String> ENTITIES = Map.of(
      "nbsp", " ", "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'",
      "ndash", "–", "mdash", "—", "hellip", "…", "shy", "");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>~\"'^=:;,/])");
  private static final Pattern HARD_BREAK_BACKSLASH = Pattern.compile("\\\\$", Pattern.MULTILINE);
  /** A run of emphasis markers glued to text on both sides: what remains of a lost line break. */
  private static final Pattern GLUED_STARS = Pattern.compile("(?<=[\\p{L}\\p{N}.;:,)”\"])\\*{1,6}(?=[\\p{L}\\p{N}])");
  private static final Pattern STARS = Pattern.compile("(?<!\\\\)\\*+");
  private static final Pattern DOUBLE_UNDERSCORE = Pattern.compile("__");
  private static final Pattern SINGLE_UNDERSCORE_EMPHASIS =
      Pattern.compile("(?<![\\p{L}\\p{N}_])_(\\S(?:[^_\\n]*\\S)?)_(?![\\p{L}\\p{N}_])");
  private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}[ \\t\\u00a0]+|(?m)[ \\t]+#+[ \\t]*$");
  private static final Pattern BULLET = Pattern.compile("(?m)^[ \\t]*[*+][ \\t]+");
  private static final Pattern RULE_LINE = Pattern.compile("^[\\s*_=\\-–—~]{3,}$|^\\s*[*]+\\s*$");
  private static final Pattern GRID_BORDER = Pattern.compile("^\\s*\\+[-=:+ ]*\\+\\s*$");
  private static final Pattern PIPE_SEPARATOR = Pattern.compile("^\\s*+\\|?\\s*+:?-{2,}+:?\\s*+(?:\\|\\s*+:?-{2,}+:?\\s*+)*+\\|?\\s*+$");
  /** Lines of only stars or rules ("*", "\\*", "********", "-----"): decoration, removed with their line. */
  private static final Pattern DECORATION =
      Pattern.compile("(?m)^[ \\t]*+(?:(?:\\\\?\\*[ \\t]*+)++|[-_=~–—]{3,}+[ \\t]*+)(?:\\n|$)");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0\\u2000-\\u200b\\u202f\\u3000]+");

  public static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String t = Normalizer.normalize(raw, Normalizer.Form.NFC)
        .replace("\r\n", "\n").replace('\r', '\n').replace("\ufeff", "");
    // whether t is still NFC: a removed U+FEFF can leave a combining mark after a letter; removing whole
    // lines, splitting lines at column gaps and joining them with a line break or a space cannot
    boolean nfc = raw.indexOf('\ufeff') < 0;
    // each pass runs only when its marker occurs (most plain text needs none of them)
    if (t.contains("]{")) {
      t = withoutSpanAttributes(t);
    }
    if (DashedTables.mayHold(t)) {
      t = DashedTables.flatten(t);
      nfc = false;
    }
    if (t.indexOf('*') >= 0 || t.indexOf("---") >= 0 || t.indexOf("___") >= 0 || t.indexOf("===") >= 0) {
      t = withoutDecoration(t);
    }
    if (t.indexOf('|') >= 0 || t.indexOf("+-") >= 0) {
      t = tables(t);
      nfc = false;
    }
    t = LayoutColumns.unfold(t);
    t = SignatureColumns.unfold(t);
    String unfolded = t;
    if (t.indexOf('<') >= 0) {
      t = BR.matcher(t).replaceAll("\n");
      // footnote text at the start of a line: keep its text, drop the marker; markers inside text: drop
      t = SUP_AT_LINE_START.matcher(t).replaceAll("");
      t = withoutSup(t);
      t = TAG.matcher(t).replaceAll("");
    }
    if (t.indexOf('&') >= 0) {
      t = entities(t);
    }
    if (t.indexOf('#') >= 0) {
      t = HEADING.matcher(t).replaceAll("");
    }
    if (t.indexOf('*') >= 0 || t.indexOf('+') >= 0) {
      t = BULLET.matcher(t).replaceAll("- ");
    }
    if (t.indexOf('*') >= 0) {
      t = GLUED_STARS.matcher(t).replaceAll("\n");
      t = STARS.matcher(t).replaceAll("");
    }
    if (t.indexOf('_') >= 0) {
      t = DOUBLE_UNDERSCORE.matcher(t).replaceAll("");
      t = SINGLE_UNDERSCORE_EMPHASIS.matcher(t).replaceAll("$1");
    }
    if (t.indexOf('\\') >= 0) {
      t = HARD_BREAK_BACKSLASH.matcher(t).replaceAll("");
      t = ESCAPE.matcher(t).replaceAll("$1");
    }
    return lines(t, nfc && t == unfolded); // no pass after unfolding changed it (each returns its input then)
  }

  /**
   * {@code Pattern.compile("(?is)<sup>.*?</sup>").matcher(t).replaceAll("")} in linear time: that pattern
   * scanned to the end of the text from every unclosed {@code <sup>} (a text of 20,000 of them took seconds).
   * Without a closing tag after an opening one, none after it has one either.
   */
  static String withoutSup(String t) {
    Matcher open = SUP_OPEN.matcher(t);
    Matcher close = SUP_CLOSE.matcher(t);
    StringBuilder out = null;
    int copied = 0;
    while (open.find(copied) && close.find(open.end())) {
      if (out == null) {
        out = new StringBuilder(t.length());
      }
      out.append(t, copied, open.start());
      copied = close.end();
    }
    return out == null ? t : out.append(t, copied, t.length()).toString();
  }

  private static String entities(String t) {
    Matcher m = ENTITY.matcher(t);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String rep;
      if (e.startsWith("#x")) {
        rep = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
      } else if (e.startsWith("#")) {
        rep = new String(Character.toChars(Integer.parseInt(e.substring(1))));
      } else {
        rep = ENTITIES.getOrDefault(e.toLowerCase(), m.group());
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(rep));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /**
   * {@code DECORATION.matcher(t).replaceAll("")}, line by line: a line of {@code [ \t]*} then stars (each
   * maybe escaped, each maybe followed by {@code [ \t]*}) or 3 or more rules ({@code [-_=~–—]}) then
   * {@code [ \t]*}, is removed with its "\n" (a U+0085, U+2028 or U+2029 after it stays). No nested
   * repetition: a line of 100,000 stars overflowed the pattern's stack.
   */
  static String withoutDecoration(String t) {
    if (t.indexOf('\r') >= 0) {
      return DECORATION.matcher(t).replaceAll(""); // never from clean(), which turns \r into \n first
    }
    // the pattern's ^ and $ also take U+0085, U+2028 and U+2029 for line ends; it consumes a \n only
    boolean others = t.indexOf('\u0085') >= 0 || t.indexOf('\u2028') >= 0 || t.indexOf('\u2029') >= 0;
    StringBuilder out = null;
    int start = 0;
    while (start < t.length()) {
      int nl = others ? nextLineEnd(t, start) : t.indexOf('\n', start);
      int end = nl < 0 ? t.length() : nl;
      if (isDecoration(t, start, end)) {
        if (out == null) {
          out = new StringBuilder(t.length()).append(t, 0, start);
        }
        if (nl >= 0 && t.charAt(nl) != '\n') {
          out.append(t.charAt(nl)); // the line goes, the separator stays
        }
      } else if (out != null) {
        out.append(t, start, nl < 0 ? end : end + 1);
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return out == null ? t : out.toString();
  }

  private static int nextLineEnd(String t, int from) {
    for (int i = from; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return i;
      }
    }
    return -1;
  }

  /** Whether t[start, end) is a line {@link #DECORATION} matches (without its line break). */
  private static boolean isDecoration(String t, int start, int end) {
    int i = start;
    while (i < end && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
      i++;
    }
    if (i == end) {
      return false;
    }
    char c = t.charAt(i);
    if (c == '*' || c == '\\') { // (?:\\?\*[ \t]*)+
      while (i < end) {
        if (t.charAt(i) == '\\') {
          i++;
        }
        if (i >= end || t.charAt(i) != '*') {
          return false;
        }
        i++;
        while (i < end && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
          i++;
        }
      }
      return true;
    }
    int rules = 0; // [-_=~–—]{3,}[ \t]*
    while (i < end && "-_=~–—".indexOf(t.charAt(i)) >= 0) {
      i++;
      rules++;
    }
    while (i < end && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
      i++;
    }
    return rules >= 3 && i == end;
  }

  /**
   * Trims lines, collapses spaces, drops rule lines, keeps one blank line between paragraphs; then NFC,
   * unless {@code nfc} says t is NFC already: then so is the result (runs of spaces become one space,
   * lines lose spaces at their ends or go whole, they are joined by line breaks: nothing of this composes).
   */
  private static String lines(String t, boolean nfc) {
    StringBuilder out = new StringBuilder(t.length()); // the result is no longer than t
    int blank = 0;
    for (String line : t.split("\n", -1)) {
      String l = collapseSpaces(line).strip();
      if (!l.isEmpty() && RULE_START.indexOf(l.charAt(0)) >= 0 && RULE_LINE.matcher(l).matches()) {
        continue; // decoration ("*", "-----", "********"): no text, no paragraph break
      }
      if (l.isEmpty()) {
        blank++;
        continue;
      }
      if (out.length() > 0) {
        out.append(blank > 0 ? "\n\n" : "\n");
      }
      out.append(l);
      blank = 0;
    }
    return nfc ? out.toString() : Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
  }

  /**
   * The characters a {@link #RULE_LINE} can begin with once its line is stripped: its classes less
   * whitespace (a stripped line begins with none).
   */
  private static final String RULE_START = "*_=-–—~";

  /** {@code SPACES.matcher(line).replaceAll(" ")}: each run of {@link #SPACES} characters one space. */
  static String collapseSpaces(String line) {
    int n = line.length();
    int i = 0;
    for (; i < n; i++) { // the first place where the line changes: a space other than ' ', or two in a row
      char c = line.charAt(i);
      if (isSpace(c) && (c != ' ' || (i + 1 < n && isSpace(line.charAt(i + 1))))) {
        break;
      }
    }
    if (i == n) {
      return line;
    }
    StringBuilder sb = new StringBuilder(n).append(line, 0, i);
    while (i < n) {
      char c = line.charAt(i);
      if (isSpace(c)) {
        sb.append(' ');
        while (i < n && isSpace(line.charAt(i))) {
          i++;
        }
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  /** A character of {@link #SPACES}: space, tab, U+00A0, U+2000-U+200B, U+202F, U+3000. */
  private static boolean isSpace(char c) {
    if (c > ' ' && c < '\u00a0') {
      return false; // most characters of a text
    }
    return c == ' ' || c == '\t' || c == '\u00a0' || (c >= '\u2000' && c <= '\u200b') || c == '\u202f' || c == '\u3000';
  }

  /** Pandoc grid tables and pipe tables to one line per cell, row by row, left cell before right. */
  static String tables(String t) {
    String[] lines = t.split("\n", -1);
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < lines.length) {
      if (GRID_BORDER.matcher(lines[i]).matches()) {
        int j = i;
        List<String> block = new ArrayList<>();
        while (j < lines.length && (GRID_BORDER.matcher(lines[j]).matches()
            || lines[j].stripLeading().startsWith("|"))) {
          block.add(lines[j]);
          j++;
        }
        out.addAll(grid(block));
        i = j;
      } else if (lines[i].stripLeading().startsWith("|") && lines[i].strip().endsWith("|")
          && lines[i].strip().length() > 1) {
        while (i < lines.length && lines[i].stripLeading().startsWith("|")) {
          if (!PIPE_SEPARATOR.matcher(lines[i]).matches()) {
            for (String cell : PIPE_CELL.split(OUTER_PIPES.matcher(lines[i].strip()).replaceAll(""))) {
              out.add(cell.strip());
            }
          }
          i++;
        }
        out.add("");
      } else {
        out.add(lines[i]);
        i++;
      }
    }
    return String.join("\n", out);
  }

  private static List<String> grid(List<String> block) {
    List<String> out = new ArrayList<>();
    String border = block.get(0);
    List<Integer> cols = new ArrayList<>();
    for (int k = 0; k < border.length(); k++) {
      if (border.charAt(k) == '+') {
        cols.add(k);
      }
    }
    List<List<String>> cells = new ArrayList<>();
    for (String line : block) {
      if (GRID_BORDER.matcher(line).matches()) {
        flush(cells, out);
        continue;
      }
      for (int c = 0; c + 1 < cols.size(); c++) {
        int from = Math.min(line.length(), cols.get(c) + 1);
        int to = Math.min(line.length(), cols.get(c + 1));
        String piece = from < to ? line.substring(from, to) : "";
        piece = piece.replace('|', ' ');
        while (cells.size() <= c) {
          cells.add(new ArrayList<>());
        }
        cells.get(c).add(piece.strip());
      }
    }
    flush(cells, out);
    return out;
  }

  /**
   * Writes each cell's paragraphs, left to right. Lines wrapped inside a cell paragraph are joined (as
   * pandoc reads them) unless the line ends with a hard break ("\\") or the next one is a list item.
   */
  private static void flush(List<List<String>> cells, List<String> out) {
    for (List<String> cell : cells) {
      boolean any = false;
      String pending = null;
      for (String l : cell) {
        if (l.isEmpty()) {
          if (pending != null) {
            out.add(pending);
            pending = null;
          }
          out.add("");
          continue;
        }
        any = true;
        if (pending == null) {
          pending = l;
        } else if (pending.endsWith("\\") || LIST_ITEM.matcher(l).matches()) {
          out.add(pending.endsWith("\\") ? pending.substring(0, pending.length() - 1) : pending);
          pending = l;
        } else {
          pending = pending + " " + l;
        }
      }
      if (pending != null) {
        out.add(pending.endsWith("\\") ? pending.substring(0, pending.length() - 1) : pending);
      }
      if (any) {
        out.add("");
      }
    }
    cells.clear();
  }
  private static final Pattern OUTER_PIPES = Pattern.compile("^\\||\\|$");
  private static final Pattern PIPE_CELL = Pattern.compile("(?<!\\\\)\\|");
  private static final Pattern LIST_ITEM = Pattern.compile("^[-+*]\\s.*");

  /** The close of a pandoc span with attributes: "]{.underline}", "]{.smallcaps}", "]{#id .class}". */
  private static final Pattern SPAN_CLOSE = Pattern.compile("\\]\\{[.#][^}\\n]{0,80}\\}");
  /** How far back a span's "[" can be from its close (a span over a line break of a table cell). */
  private static final int SPAN_REACH = 400;

  /**
   * Pandoc's spans with attributes, as it writes Word's underlined or small-caps runs, without their
   * brackets and attributes: "[ĐẢNG CỘNG SẢN VIỆT NAM\\n]{.underline}" gives the text alone. A close without
   * its "[" within reach loses its attributes only.
   */
  static String withoutSpanAttributes(String t) {
    Matcher m = SPAN_CLOSE.matcher(t);
    StringBuilder sb = new StringBuilder(t.length());
    int copied = 0;
    while (m.find()) {
      int open = -1;
      for (int k = m.start() - 1; k >= Math.max(copied, m.start() - SPAN_REACH); k--) {
        char c = t.charAt(k);
        if (c == ']') {
          break;
        }
        if (c == '[') {
          open = k;
          break;
        }
      }
      if (open >= 0) {
        sb.append(t, copied, open).append(t, open + 1, m.start());
      } else {
        sb.append(t, copied, m.start());
      }
      copied = m.end();
    }
    sb.append(t, copied, t.length());
    return sb.toString();
  }

}
