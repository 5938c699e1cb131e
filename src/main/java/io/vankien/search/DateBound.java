package io.vankien.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A date range's bound as typed: a day (2021-03-15), a month (2021-03) or a year (2021). A first bound is
 * the period's first day, a last bound its last day, so that {@code from=2019&to=2023} is the five years
 * 2019-2023 (the year range of issue 16), and {@code from=2021-03&to=2021-03} is March 2021.
 */
public final class DateBound {
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  private DateBound() {}

  /** The first day of what {@code v} names; null for null or blank. */
  public static LocalDate first(String param, String v) {
    return parse(param, v, false);
  }

  /** The last day of what {@code v} names; null for null or blank. */
  public static LocalDate last(String param, String v) {
    return parse(param, v, true);
  }

  private static LocalDate parse(String param, String v, boolean last) {
    if (v == null || v.isBlank()) {
      return null;
    }
    String s = v.strip();
    try {
      if (YEAR.matcher(s).matches()) {
        int y = Integer.parseInt(s);
        return last ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
      }
      if (MONTH.matcher(s).matches()) {
        YearMonth m = YearMonth.parse(s);
        return last ? m.atEndOfMonth() : m.atDay(1);
      }
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new BadRequestException(param, "phải là ngày dạng năm-tháng-ngày (YYYY-MM-DD), tháng (YYYY-MM)"
          + " hoặc năm (YYYY), không phải “" + v + "”");
    }
  }
}
