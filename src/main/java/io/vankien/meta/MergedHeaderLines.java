package io.vankien.meta;

import static io.vankien.meta.HeaderReader.MAX_HEADER_LINES;
import static io.vankien.meta.HeaderReader.ORG_HEAD;
import static io.vankien.meta.HeaderReader.PLACE_DATE;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The first lines of a document as its header was typed, before {@link HeaderReader} reads them: the columns
 * and runs a converter or a PDF's reading order put on one line split again (around the motto, before a
 * place-date line or a letter's subject beside a number, where lines were run together with spaces), a
 * place-date line a narrow cell cut joined again, a document symbol wrapped in its cell joined.
 */
final class MergedHeaderLines {
  private MergedHeaderLines() {}

  private static final Pattern MOTTO_BOUNDARY = Pattern.compile(
      "(?u)(?<=\\S)\\s*\\*+\\s*(?=\\S)" // "TỈNH ỦY ĐẮK NÔNG*Số 325-BC/TU": the star under the body's name
          + "|(?<!NƯỚC|nước)\\s+(?=ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG H[OÒ][ÀA] XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\\s*[-–]\\s*Tự do)"
          + "|(?<=ĐẢNG CỘNG SẢN VIỆT NAM|CHỦ NGHĨA VIỆT NAM|Hạnh phúc)\\s+");
  /** "Số: 1234/UBND-KT V/v triển khai ...": a letter's number and subject in one cell of a grid table. */
  private static final Pattern SUBJECT_INSIDE = Pattern.compile("(?u)(?<=^[Ss]ố(?![\\p{L}]).{1,40}\\d.{0,20})\\s+(?=V/[vV][\\s:.]|Về việc\\s)");
  /**
   * A header whose lines a web page or a PDF ran together with spaces only: "TỈNH ỦY NGHỆ AN Số 25-NQ/TU"
   * (the number after the body's name in capitals), "..., ngày 3 tháng 6 năm 2021 NGHỊ QUYẾT về ..." (the
   * type line after the date); then {@link #TYPE_THEN_SUBJECT}.
   */
  private static final Pattern RUN_TOGETHER = Pattern.compile(
      "(?u)(?<=\\p{Lu}{2})\\s+(?=Số\\s*:?\\s*\\d)|(?<=ngày\\s{0,2}\\d{1,2}\\s{0,2}tháng\\s{0,2}\\d{1,2}\\s{0,2}năm\\s{0,2}\\d{4})\\s+(?=\\p{Lu}{2})");
  /** "NGHỊ QUYẾT về phát triển ...": a type line and its subject run together. */
  private static final Pattern TYPE_THEN_SUBJECT = Pattern.compile(
      "(?u)(?<=^(?:" + DocumentTypes.capitalsAlternation() + "))\\s+(?=[Vv]ề\\s)");
  /**
   * "* Nam Đàn, ngày 12 tháng 4 năm 2022" (TextCleaner makes the star a "-"): the star under the body's name
   * and the place-date line of the right column read into one line, as PDF text in position order has it.
   */
  private static final Pattern STAR_BESIDE_PLACE_DATE = Pattern.compile(
      "(?u)^[-*]\\s+(?=(?:TP\\.\\s*)?\\p{Lu}[\\p{L}\\p{M} .\\-–]{1,40}?,\\s*ngày\\s*\\d)");
  /** A body's name in capitals, then the place-date line beside it in a PDF's reading order: "THÀNH ỦY PHỦ LÝ Phủ Lý, ngày". */
  private static final Pattern ORG_THEN_PLACE_DATE = Pattern.compile(
      "(?u)(?<=\\p{Lu}\\p{Lu})\\s+(?=\\p{Lu}\\p{Ll}[\\p{L}\\p{M}]*(?:\\s\\p{Lu}\\p{Ll}[\\p{L}\\p{M}]*){0,3}\\s*,\\s*ngày\\s*\\d)");
  private static final Pattern PLACE_DATE_INSIDE = Pattern.compile(
      "(?u)\\s+(?=(?:TP\\.\\s*)?\\p{Lu}[\\p{L}\\p{M}]*(?:\\s\\p{Lu}[\\p{L}\\p{M}]*){0,3}\\s*,\\s*ngày\\s*\\d)");

