package io.vankien.meta;

import io.vankien.text.RomanNumerals;
import io.vankien.text.VietnameseText;
import io.vankien.meta.TermCalendar.Body;
import io.vankien.meta.TermCalendar.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one facet value of a document's term, whatever form the record holds it in. The record keeps the
 * typed form ("khóa XIX", "Đại hội XIX, nhiệm kỳ 2015-2020"); only the facet (and a filter on it) uses
 * this value. Party congresses and the state's elected bodies stay apart:
 *
 * <ul>
 *   <li><b>A Party committee's term</b> is its congress: "Đại hội XIX (2015-2020)" from "khóa XIX" (the
 *       committee the 19th congress elected), "khoá 19", "Đại hội XIX, nhiệm kỳ 2015-2020" or "Đại hội
 *       đại biểu Đảng bộ tỉnh lần thứ XIX". A stated period is kept; an unstated one is read off the
 *       document's date only when the date alone says it ({@code terms.tsv}: Party congresses below the
 *       centre sit in years ending in 0 and 5, provincial ones in the second half of the year, district
 *       and commune ones earlier), so "khóa XIX" of March 2017 is "Đại hội XIX (2015-2020)" but "khóa
 *       XVIII" of September 2020, inside the provincial congress season, is "Đại hội XVIII". The Central
 *       Committee's congresses have their years by number ("Đại hội XIII (2021-2026)").
 *   <li><b>A period with no congress number</b> stays what it says: "nhiệm kỳ 2020-2025" (the number is
 *       not guessed: it differs from province to province).
 *   <li><b>The National Assembly's</b> "khóa" is "Quốc hội khóa XIII (2011-2016)", its years by number;
 *       <b>a people's council's</b> "HĐND khóa X (2021-2026)", its years by the date (every council is
 *       elected on one day; the numbers differ by place). A "khóa" is the Assembly's or a council's when
 *       the term says so ("Quốc hội khóa XIV") or the issuer is one of them (or its Đảng đoàn).
 *   <li>A "khóa" of an issuer that is none of these (a people's committee) stays "khóa N"; a term this
 *       class cannot read is kept as typed (spaces collapsed).
 * </ul>
 *
 * Numbers are written in canonical upper-case Roman numerals ("khoá 19", "khóa xix" are "XIX"). A value
 * this class returns is its own key ({@code of(of(x)) == of(x)}), so a filter given a facet value finds the
 * documents counted under it. Thread-safe.
 */
public final class TermKey {
  private TermKey() {}

  private static final String NUMBER = "([ivxlcdm]+|\\d{1,4})(?![\\p{L}\\p{N}])";
  private static final Pattern CONGRESS = Pattern.compile(
      "(?u)đại hội(?: đại biểu)?(?: đảng bộ[^,;()\\d]*?| đảng toàn quốc| toàn quốc)?(?: lần thứ)? " + NUMBER);
  private static final Pattern KHOA = Pattern.compile(
      "(?u)(?:(quốc hội|hội đồng nhân dân|hđnd)(?: [^\\d,;()]{1,60}?)? )?kh(?:óa|oá) " + NUMBER);
  private static final Pattern PERIOD = Pattern.compile("(?<!\\d)(\\d{4}) ?- ?(\\d{4})(?!\\d)");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DASHES = Pattern.compile("\\s*[-\u2010-\u2015]\\s*");
  private static final String CENTRAL = "central";

  /** The facet value of a term typed with no context (a filter), or null for a blank term. */
  public static String of(String typed) {
    return of(typed, null, null, null);
  }

  /**
   * The facet value of a document's term.
   *
   * @param typed the term as the record holds it
   * @param issuer the document's issuer as typed, or null: says whose "khóa" a bare "khóa N" is
   * @param level the document's level ("provincial", "district", "commune", "central"), or null: which
   *     congress season a date in a congress year is checked against
   * @param date the date of issue, or null
   * @return the value, or null when {@code typed} is null or blank
   */
  public static String of(String typed, String issuer, String level, LocalDate date) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    String shown = SPACES.matcher(VietnameseText.normalize(typed).strip()).replaceAll(" ");
    String t = DASHES.matcher(shown.toLowerCase(Locale.ROOT)).replaceAll(" - ");
    Matcher period = PERIOD.matcher(t);
    Period stated = period.find()
        ? new Period(Integer.parseInt(period.group(1)), Integer.parseInt(period.group(2))) : null;
    TermCalendar calendar = TermCalendar.standard();
    Matcher congress = CONGRESS.matcher(t);
    if (congress.find() && roman(congress.group(1)) != null) {
      String n = roman(congress.group(1));
      Body body = bodyOf(issuer, level) == Body.CENTRAL ? Body.CENTRAL : Body.PARTY;
      return congress(n, stated != null ? stated : partyTerm(calendar, body, n, level, date));
    }
    Matcher khoa = KHOA.matcher(t);
    if (khoa.find() && roman(khoa.group(2)) != null) {
      String n = roman(khoa.group(2));
      Body body = khoa.group(1) == null ? bodyOf(issuer, level)
          : khoa.group(1).equals("quốc hội") ? Body.ASSEMBLY : Body.COUNCIL;
      return switch (body) {
        case PARTY, CENTRAL -> congress(n, stated != null ? stated : partyTerm(calendar, body, n, level, date));
        case ASSEMBLY -> withPeriod("Quốc hội khóa " + n, stated != null ? stated : calendar.assembly(n));
        case COUNCIL -> withPeriod("HĐND khóa " + n, stated != null ? stated : calendar.councilTermOn(date));
        case UNKNOWN -> withPeriod("khóa " + n, stated);
      };
    }
    if (stated != null) {
      return "nhiệm kỳ " + stated;
    }
    return shown;
  }

  /** The term of the issuer of a document. */
  public static String forDocument(DocumentMetadata m, LocalDate date) {
    return of(m.term(), m.issuer(), m.level(), date);
  }

  /** Whose term the issuer's "khóa" is ({@code terms.tsv} markers); with no issuer, a central one by level. */
  private static Body bodyOf(String issuer, String level) {
    if (issuer == null || issuer.isBlank()) {
      return CENTRAL.equals(level) ? Body.CENTRAL : Body.UNKNOWN;
    }
    return TermCalendar.standard().bodyOf(BodyVocabulary.words(IssuerKey.of(issuer)));
  }

  private static Period partyTerm(TermCalendar calendar, Body body, String n, String level, LocalDate date) {
    return body == Body.CENTRAL ? calendar.nationalCongress(n) : calendar.partyTermOn(date, level);
  }

  private static String congress(String n, Period p) {
    return withPeriod("Đại hội " + n, p);
  }

  private static String withPeriod(String name, Period p) {
    return p == null ? name : name + " (" + p + ")";
  }

  /** A number in canonical upper-case Roman numerals ("xix", "19": "XIX"), or null when it is none. */
  static String roman(String number) {
    if (Character.isDigit(number.charAt(0))) {
      int n = Integer.parseInt(number);
      return n >= 1 && n <= 3999 ? RomanNumerals.toRoman(n) : null;
    }
    String upper = number.toUpperCase(Locale.ROOT);
    return RomanNumerals.value(upper) > 0 ? upper : null;
  }

}
