package io.vankien.meta;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of Vietnamese document symbols (số, ký hiệu) and their canonical display form.
 *
 * <ul>
 *   <li>Party style: number, dash, type code, slash, issuing body: "01-NQ/TU", "19-TTr/TU", "408-BC/TU"
 *       (from "Số 408 -BC/TU"), "21-LCT/HĐNN8", "103-SL/L.005".
 *   <li>State style: number, slash, optional year, type code, optional dash and body: "1654/NQ-UBTVQH15",
 *       "45/2013/QH13" (also "QH 11" with a space), "49/2015/QĐ-TTg", "566/KH-UBND". Without a year the
 *       dash and body are required (so "29/9/2023" or "100/ha" are no symbols).
 * </ul>
 *
 * Canonical form: spaces removed, any dash a hyphen, leading zeros kept, letters upper case except the
 * mixed-case codes written that way by convention ("TTr", "TTg", "CTr", "QĐi"); the central body written
 * "T.Ư" or "TƯ" is "TW", as the Party writes it.
 */
public final class DocumentNumbers {
  private DocumentNumbers() {}

  private static final String UP = "A-ZĐ";
  /** A hyphen as typed: also the en dash, em dash, minus and non-breaking hyphen word processors put in. */
  private static final String DASH = "[-–—−‑]";
  private static final String LET = "A-Za-zĐđ";
  /** Party style: 01-NQ/TU, 408 -BC/TU, 21-LCT/HĐNN8, 103-SL/L.005. */
  private static final String PARTY = "(\\d{1,5})\\s{0,2}" + DASH + "\\s{0,2}([" + UP + "][" + LET + "]{0,5})\\s{0,2}/\\s{0,2}("
      + "T\\.?Ư|[" + UP + "][" + UP + "0-9]{0,11}(?:[.\\-][" + UP + "0-9]+)*)";
  /**
   * State style: 45/2013/QH13, 73/2006/QH 11, 1654/NQ-UBTVQH15, 49/2015/QĐ-TTg; a ministry's department
   * after its ministry: 1987/QĐ-BNN-TT.
   */
  private static final String STATE = "(\\d{1,5})\\s{0,2}/\\s{0,2}(?:((?:19|20)\\d{2})\\s{0,2}/\\s{0,2})?([" + UP
      + "][" + LET + "]{0,7}(?: ?\\d{1,2})?)(?:\\s{0,2}" + DASH + "\\s{0,2}([" + UP + "][" + LET + "0-9]{0,13}(?:" + DASH
      + "[" + UP + "][" + LET + "0-9]{0,9}){0,2}))?";
  private static final Pattern SYMBOL = Pattern.compile(
      "(?<![\\p{L}\\p{N}/\\-.])(?:" + PARTY + "|" + STATE + ")(?![\\p{L}\\p{N}/]|\\.\\p{L})");
  /**
   * The body codes of Party committees (…/TW, …/TU, …/HU, …/QU, …/ĐU, Đảng ủy Khối, Ban cán sự đảng, Đảng
   * đoàn): a symbol ending in one is a Party symbol, even typed in the state order ("05/CT-TU").
   */
  private static final Pattern PARTY_BODY_CODE = Pattern.compile("[A-ZĐ]*(?:TW|TU|HU|QU|ĐU)|THU|ĐUK|BCSĐ|ĐĐ");
  private static final Map<String, String> MIXED_CASE = Map.of(
      "TTR", "TTr", "TTG", "TTg", "CTR", "CTr", "QĐI", "QĐi", "TTRI", "TTri");

  /** A symbol found in text: its canonical form and where the written form stands. */
  public record Found(String number, int start, int end) {}

  /** Every well-formed symbol in the text, in order (duplicates kept). */
  public static List<Found> findAll(String text) {
    List<Found> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    // every symbol begins with the first digit of a run of digits (its look-behind rejects a digit before it)
    AnchoredFind symbols = new AnchoredFind(SYMBOL, text, from -> firstDigit(text, from), 0, 0, false);
    return collect(symbols::find, symbols.matcher());
  }

  /** {@link #findAll} trying the pattern at every position: the reference the anchored search is tested against. */
  static List<Found> findAllAtEveryPosition(String text) {
    Matcher m = SYMBOL.matcher(text);
    return collect(m::find, m);
  }

  private static List<Found> collect(java.util.function.BooleanSupplier find, Matcher m) {
    List<Found> out = new ArrayList<>();
    while (find.getAsBoolean()) {
      String canonical = canonical(m);
      if (canonical != null) {
        out.add(new Found(canonical, m.start(), m.end()));
      }
    }
    return out;
  }