  /**
   * Two header columns read into one line (as PDF text often is): "TỈNH ỦY HƯNG YÊN ĐẢNG CỘNG SẢN VIỆT
   * NAM", "Số 01-NQ/TU Hưng Yên, ngày 26 tháng 11 năm 2020" are split around the motto and before a
   * place-date that follows a number, before a letter's subject ("V/v ...") that follows its number, and
   * where lines were run together with spaces (see {@link #RUN_TOGETHER}, {@link #TYPE_THEN_SUBJECT}).
   * Only the first lines are touched; the rest is returned as is.
   */
  static List<String> split(List<String> original) {
    List<String> lines = new ArrayList<>(original.size() + 8);
    List<String> head = WrappedMotto.split(original.subList(0, Math.min(original.size(), MAX_HEADER_LINES)));
    for (String l : head) {
      lines.addAll(GluedRuns.split(l));
    }
    lines.addAll(original.subList(Math.min(original.size(), MAX_HEADER_LINES), original.size()));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (i >= MAX_HEADER_LINES || l.length() > 160) {
        out.add(l);
        continue;
      }
      if (!l.isEmpty() && (l.charAt(0) == '-' || l.charAt(0) == '*')) {
        l = STAR_BESIDE_PLACE_DATE.matcher(l).replaceFirst("");
      }
      if (!mayBeMerged(l)) {
        out.add(l.strip()); // what the splits below give a line none of them can split
        continue;
      }
      for (String merged : split(MOTTO_BOUNDARY, l, MergedHeaderLines::mayHaveMotto)
          .flatMap(p -> split(RUN_TOGETHER, p, MergedHeaderLines::mayRunTogether))
          .flatMap(p -> split(TYPE_THEN_SUBJECT, p, MergedHeaderLines::mayBeTypeThenSubject)).toList()) {
        Matcher s = merged.contains("V/") || merged.contains("Về việc") ? SUBJECT_INSIDE.matcher(merged) : null;
        List<String> pieces = s != null && s.find()
            ? List.of(merged.substring(0, s.start()), merged.substring(s.end())) : List.of(merged);
        for (String piece : pieces) {
          Matcher m = piece.contains("ngày") ? PLACE_DATE_INSIDE.matcher(piece) : null;
          Matcher org = m == null ? null : ORG_THEN_PLACE_DATE.matcher(piece);
          if (org != null && org.find() && ORG_HEAD.matcher(piece).lookingAt()) {
            out.add(piece.substring(0, org.start()).strip()); // "THÀNH ỦY PHỦ LÝ Phủ Lý, ngày 20 tháng 6 năm"
            out.add(piece.substring(org.end()).strip());
          } else if (m != null && m.find() && HAS_DIGIT.matcher(piece.substring(0, m.start())).matches()) {
            out.add(piece.substring(0, m.start()).strip());
            out.add(piece.substring(m.end()).strip());
          } else {
            out.add(piece.strip());
          }
        }
      }
    }
    return NumberReader.joinBrokenSymbols(joinBrokenDates(out), MAX_HEADER_LINES);
  }

  /**
   * The pattern's split of the line, or the line alone when {@code mayMatch} (a literal every match of the
   * pattern contains) says the pattern cannot match it: what {@link Pattern#splitAsStream} gives then.
   */
  private static Stream<String> split(Pattern pattern, String line, Predicate<String> mayMatch) {
    return mayMatch.test(line) ? pattern.splitAsStream(line) : Stream.of(line);
  }

  /** Every split of {@link #MOTTO_BOUNDARY} stands by a star or by the motto's own words. */
  private static boolean mayHaveMotto(String l) {
    return l.indexOf('*') >= 0 || l.contains("ĐẢNG CỘNG SẢN VIỆT NAM") || l.contains("CỘNG H") || l.contains("Độc lập")
        || l.contains("CHỦ NGHĨA VIỆT NAM") || l.contains("Hạnh phúc");
  }

  /** Every split of {@link #RUN_TOGETHER} is before "Số" or after a date's "ngày ... tháng ... năm". */
  private static boolean mayRunTogether(String l) {
    return l.contains("Số") || (l.contains("năm") && l.contains("tháng") && l.contains("ngày"));
  }

  /** A type name in capitals, as {@link #TYPE_THEN_SUBJECT}'s look-behind begins the line with. */
  private static final List<String> TYPES_IN_CAPITALS = DocumentTypes.namesInCapitals();

  /** Every split of {@link #TYPE_THEN_SUBJECT} is in a line beginning with a type in capitals, before "về". */
  private static boolean mayBeTypeThenSubject(String l) {
    if (l.indexOf('ề') < 0) {
      return false;
    }
    for (String type : TYPES_IN_CAPITALS) {
      if (l.startsWith(type)) {
        return true;
      }
    }
    return false;
  }

  /**
   * False when no split of {@link #split} can apply to the line: none of the literals its patterns
   * need is in it ({@link #mayHaveMotto}, {@link #mayRunTogether}, "về" of {@link #TYPE_THEN_SUBJECT},
   * "V/" or "Về việc" of {@link #SUBJECT_INSIDE}, "ngày" of {@link #PLACE_DATE_INSIDE}).
   */
  private static boolean mayBeMerged(String l) {
    return mayHaveMotto(l) || mayRunTogether(l) || l.indexOf('ề') >= 0 || l.contains("V/") || l.contains("Về việc")
        || l.contains("ngày");
  }

  /** A place-date line cut before its date ends ("Đà Nẵng, ngày 18" / "tháng 11 năm 2024"), as a narrow cell cuts it. */
  private static final Pattern DATE_CUT = Pattern.compile(
      "(?iu),\\s*ngày\\s*(?:\\d{1,2}\\s*(?:tháng\\s*(?:\\d{1,2}\\s*(?:năm\\s*)?)?)?)?$");
  private static final Pattern DATE_REST = Pattern.compile("(?iu)^(?:\\d{1,2}\\s*)?(?:tháng\\s*\\d{1,2}\\s*)?(?:năm\\s*)?\\d{4}(?!\\d)");

  /** The header's place-date line in one line again when a cut left its date on the next line. */
  private static List<String> joinBrokenDates(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (i >= MAX_HEADER_LINES || l.indexOf(',') < 0 || !DATE_CUT.matcher(l).find()) {
        out.add(l); // not a cut place-date line of the header (the body's lines are looked at no further)
        continue;
      }
      String below = i + 1 < lines.size() ? LEFT_MARK.matcher(lines.get(i + 1)).replaceFirst("") : "";
      if (i + 1 < lines.size() && DATE_REST.matcher(below).find() && PLACE_DATE.matcher(l + " " + below).find()) {
        out.add(l + " " + below); // "Phủ Lý, ngày 20 tháng 6 năm" / "- 2019" (the dash under the body's name beside it)
        i++;
        continue;
      }
      int k = restBeside(lines, i);
      if (k > 0) {
        // a PDF's reading order put the left column's next line between: "Phủ Lý, ngày 15 tháng 3 năm" /
        // "Số 12-NQ/TU 2019": the year ends that line
        Matcher rest = DATE_REST_AT_END.matcher(lines.get(k));
        rest.find();
        out.add(l + " " + rest.group(1));
        List<String> between = new ArrayList<>(lines.subList(i + 1, k));
        between.add(lines.get(k).substring(0, rest.start()).strip());
        out.addAll(between);
        i = k;
      } else {
        out.add(l);
      }
    }
    return out;
  }

  /** The dash or star under the body's name, which a PDF's reading order puts before the right column's text. */
  private static final Pattern LEFT_MARK = Pattern.compile("^[-*]\\s+");

  /** The rest of a cut place-date line at the end of one of the next two lines: "Số 12-NQ/TU 2019". */
  private static final Pattern DATE_REST_AT_END = Pattern.compile(
      "(?iu)\\s((?:\\d{1,2}\\s*)?(?:tháng\\s*\\d{1,2}\\s*)?(?:năm\\s*)?\\d{4})$");

  /** The index of the line (one of the next two) ending with the rest of the cut date on line {@code i}, or -1. */
  private static int restBeside(List<String> lines, int i) {
    for (int k = i + 1; k <= i + 2 && k < lines.size(); k++) {
      Matcher rest = DATE_REST_AT_END.matcher(lines.get(k));
      if (rest.find() && rest.start() > 0 && PLACE_DATE.matcher(lines.get(i) + " " + rest.group(1)).find()) {
        return k;
      }
    }
    return -1;
  }

  private static final Pattern HAS_DIGIT = Pattern.compile("(?s).*\\d.*");
}
