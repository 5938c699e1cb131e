package io.vankien.meta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header of a cleaned document, Party layout (Hướng dẫn 36-HD/VPTW) or state layout (Nghị định
 * 30/2020/NĐ-CP): issuing-body lines, the number line ("Số 01-NQ/TU", "Luật số: 45/2013/QH13"), the
 * place-date line ("Hưng Yên, ngày 26 tháng 11 năm 2020"), the type line ("NGHỊ QUYẾT") and the title
 * lines under it, and where the body begins. A copy without a header yields only a type and title. The lines
 * are first repaired as typed ({@link MergedHeaderLines}); where the title runs and the body begins is {@link
 * TitleSpan}'s rule.
 */
final class HeaderReader {
  private HeaderReader() {}

  /** What the header says. Lists hold display-ready lines; absent parts are null or empty. */
  record Header(
      int bodyStart,
      String number,
      String numberLine,
      LocalDate date,
      String dateSource,
      String place,
      String type,
      List<String> orgLines,
      List<String> titleLines,
      List<String> lines) {}

  static final String SOURCE_PLACE_DATE = "place-date line of the header";
  static final String SOURCE_NUMBER_LINE = "date beside the number in the header";

  static final int MAX_HEADER_LINES = 40;
  static final String DATE_WORDS =
      "(\\d{1,2})\\s*(?:tháng|/|-|\\.)\\s*(\\d{1,2})\\s*(?:năm|/|-|\\.)\\s*(\\d{4})";
  static final Pattern PLACE_DATE = Pattern.compile(
      "(?iu)^(?:(TP\\.?\\s*)?([\\p{Lu}][\\p{L}\\p{M} .\\-–]{1,40}?))?\\s*,\\s*ngày\\s*" + DATE_WORDS);
  /** A date line without its place, as a copy that dropped the place name has it: "ngày 20 tháng 9 năm 2025". */
  static final Pattern DATE_ONLY = Pattern.compile("(?iu)^ngày\\s*" + DATE_WORDS + "\\s*$");
  private static final Pattern DATE_AFTER_NUMBER = Pattern.compile("(?iu)^\\s*+,?\\s*+ngày\\s*" + DATE_WORDS);
  static final Pattern MOTTO = Pattern.compile(
      "(?iu)^(đảng cộng sản việt nam|cộng h[oò][àa] xã hội chủ nghĩa việt nam|độc lập\\s*[-–]\\s*tự do.*)$");
  static final Pattern ORG_HEAD = Pattern.compile("(?u)^(TỈNH [ỦU][YỶ]|THÀNH [ỦU][YỶ]|HUYỆN [ỦU][YỶ]|QUẬN [ỦU][YỶ]"
      + "|THỊ [ỦU][YỶ]|ĐẢNG [ỦU][YỶ]|ĐẢNG BỘ|ĐẢNG ĐOÀN|CHI BỘ|BAN |BCH |BCS |QUỐC HỘI|[ỦU][YỶ] BAN|UBND|HĐND|HỘI ĐỒNG|CHÍNH PHỦ"
      + "|THỦ TƯỚNG|CHỦ TỊCH NƯỚC|BỘ |SỞ |VĂN PHÒNG|TÒA ÁN|TOÀ ÁN|VIỆN KIỂM SÁT|KIỂM TOÁN|NGÂN HÀNG"
      + "|MẶT TRẬN|CÔNG AN|BỘ CHỈ HUY|CỤC |TỔNG CỤC|TRUNG ƯƠNG|LIÊN ĐOÀN|HỘI (?!NGHỊ)[^ ]+ )");
  /**
   * A recital of a decision or regulation, with or without its list dash: "Căn cứ Điều lệ Đảng ...;",
   * "- Căn cứ Quy định số 29-QĐ/TW ...;", "Xét đề nghị của ...", "- Theo đề nghị của Văn phòng Tỉnh ủy,".
   * It opens the body, so it ends the title above it.
   */
  static final Pattern RECITAL = Pattern.compile(
      "(?u)^[-–+•*]?\\s*(?:Căn cứ|Xét (?:đề nghị|[Tt]ờ trình|[Bb]áo cáo|kết quả)|Theo đề nghị)(?![\\p{L}])");


