package io.vankien.meta;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document's date: the header's (place-date line, or the date beside the number), else for a copy
 * without header the meeting date of its first paragraph, else the adoption date the text states ("Luật
 * này đã được Quốc hội ... thông qua ngày ..."), the last one. Each with where it was read.
 */
final class DateReader {
  private DateReader() {}

  /** A date and where it was read; both null when the text states none. */
  record Dated(LocalDate date, String source) {
    static final Dated NONE = new Dated(null, null);
  }

  static final String SOURCE_MEETING = "meeting date in the first paragraph (no header in this copy)";
  static final String SOURCE_ADOPTION = "adoption date stated in the text (no date in the header)";

  /** A date as "12/5/2021", "12-5-2021", "12.5.2021" or "12 tháng 5 năm 2021": six groups, day-month-year twice. */
  static final String DATE =
      "(?:(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4}))";
  private static final Pattern MEETING_LEAD = Pattern.compile("(?iu)^ngày\\s+" + DATE);
  private static final Pattern MEETING_IN = Pattern.compile(
      "(?iu)(?:họp|diễn ra|tổ chức|khai mạc)\\s+(?:vào\\s+)?(?:các\\s+)?ngày\\s+" + DATE);
  /** "Hội nghị lần thứ hai Ban Chấp hành ... (ngày 21/11/2025) đã thảo luận": the conference's date in brackets. */
  private static final Pattern MEETING_IN_BRACKETS = Pattern.compile(
      "(?iu)hội nghị[^.()]{0,150}\\(\\s*ngày\\s+" + DATE + "\\s*\\)");
  /** The document types {@link #ADOPTION} begins with, before its "này". */
  private static final String[] ADOPTION_TYPES =
      {"luật", "bộ luật", "hiến pháp", "pháp lệnh", "nghị quyết", "kết luận", "quy định", "quy chế", "điều lệ"};
  private static final Pattern ADOPTION = Pattern.compile(
      "(?iu)(?:" + String.join("|", ADOPTION_TYPES) + ")\\s+này"
          + "[^.\\n]{0,200}?thông qua[^.\\n]{0,80}?ngày\\s+" + DATE);

  static Dated read(DocumentZones z) {
    if (z.header().date() != null) {
      return new Dated(z.header().date(), z.header().dateSource());
    }
    if (z.firstParagraph() != null) {
      for (Pattern meeting : new Pattern[] {MEETING_LEAD, MEETING_IN, MEETING_IN_BRACKETS}) {
        Matcher found = meeting.matcher(z.firstParagraph());
        if (found.find()) {
          LocalDate d = dateOf(found);
          if (d != null) {
            return new Dated(d, SOURCE_MEETING);
          }
          break;
        }
      }
    }
    AnchoredFind adoption = AnchoredFind.beforeNay(ADOPTION, ADOPTION_TYPES, z.flowed());
    Matcher m = adoption.matcher();
    LocalDate last = null;
    while (adoption.find()) {
      LocalDate d = dateOf(m);
      last = d != null ? d : last;
    }
    return last == null ? Dated.NONE : new Dated(last, SOURCE_ADOPTION);
  }

  /** The date of a match of a pattern ending with {@link #DATE}. */
  static LocalDate dateOf(Matcher m) {
    int base = m.groupCount() - 6;
    if (m.group(base + 1) != null) {
      return HeaderReader.date(m.group(base + 1), m.group(base + 2), m.group(base + 3));
    }
    return HeaderReader.date(m.group(base + 4), m.group(base + 5), m.group(base + 6));
  }
}
