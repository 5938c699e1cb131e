package io.vankien.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the lines of a paragraph that a PDF's text layer (or a fixed-width conversion) broke at the
 * margin: "Hội nghị lần thứ 2 Ban Chấp hành Đảng bộ tỉnh khóa XIX họp ngày 25 tháng 11" / "năm 2020 đã
 * thảo luận ...". A line is carried on when it is long enough to have reached a margin, does not end a
 * sentence, and the next line goes on in lower case or with a digit (or with any letter after a line
 * that reached the margin); a list item, a heading, a line in capitals, "Nơi nhận:" or "Kính gửi:" never
 * continues one, and a note in brackets on its own line is not continued. "30-6-" /
 * "2023" join without a space.
 */
final class WrappedLines {
  private WrappedLines() {}

  /** Shorter lines ended where the writer ended them (header lines, names, list items). */
  private static final int MIN_WRAPPED_LENGTH = 40;
  private static final Pattern ENDS_SENTENCE = Pattern.compile("[.:;!?…]\\s*$");
  private static final Pattern GOES_ON = Pattern.compile("^[\\p{Ll}\\d(“\"]");
  /** A line this long stopped at the margin: the next one goes on even with a capital ("... Ban Chấp hành" / "Đảng bộ tỉnh ..."). */
  private static final int MARGIN_LENGTH = 60;
  private static final Pattern GOES_ON_AFTER_MARGIN = Pattern.compile("^\\p{L}");
  private static final Pattern SPLIT_NUMBER = Pattern.compile("\\d[-/]$");

  static List<String> join(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      int last = out.size() - 1;
      if (last >= 0 && continues(out.get(last), line)) {
        String prev = out.get(last);
        out.set(last, SPLIT_NUMBER.matcher(prev).find() ? prev + line : prev + " " + line);
      } else {
        out.add(line);
      }
    }
    return out;
  }

  /** The index after the last line of the paragraph that starts at {@code start}. */
  static int paragraphEnd(List<String> lines, int start) {
    int end = start + 1;
    String joined = lines.get(start);
    while (end < lines.size() && continues(joined, lines.get(end))) {
      joined = lines.get(end);
      end++;
    }
    return end;
  }

  /** A line that opens a block of its own, whatever stands above it. */
  private static final Pattern OPENS_BLOCK = Pattern.compile("(?iu)^(?:nơi nhận|kính gửi)(?![\\p{L}])");
  /** A note in brackets on a line of its own ("(Kèm theo: dự thảo Nghị quyết ...)"): complete. */
  private static final Pattern BRACKETED = Pattern.compile("^\\(.*\\)$");

  static boolean continues(String prev, String line) {
    return prev.length() >= MIN_WRAPPED_LENGTH
        && !line.isEmpty()
        && !OPENS_BLOCK.matcher(line).find()
        && !BRACKETED.matcher(prev).matches()
        && !ENDS_SENTENCE.matcher(prev).find()
        && !VietnameseCase.isCapitals(prev)
        && (GOES_ON.matcher(line).find()
            || (prev.length() >= MARGIN_LENGTH && GOES_ON_AFTER_MARGIN.matcher(line).find() && !VietnameseCase.isCapitals(line)));
  }
}
