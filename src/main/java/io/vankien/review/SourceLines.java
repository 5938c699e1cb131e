package io.vankien.review;

import io.vankien.text.VietnameseText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The line of a document's text a metadata value came from, so an archivist sees the evidence beside the
 * value: the first line holding it, compared without diacritics, case or spacing differences (a header
 * "TỈNH ỦY HÀ NAM" holds the issuer "Tỉnh ủy Hà Nam"; "Số 01 - NQ/TU" holds "01-NQ/TU"); a date is looked for
 * as it is written ("ngày 5 tháng 3 năm 2021", "05/3/2021"); a title by its first words.
 */
public final class SourceLines {
  /** Lines longer than this are cut (a value found in a paragraph shows its start). */
  static final int MAX_LINE_CHARS = 200;
  private static final int TITLE_WORDS = 6;
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SourceLines() {}

  /** The line of {@code text} that {@code value} of {@code field} came from, if the text holds it. */
  public static Optional<String> find(String text, String field, String value) {
    if (text == null || value == null || value.isBlank()) {
      return Optional.empty();
    }
    List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    return switch (field) {
      case "date" -> date(lines, value);
      case "number" -> first(lines, squeeze(value), true);
      case "title" -> title(lines, value);
      default -> first(lines, collapse(value), false);
    };
  }

  private static Optional<String> first(List<String> lines, String needle, boolean squeezed) {
    if (needle.isEmpty()) {
      return Optional.empty();
    }
    for (String line : lines) {
      String hay = squeezed ? squeeze(line) : collapse(line);
      if (hay.contains(needle)) {
        return Optional.of(clip(line));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> date(List<String> lines, String iso) {
    LocalDate d;
    try {
      d = LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
    String day = "0?" + d.getDayOfMonth();
    String month = "0?" + d.getMonthValue();
    Pattern written = Pattern.compile("(?<!\\d)" + day + "\\s*thang\\s*" + month + "\\s*nam\\s*" + d.getYear()
        + "|(?<!\\d)" + day + "\\s*[/.-]\\s*" + month + "\\s*[/.-]\\s*" + d.getYear());
    for (String line : lines) {
      if (written.matcher(collapse(line)).find()) {
        return Optional.of(clip(line));
      }
    }
    return Optional.empty();
  }

  /** A title wraps over lines: its first words, fewer until a line holds them (at least three, or the whole). */
  private static Optional<String> title(List<String> lines, String title) {
    String[] words = SPACES.split(title.strip());
    int least = Math.min(words.length, 3);
    for (int n = Math.min(words.length, TITLE_WORDS); n >= least; n--) {
      Optional<String> line = first(lines, collapse(String.join(" ", java.util.Arrays.copyOf(words, n))), false);
      if (line.isPresent()) {
        return line;
      }
    }
    return Optional.empty();
  }

  /** Folded (no diacritics, lower case), runs of space as one. */
  static String collapse(String s) {
    return SPACES.matcher(VietnameseText.fold(s)).replaceAll(" ").strip();
  }

  /** Folded, without any space ("Số 01 - NQ/TU" and "01-NQ/TU" meet). */
  static String squeeze(String s) {
    return SPACES.matcher(VietnameseText.fold(s)).replaceAll("");
  }

  private static String clip(String line) {
    return line.length() <= MAX_LINE_CHARS ? line : line.substring(0, MAX_LINE_CHARS) + "…";
  }
}