  /**
   * A body's name a header cell broke before its last words, where those words alone name another body:
   * "ỦY BAN THƯỜNG VỤ" / "QUỐC HỘI" is the Standing Committee, not the National Assembly; "BAN CHẤP HÀNH" /
   * "TRUNG ƯƠNG ĐẢNG" the Central Committee.
   */
  private static final Pattern SPLIT_NAME_HEAD = Pattern.compile("(?u)^(?:[ỦU][YỶ] BAN THƯỜNG VỤ|BAN CHẤP HÀNH)$");
  private static final Pattern SPLIT_NAME_TAIL = Pattern.compile("(?u)^(?:QUỐC HỘI|TRUNG ƯƠNG)(?![\\p{L}])");



  /** A sentence or the lead-in to a list: a subject line does not end so (it may end ";" before its next part). */
  static final Pattern BODY_SENTENCE = Pattern.compile("[.:]$");


  static Header read(List<String> original) {
    Scan scan = new Scan(MergedHeaderLines.split(original));
    scan.markers();
    scan.numberInTitleLine();
    scan.titleLines();
    return scan.header();
  }

  /** What one read of a header has found so far; each phase of {@link #read} fills its part. */
  private static final class Scan {
    final List<String> lines;
    final int bodyStart;
    String number;
    String numberLine;
    LocalDate date;
    String dateSource;
    String place;
    String type;
    int typeIndex = -1;
    int firstMarker = -1; // first of number, date, type lines
    final List<String> orgBefore = new ArrayList<>();
    final List<String> orgAnywhere = new ArrayList<>();
    final List<Integer> skip = new ArrayList<>();
    String titleInNumberLine;
    List<String> title = new ArrayList<>();

    Scan(List<String> lines) {
      this.lines = lines;
      this.bodyStart = TitleSpan.bodyStart(lines, Math.min(lines.size(), MAX_HEADER_LINES));
    }

    private void marker(int i) {
      skip.add(i);
      firstMarker = firstMarker < 0 ? i : firstMarker;
    }

    /** The number line, the place-date line, the motto, the type line and the body lines above the body. */
    void markers() {
      for (int i = 0; i < bodyStart; i++) {
        String l = lines.get(i);
        if (l.isEmpty()) {
          continue;
        }
        if (number == null && numberLine(l, i)) {
          continue;
        }
        if (date == null && dateLine(l, i)) {
          continue;
        }
        if (MOTTO.matcher(l).matches()) {
          skip.add(i);
          continue;
        }
        if (type == null) {
          String t = DocumentTypes.ofTypeLine(l);
          if (t != null) {
            type = t;
            typeIndex = i;
            firstMarker = firstMarker < 0 ? i : firstMarker;
            continue;
          }
        }
        List<String> orgs = firstMarker < 0 ? orgBefore : orgAnywhere;
        if (!orgs.isEmpty() && SPLIT_NAME_HEAD.matcher(orgs.get(orgs.size() - 1)).matches()
            && SPLIT_NAME_TAIL.matcher(l).lookingAt()) {
          orgs.set(orgs.size() - 1, orgs.get(orgs.size() - 1) + " " + l); // "ỦY BAN THƯỜNG VỤ" / "QUỐC HỘI"
          skip.add(i);
        } else if (VietnameseCase.isCapitals(l) && ORG_HEAD.matcher(l).find() && l.length() <= 90) {
          orgs.add(l);
          skip.add(i);
        } else if (firstMarker < 0 && !orgBefore.isEmpty() && VietnameseCase.isCapitals(l) && l.length() <= 60) {
          // "ỦY BAN NHÂN DÂN" / "TỈNH KHÁNH HÒA": a body's name on two lines
          orgBefore.set(orgBefore.size() - 1, orgBefore.get(orgBefore.size() - 1) + " " + l);
          skip.add(i);
        }
      }
    }

    /** "Số 01-NQ/TU", "Luật số: 45/2013/QH13", "Nghị quyết số ...": the document's symbol ({@link NumberReader}). */
    private boolean numberLine(String l, int i) {
      String n = NumberReader.ofNumberLine(l);
      if (n != null) {
        number = n;
        numberLine = l;
        marker(i);
        return true;
      }
      return false;
    }

