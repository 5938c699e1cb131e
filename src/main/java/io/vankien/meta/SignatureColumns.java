package io.vankien.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a signature table read row by row back in column order. PDF text read in position order runs the
 * "Nơi nhận" cell and the signing cell beside it into lines joined by a single space ("Nơi nhận: T/M BAN
 * THƯỜNG VỤ", "- Như trên, BÍ THƯ", "- Lưu VP. Nguyễn Văn An"), a gap too narrow for extraction's {@code LayoutColumns}
 * to see. The recipients list comes first again, then the signing lines, as a Word table reads.
 *
 * <p>Only a block whose first line is "Nơi nhận" followed by a signing line is touched; in it, a line is
 * cut before a signing line at its end (an authority such as "T/M BAN THƯỜNG VỤ" or a role such as "BÍ THƯ",
 * in capitals), or before a name after an item's closing ",;.:)".
 */
public final class SignatureColumns {
  private SignatureColumns() {}

  /** "Nơi nhận:" with text after it. */
  private static final Pattern HEAD = Pattern.compile("(?iu)^(Nơi\\s+nhận\\s*:?)\\s+(\\S.*)$");
  /** Where an item may end and the next cell begin: after ",;.:)" and spaces. */
  private static final Pattern ITEM_END = Pattern.compile("[,;.:)]\\s+(?=\\S)");
  /** Where a wrapped item's first line may end and the signing cell begin: before a capital. */
  private static final Pattern WORD_START = Pattern.compile("(?u)\\s+(?=\\p{Lu})");
  /** An authority line: "T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "TL. BAN THƯỜNG VỤ". */
  private static final Pattern AUTHORITY = Pattern.compile("(?u)^(?:T/M|T\\.M|TM\\.|K/T|KT\\.|T/L|TL\\.|TUQ\\.|Q\\.)\\s*\\p{Lu}.*");
  private static final Pattern LIST_ITEM = Pattern.compile("^[-–•+]\\s*\\S");
  /** A line this long is body text, not a cell. */
  private static final int MAX_CELL_LINE = 100;
  /** The block ends after this many lines at most. */
  private static final int MAX_BLOCK = 30;

  /** The text with a row-by-row signature table put in column order; other text unchanged. */
  public static String unfold(String text) {
    int from = text.contains("nhận") ? firstLineOpeningWithNoi(text) : -1;
    if (from < 0) {
      return text; // no line can match HEAD: every line would be kept as it is
    }
    // the lines above the first that can match HEAD are kept as they are: only the rest is split and joined
    String[] lines = text.substring(from).split("\n", -1);
    List<String> out = new ArrayList<>(lines.length);
    for (int i = 0; i < lines.length; i++) {
      Matcher head = HEAD.matcher(lines[i].strip());
      if (!head.matches() || !isSigningLine(head.group(2).strip())) {
        out.add(lines[i]);
        continue;
      }
      List<String> left = new ArrayList<>(List.of(head.group(1)));
      List<String> right = new ArrayList<>(List.of(head.group(2).strip()));
      int k = i + 1;
      boolean named = false; // the signer's name closes the signing cell; only list items follow it
      for (; k < lines.length && k - i <= MAX_BLOCK; k++) {
        String l = lines[k].replace('\u00a0', ' ').strip(); // an empty cell holds a non-breaking space
        if (l.isEmpty()) {
          continue;
        }
        if (l.length() > MAX_CELL_LINE) {
          break;
        }
        boolean item = LIST_ITEM.matcher(l).find();
        String tail = named ? null : rightTail(l);
        if (!named && !item && (isSigningLine(l) || PersonNames.isName(l))) {
          right.add(l); // the signing cell's line alone: "PHÓ BÍ THƯ", the name
          named = !isSigningLine(l); // a role in capitals ("CHÁNH VĂN PHÒNG") looks like a name too
        } else if (tail != null) {
          left.add(l.substring(0, l.length() - tail.length()).strip());
          right.add(tail);
          named = !isSigningLine(tail);
        } else if (item || (!named && endsItem(l))) {
          left.add(l);
        } else {
          break;
        }
      }
      while (k > i + 1 && lines[k - 1].replace('\u00a0', ' ').isBlank()) {
        k--; // blank lines after the block stay after it
      }
      out.addAll(left);
      out.addAll(right);
      i = k - 1;
    }
    return text.substring(0, from) + String.join("\n", out);
  }

  /**
   * Where the first line begins that opens, after white space, with "nơi" in any case, as every line
   * {@link #HEAD} matches does; -1 when none does. {@link #unfold} splits and joins only the lines from there
   * (on the laws, splitting and joining every line was about a quarter of the cleaner's time).
   */
  static int firstLineOpeningWithNoi(String text) {
    int n = text.length();
    for (int start = 0; start < n; ) {
      int i = start;
      while (i < n && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (text.regionMatches(true, i, "nơi", 0, 3)) {
        return start;
      }
      int end = text.indexOf('\n', i);
      if (end < 0) {
        return -1;
      }
      start = end + 1;
    }
    return -1;
  }

  /** The signing cell's text at the end of a recipients line ("- Như trên, BÍ THƯ"), or null. */
  private static String rightTail(String line) {
    Matcher w = WORD_START.matcher(line); // "- Ban Bí thư Trung ương Đảng (để K/T BÍ THƯ": a wrapped item
    while (w.find()) {
      String tail = line.substring(w.end());
      if (isSigningLine(tail)) {
        return tail;
      }
    }
    Matcher m = ITEM_END.matcher(line);
    while (m.find()) {
      String tail = line.substring(m.end());
      if (PersonNames.isName(tail)) {
        return tail;
      }
    }
    return null;
  }

  private static boolean endsItem(String l) {
    char last = l.charAt(l.length() - 1);
    return last == ',' || last == ';' || last == '.';
  }

  /** "T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "BÍ THƯ": an authority or a role, in capitals. */
  private static boolean isSigningLine(String s) {
    return VietnameseCase.isCapitals(s) && (AUTHORITY.matcher(s).matches() || SignerRoles.roleOf(s) != null);
  }
}