  /** The first ASCII digit at or after {@code from} that does not follow another, or -1. */
  private static int firstDigit(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' && (i == 0 || text.charAt(i - 1) < '0' || text.charAt(i - 1) > '9')) {
        return i;
      }
    }
    return -1;
  }

  /** The distinct canonical symbols in the text, in order of first appearance. */
  public static List<String> distinct(String text) {
    Set<String> set = new LinkedHashSet<>();
    for (Found f : findAll(text)) {
      set.add(f.number());
    }
    return List.copyOf(set);
  }

  /** The canonical form of a written symbol ("Số 01 - NQ/TU" gives "01-NQ/TU"), or null if none. */
  public static String normalize(String written) {
    if (written == null) {
      return null;
    }
    String s = NUMBER_LEAD.matcher(written.strip()).replaceFirst("");
    Matcher m = SYMBOL.matcher(s);
    if (m.find() && m.start() == 0 && m.end() == s.length()) {
      return canonical(m);
    }
    return null;
  }

  /** True for a Party-style symbol ("01-NQ/TU"), false for a state one ("45/2013/QH13"). */
  public static boolean isPartyStyle(String canonical) {
    return canonical != null && PARTY_STYLE.matcher(canonical).matches();
  }

  /** The type code of a canonical symbol: "NQ" of "01-NQ/TU", "QĐ" of "49/2015/QĐ-TTg", "QH" of "45/2013/QH13". */
  public static String typeCode(String canonical) {
    if (canonical == null) {
      return null;
    }
    if (isPartyStyle(canonical)) {
      return canonical.substring(canonical.indexOf('-') + 1, canonical.indexOf('/'));
    }
    String[] parts = canonical.split("/");
    String last = parts[parts.length - 1];
    int dash = last.indexOf('-');
    return dash > 0 ? last.substring(0, dash) : TRAILING_DIGITS.matcher(last).replaceAll("");
  }

  /** The issuing-body code: "TU" of "01-NQ/TU", "UBND" of "566/KH-UBND", "QH" of "45/2013/QH13". */
  public static String bodyCode(String canonical) {
    if (canonical == null) {
      return null;
    }
    if (isPartyStyle(canonical)) {
      return canonical.substring(canonical.indexOf('/') + 1);
    }
    String[] parts = canonical.split("/");
    String last = parts[parts.length - 1];
    int dash = last.indexOf('-');
    return TRAILING_DIGITS.matcher(dash > 0 ? last.substring(dash + 1) : last).replaceAll("");
  }

  private static String canonical(Matcher m) {
    if (m.group(1) != null) {
      String body = upper(m.group(3));
      return m.group(1) + "-" + code(m.group(2)) + "/" + (CENTRAL_BODY.matcher(body).matches() ? "TW" : body); // T.Ư: Trung ương
    }
    String num = m.group(4);
    String year = m.group(5);
    String code = m.group(6).replace(" ", "");
    String body = m.group(7);
    if (year == null && body == null) {
      return null;
    }
    if (year == null && !code.equals(code.toUpperCase(Locale.ROOT)) && !MIXED_CASE.containsKey(upper(code))) {
      return null;
    }
    if (year == null && body != null && PARTY_BODY_CODE.matcher(upper(body)).matches()) {
      return num + "-" + code(code) + "/" + upper(body); // "Số: 05/CT-TU" typed state-style is 05-CT/TU
    }
    StringBuilder sb = new StringBuilder(num).append('/');
    if (year != null) {
      sb.append(year).append('/');
    }
    sb.append(code(code));
    if (body != null) {
      sb.append('-').append(code(body.replaceAll(DASH, "-")));
    }
    return sb.toString();
  }

  private static String code(String c) {
    String u = upper(c.replace(" ", ""));
    return MIXED_CASE.getOrDefault(u, u);
  }

  private static String upper(String s) {
    return s.replace(" ", "").toUpperCase(Locale.ROOT);
  }

  // patterns compiled once (they were compiled on every call)
  private static final java.util.regex.Pattern NUMBER_LEAD = java.util.regex.Pattern.compile("(?iu)^(số|luật số|bộ luật số)\\s*:*\\s*");
  private static final java.util.regex.Pattern PARTY_STYLE = java.util.regex.Pattern.compile("\\d+-.*");
  private static final java.util.regex.Pattern TRAILING_DIGITS = java.util.regex.Pattern.compile("\\d+$");
  private static final java.util.regex.Pattern CENTRAL_BODY = java.util.regex.Pattern.compile("T\\.?Ư");
}