    /** "Hưng Yên, ngày 26 tháng 11 năm 2020", or the date alone: the document's date and place. */
    private boolean dateLine(String l, int i) {
      Matcher pd = PLACE_DATE.matcher(l);
      boolean placeDate = l.indexOf(',') >= 0 && pd.find(); // PLACE_DATE needs its comma
      Matcher dateOnly = DATE_ONLY.matcher(l);
      if (placeDate || dateOnly.matches()) {
        Matcher dm = placeDate ? pd : dateOnly;
        int day = placeDate ? 3 : 1;
        LocalDate d = date(dm.group(day), dm.group(day + 1), dm.group(day + 2));
        if (d != null) {
          date = d;
          dateSource = SOURCE_PLACE_DATE;
          place = placeDate && pd.group(2) != null ? pd.group(2).strip() : null;
          marker(i);
          return true;
        }
      }
      return false;
    }

    /** Number and date inside a title line: "LUẬT SỐ 103-SL/L.005 NGÀY 20-5-1957 ...", and the subject after them. */
    void numberInTitleLine() {
      for (int i = 0; i < bodyStart; i++) {
        NumberReader.InLine symbol = NumberReader.inLine(lines.get(i));
        if (symbol == null) {
          continue;
        }
        if (number == null && symbol.namesTheDocument(lines.get(i))) {
          number = symbol.number();
          numberLine = lines.get(i);
        }
        Matcher dm = DATE_AFTER_NUMBER.matcher(symbol.after());
        if (dm.find() && symbol.number().equals(number)) {
          if (date == null) {
            date = date(dm.group(1), dm.group(2), dm.group(3));
            dateSource = date == null ? null : SOURCE_NUMBER_LINE;
          }
          String after = symbol.after().substring(dm.end()).strip()
              .transform(a -> OF_BODY_BEFORE_SUBJECT.matcher(a).replaceFirst("")); // "CỦA QUỐC HỘI VỀ DẦU KHÍ"
          if (after.length() > 3) {
            titleInNumberLine = after;
          }
        }
      }
    }

    /** The title lines under the type line, or of a type line glued to its title, or a letter's subject. */
    void titleLines() {
      if (typeIndex >= 0) {
        for (int i = typeIndex + 1; i < bodyStart; i++) {
          String l = lines.get(i);
          if (l.isEmpty() || skip.contains(i)) {
            continue;
          }
          if (!title.isEmpty() && l.startsWith("(") && l.endsWith(")")) {
            break;
          }
          if (!title.isEmpty() && VietnameseCase.isCapitals(l) && !VietnameseCase.isCapitals(title.get(title.size() - 1))
              && !TitleSpan.ordinalGoesOn(title.get(title.size() - 1), l)) {
            break; // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ..." under the subject of a decision
          }
          if (!title.isEmpty() && BODY_SENTENCE.matcher(l).find() && !VietnameseCase.isCapitals(l)) {
            break; // "Ban Thường vụ Tỉnh ủy kết luận như sau:" under a short subject (no blank line between)
          }
          title.add(l);
        }
      } else {
        // a type line glued to its title: "KẾT LUẬN CỦA BAN CHẤP HÀNH ..."
        for (int i = 0; i < bodyStart && type == null; i++) {
          String[] split = DocumentTypes.splitTypeLine(lines.get(i));
          if (split != null && !ORG_HEAD.matcher(lines.get(i)).find()) {
            type = split[0];
            title.add(split[1]);
            for (int j = i + 1; j < bodyStart; j++) {
              if (!lines.get(j).isEmpty() && !skip.contains(j)) {
                title.add(lines.get(j));
              }
            }
          }
        }
      }
      if (title.isEmpty()) {
        title = TitleSpan.subjectLine(lines, bodyStart, skip);
      }
      if (titleInNumberLine != null) {
        title = List.of(titleInNumberLine);
      }
    }

    Header header() {
      List<String> orgs = orgBefore.isEmpty() ? orgAnywhere.stream().limit(1).toList() : orgBefore;
      return new Header(bodyStart, number, numberLine, date, dateSource, place, type, orgs, title, lines);
    }
  }

  static LocalDate date(String d, String m, String y) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
      return date.getYear() >= 1900 && date.getYear() <= 2100 ? date : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  // patterns compiled once (they were compiled on every call)
  private static final java.util.regex.Pattern OF_BODY_BEFORE_SUBJECT = java.util.regex.Pattern.compile("(?u)^CỦA\\s.*?\\s(?=VỀ\\s)");

  static int previousNonEmpty(List<String> lines, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (!lines.get(k).isEmpty()) {
        return k;
      }
    }
    return -1;
  }
}
