package io.vankien.meta;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The access level a document is stamped with: "MẬT", "TỐI MẬT", "TUYỆT MẬT" (restricted), "Lưu hành nội
 * bộ", "Không phổ biến" (internal). A stamp stands alone in a cell of the header: a whole line, or one
 * column of a header whose columns a converter put on one line (cells apart by a tab, a table rule or two
 * spaces and more), in the first {@link #HEADER_LINES} lines that hold anything. Markup a converter adds
 * around it (Markdown emphasis, table bars, brackets, a "Độ mật:" label) is ignored; the same words inside
 * a sentence ("phim lưu hành nội bộ", "bí mật kinh doanh") are not a stamp.
 */
public final class AccessStampReader {
  private AccessStampReader() {}

  /** Non-blank lines read from the top: the stamp sits in or just above the header. */
  static final int HEADER_LINES = 15;

  /** Where one header cell ends and the next begins on a merged line. */
  private static final Pattern CELLS = Pattern.compile("\\t|\\||\\s{2,}");
  /** Markup around a cell's words, trimmed from both ends. */
  private static final Pattern MARKUP = Pattern.compile("^[\\s*_#>\\[\\](){}\"'“”+=:.-]+|[\\s*_#>\\[\\](){}\"'“”+=:.-]+$");
  /** A label before the stamp itself. */
  private static final Pattern LABEL = Pattern.compile("^(?:độ mật|mức độ mật|đóng dấu)\\s*:?\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The most restrictive level stamped on the document's first lines, if any. */
  public static Optional<AccessLevel> read(List<String> lines) {
    AccessLevel found = null;
    int seen = 0;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      if (++seen > HEADER_LINES) {
        break;
      }
      for (String cell : mayHoldCells(line) ? CELLS.split(line) : new String[] {line}) {
        AccessLevel level = stamp(cell);
        if (level != null && (found == null || level.ordinal() > found.ordinal())) {
          found = level;
        }
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Whether {@link #CELLS} can split the line (a tab, a bar, or two whitespace characters in a row, as its
   * {@code \s} matches them): a line without any is one cell, read no further when it is long, as most lines are.
   */
  private static boolean mayHoldCells(String line) {
    boolean previousSpace = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
      if (c == '\t' || c == '|' || (space && previousSpace)) {
        return true;
      }
      previousSpace = space;
    }
    return false;
  }

  /** The level one cell stamps, or null when the cell is not a stamp. */
  static AccessLevel stamp(String cell) {
    if (cell.length() > 60) {
      return null; // a stamp is short; a long cell is text (and the patterns below stay cheap)
    }
    String words = LABEL.matcher(MARKUP.matcher(cell).replaceAll("")).replaceFirst("");
    if (words.isEmpty()) {
      return null;
    }
    String folded = AccessLevel.fold(words);
    return switch (folded) {
      case "mat", "toi mat", "tuyet mat", "tai lieu mat" -> restrictedIfCapitals(words);
      case "luu hanh noi bo", "tai lieu luu hanh noi bo", "khong pho bien", "noi bo" -> AccessLevel.INTERNAL;
      default -> null;
    };
  }

  /**
   * "MẬT" stamped in capitals; "Mật" alone on a line is more often a word cut from a sentence ("bí" on the
   * line above) than a stamp.
   */
  private static AccessLevel restrictedIfCapitals(String words) {
    return words.equals(words.toUpperCase(java.util.Locale.ROOT)) ? AccessLevel.RESTRICTED : null;
  }
}
