package io.vankien.meta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads the header of a cleaned document, Party layout (Hướng dẫn 36-HD/VPTW) or state layout (Nghị định
 * 30/2020/NĐ-CP): issuing-body lines, the number line ("Số 01-NQ/TU", "Luật số: 45/2013/QH13"), the
 * place-date line ("Hưng Yên, ngày 26 tháng 11 năm 2020"), the type line ("NGHỊ QUYẾT") and the title
 * lines under it, and where the body begins. A copy without a header yields only a type and title.
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

  private static final int MAX_HEADER_LINES = 40;
  static final String DATE_WORDS =
      "(\\d{1,2})\\s*(?:tháng|/|-|\\.)\\s*(\\d{1,2})\\s*(?:năm|/|-|\\.)\\s*(\\d{4})";
  private static final Pattern PLACE_DATE = Pattern.compile(
      "(?iu)^(?:(TP\\.?\\s*)?([\\p{Lu}][\\p{L}\\p{M} .\\-–]{1,40}?))?\\s*,\\s*ngày\\s*" + DATE_WORDS);
  /** A date line without its place, as a copy that dropped the place name has it: "ngày 20 tháng 9 năm 2025". */
  private static final Pattern DATE_ONLY = Pattern.compile("(?iu)^ngày\\s*" + DATE_WORDS + "\\s*$");
  private static final Pattern DATE_AFTER_NUMBER = Pattern.compile("(?iu)^\\s*+,?\\s*+ngày\\s*" + DATE_WORDS);
  private static final Pattern MOTTO = Pattern.compile(
      "(?iu)^(đảng cộng sản việt nam|cộng h[oò][àa] xã hội chủ nghĩa việt nam|độc lập\\s*[-–]\\s*tự do.*)$");
  private static final Pattern ORG_HEAD = Pattern.compile("(?u)^(TỈNH [ỦU][YỶ]|THÀNH [ỦU][YỶ]|HUYỆN [ỦU][YỶ]|QUẬN [ỦU][YỶ]"
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
  private static final Pattern BODY_START = Pattern.compile(
      "(?u)^(Căn cứ|Điều\\s+\\d|Chương\\s+[IVXLC\\d]|CHƯƠNG\\s(?!TRÌNH)|Phần thứ|PHẦN THỨ|Ngày\\s+\\d|Tại\\s|Thực hiện\\s"
          + "|LỜI NÓI ĐẦU|Lời nói đầu|Kính gửi|\\d{1,2}\\s*[.)\\-]\\s|[IVX]{1,4}\\s*[.)\\-]\\s|[a-zđ]\\)\\s)");

  /**
   * A line in capitals between the type line and the subject that is not the subject: the body or the
   * meeting that issues it ("CỦA BAN THƯỜNG VỤ TỈNH ỦY", "KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY" under
   * "THÔNG BÁO", "HỘI NGHỊ LẦN THỨ 2 BAN CHẤP HÀNH ...", "KHÓA XI, KỲ HỌP THỨ 9").
   */
  private static final Pattern HEADING_OVER_SUBJECT = Pattern.compile(
      "(?u)^(?:CỦA|HỘI NGHỊ|KỲ HỌP|KH[ÓO]A|KHOÁ|QUỐC HỘI|BAN CHẤP HÀNH|BAN THƯỜNG VỤ|[ỦU][YỶ] BAN|HỘI ĐỒNG|CHỦ TỊCH"
          + "|BỘ CHÍNH TRỊ|BAN BÍ THƯ|THƯỜNG TRỰC|TỈNH [ỦU][YỶ]|THÀNH [ỦU][YỶ]|HUYỆN [ỦU][YỶ]|ĐẢNG [ỦU][YỶ]|ĐẠI HỘI"
          + "|(?:KẾT LUẬN|Ý KIẾN CHỈ ĐẠO|THÔNG BÁO|NGHỊ QUYẾT|CHỈ THỊ|BÁO CÁO) CỦA)(?![\\p{L}])");

  /**
   * A body's name a header cell broke before its last words, where those words alone name another body:
   * "ỦY BAN THƯỜNG VỤ" / "QUỐC HỘI" is the Standing Committee, not the National Assembly; "BAN CHẤP HÀNH" /
   * "TRUNG ƯƠNG ĐẢNG" the Central Committee.
   */
  private static final Pattern SPLIT_NAME_HEAD = Pattern.compile("(?u)^(?:[ỦU][YỶ] BAN THƯỜNG VỤ|BAN CHẤP HÀNH)$");
  private static final Pattern SPLIT_NAME_TAIL = Pattern.compile("(?u)^(?:QUỐC HỘI|TRUNG ƯƠNG)(?![\\p{L}])");

  /** The subject under headings in capitals: it begins with "về" or in lower case. */
  private static final Pattern SUBJECT_BELOW_HEADING = Pattern.compile("(?u)^(?:[Vv]ề\\s|\\p{Ll})");

  /** The longest subject (trích yếu) a document has; a longer paragraph under the type line is its body. */
  private static final int MAX_SUBJECT_LENGTH = 400;

  /** A sentence or the lead-in to a list: a subject line does not end so (it may end ";" before its next part). */
  private static final Pattern BODY_SENTENCE = Pattern.compile("[.:]$");

  /** A subject line that begins like a body paragraph; a sentence (ending ".", ":" or ";") is body. */
  private static final Pattern SUBJECT_UNDER_TYPE = Pattern.compile("(?u)^(Thực hiện|Tại)\\s.{10,150}[^.:;]$");

  static Header read(List<String> original) {
    Scan scan = new Scan(splitMerged(original));
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
      this.bodyStart = bodyStart(lines, Math.min(lines.size(), MAX_HEADER_LINES));
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
              && !ordinalGoesOn(title.get(title.size() - 1), l)) {
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
        title = subjectLine(lines, bodyStart, skip);
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

  /**
   * Where the body begins: a body opening ("Căn cứ", "Điều 1", "Ngày 12/5/2021, ..."), the first line of
   * prose under the subject, or a paragraph of prose (100 characters or more, its lines joined when a
   * PDF broke them at the margin). The subject under the type line, in capitals or not, is never body.
   */
  private static int bodyStart(List<String> lines, int limit) {
    int bodyStart = limit;
    boolean subjectPending = false; // a type line was seen, its subject not yet
    boolean subjectRead = false;
    for (int i = 0; i < limit; i++) {
      String l = lines.get(i);
      if (l.isEmpty()) {
        continue;
      }
      int above = previousNonEmpty(lines, i); // a blank line between them in Markdown or HTML
      if (above >= 0 && DocumentTypes.ofTypeLine(lines.get(above)) != null && SUBJECT_UNDER_TYPE.matcher(l).matches()) {
        // "KẾ HOẠCH" / "Thực hiện Nghị quyết số 12-NQ/TU ...": the line right under the type line is its title
        subjectPending = false;
        subjectRead = true;
        i = subjectEnd(lines, i) - 1;
        continue;
      }
      if (DATE_ONLY.matcher(l).matches()) {
        continue; // "Ngày 20 tháng 9 năm 2025" alone is the header's date line, not a body opening
      }
      if (BODY_START.matcher(l).find() || RECITAL.matcher(l).find()) {
        bodyStart = i;
        break;
      }
      if (DocumentTypes.ofTypeLine(l) != null) {
        subjectPending = true;
        continue;
      }
      if (VietnameseCase.isCapitals(l) && subjectPending && !HEADING_OVER_SUBJECT.matcher(l).find() && !l.endsWith(":")) {
        int last = i; // a subject in capitals ("TIÊU CHUẨN VÀ QUY CHUẨN KỸ THUẬT"), maybe on several lines
        while (last + 1 < limit && VietnameseCase.isCapitals(lines.get(last + 1)) && !lines.get(last + 1).endsWith(":")) {
          last++;
        }
        int next = last + 1;
        while (next < limit && lines.get(next).isEmpty()) {
          next++;
        }
        if (next >= limit || !SUBJECT_BELOW_HEADING.matcher(lines.get(next)).find()) {
          subjectPending = false;
          subjectRead = true;
          i = last;
          continue;
        } // else a heading broken over lines ("HỘI NGHỊ" / "LẦN THỨ 2 BAN CHẤP HÀNH ..."), the subject below it
      }
      if (VietnameseCase.isCapitals(l) || (l.startsWith("(") && l.endsWith(")"))) {
        continue;
      }
      if (subjectRead) {
        bodyStart = i; // the first line of prose under the subject
        break;
      }
      if (subjectPending || SUBJECT_LINE.matcher(l).find()) {
        int end = subjectEnd(lines, i);
        if (String.join(" ", lines.subList(i, end)).length() <= MAX_SUBJECT_LENGTH) {
          subjectRead = subjectPending; // a letter's "V/v" subject sits in the header, above the place-date line
          subjectPending = false;
          i = end - 1;
          continue;
        }
      }
      // a paragraph of prose is body; its lines may be broken at a PDF's margin, so measure the paragraph
      if (String.join(" ", lines.subList(i, WrappedLines.paragraphEnd(lines, i))).length() >= 100) {
        bodyStart = i;
        break;
      }
    }
    return bodyStart;
  }

  /** A subject line that cannot end here: it ends with a comma or a word that needs what follows. */
  private static final Pattern SUBJECT_GOES_ON = Pattern.compile(
      "(?iu)(?:[,;–-]|(?<![\\p{L}])(?:của|về|và|tỉnh|huyện|thành phố|thị xã|quận|xã|phường|số|ngày|đến|tại|trong|cho|với|"
          + "theo|trên|địa bàn|giai đoạn|năm|ban chấp hành|ban thường vụ|lần thứ))$"); // "... của Ban Chấp hành" / "Trung ương Đảng"

  /** Shorter than a paragraph of prose ({@link #bodyStart} takes 100 characters or more for body). */
  private static final int SHORT_PARAGRAPH = 100;

  /** A subject's lines are centred and short; the body's first line runs to the margin. */
  private static final int SHORT_SUBJECT_LINE = 70;

  /**
   * The index after the subject (trích yếu) that starts at {@code start}: its lines go on while the next
   * one begins in lower case, is a short phrase ("Đảng bộ tỉnh Ninh Bình lần thứ XXII, nhiệm kỳ
   * 2020-2025"), or this one cannot end ("... đảo tỉnh" / "Quảng Ngãi giai đoạn ...").
   */
  static int subjectEnd(List<String> lines, int start) {
    int end = subjectEndBeforeBlank(lines, start);
    int next = acrossBlank(lines, end);
    return next < 0 ? end : subjectEnd(lines, next);
  }

  /**
   * The line a subject goes on at after the blank line at {@code end}, or -1: its last line cannot end
   * ("... và những năm") and the next line is a short phrase, not a sentence nor a body opening ("2025"),
   * as a converter writes a line break inside the subject's paragraph as a paragraph of its own.
   */
  private static int acrossBlank(List<String> lines, int end) {
    if (end <= 0 || end + 1 >= lines.size() || !lines.get(end).isEmpty()) {
      return -1;
    }
    int next = end + 1;
    String last = lines.get(end - 1);
    String l = lines.get(next);
    if (l.isEmpty() || BODY_SENTENCE.matcher(last).find()) {
      return -1;
    }
    // the paragraph after the blank: at most 3 lines (a long subject line Markdown wrapped), short, no sentence
    int paragraphEnd = next;
    int length = 0;
    while (paragraphEnd < lines.size() && !lines.get(paragraphEnd).isEmpty()) {
      String p = lines.get(paragraphEnd);
      if (paragraphEnd - next >= 3 || BODY_START.matcher(p).find() || RECITAL.matcher(p).find()
          || DocumentTypes.ofTypeLine(p) != null || p.startsWith("(") || PLACE_DATE.matcher(p).find()) {
        return -1;
      }
      length += p.length() + 1;
      paragraphEnd++;
    }
    if (length > MAX_SUBJECT_LENGTH / 2 || BODY_SENTENCE.matcher(lines.get(paragraphEnd - 1)).find()) {
      return -1;
    }
    boolean lower = Character.isLowerCase(l.codePointAt(0)) || Character.isDigit(l.codePointAt(0));
    if (lower) {
      return next; // "... và những năm" / "2025", "... du lịch văn hoá" / "và chăm sóc sức khoẻ ..."
    }
    if (length < SHORT_PARAGRAPH && SUBJECT_GOES_ON.matcher(last).find() && !last.endsWith("năm")) {
      // a line that cannot end, then a short paragraph beginning with a capital: "... ngày 03/6/2013 của" /
      // "Ban Chấp hành" / "" / "Trung ương Đảng (khóa XI) về ...", "... dân tộc tỉnh" / "" / "Yên Bái giai đoạn ...";
      // not after "năm", which ends a subject as often ("... 6 tháng đầu năm") and goes on with a digit
      return next;
    }
    // a subject typed one paragraph a line, a paragraph of one line after a paragraph of one line, in capitals
    // after capitals or in sentence case after sentence case ("... Đại hội đại biểu" / "Đảng bộ tỉnh ...")
    boolean onePerParagraph = (end < 2 || lines.get(end - 2).isEmpty()) && paragraphEnd == next + 1
        && l.length() < SHORT_SUBJECT_LINE;
    boolean capitals = VietnameseCase.isCapitals(l) && VietnameseCase.isCapitals(last);
    boolean sentenceCase = !VietnameseCase.isCapitals(l) && !VietnameseCase.isCapitals(last);
    return onePerParagraph && (capitals || sentenceCase) ? next : -1;
  }

  private static final Pattern ORDINAL_CUT = Pattern.compile("(?iu)(?<![\\p{L}])lần thứ$");
  private static final Pattern ROMAN_ORDINAL = Pattern.compile("^[IVXLC]+(?![\\p{L}])");

  /**
   * "... Đảng bộ phường Bắc Giang lần thứ" / "I, nhiệm kỳ 2025 - 2030": an ordinal a wrap left alone at the
   * start of the next line, in capitals as a Roman numeral is, goes on the subject.
   */
  static boolean ordinalGoesOn(String line, String next) {
    return ORDINAL_CUT.matcher(line).find() && ROMAN_ORDINAL.matcher(next).find();
  }

  private static int subjectEndBeforeBlank(List<String> lines, int start) {
    int block = blockSubjectEnd(lines, start);
    if (block > 0) {
      return block;
    }
    int end = start + 1;
    while (end < lines.size()) {
      String next = lines.get(end);
      if (next.isEmpty() || (VietnameseCase.isCapitals(next) && !ordinalGoesOn(lines.get(end - 1), next))
          || BODY_START.matcher(next).find() || RECITAL.matcher(next).find()) {
        break;
      }
      boolean lower = Character.isLowerCase(next.codePointAt(0));
      boolean shortPhrase = next.length() < SHORT_SUBJECT_LINE && !BODY_SENTENCE.matcher(next).find();
      // with the line above it when that is the subject's too: a wrap can split "Ban" / "Chấp hành" (a PDF's line)
      String last = end - 1 > start ? lines.get(end - 2) + " " + lines.get(end - 1) : lines.get(end - 1);
      boolean goesOn = SUBJECT_GOES_ON.matcher(last).find();
      if (!lower && !shortPhrase && !goesOn) {
        break; // a long line, or a sentence, that starts a paragraph of its own: the body
      }
      if (!lower && !goesOn && prose(lines, end)) {
        break; // "Hội nghị lần thứ 2 Ban Chấp hành ... họp ngày 25 tháng" / "11 năm 2020 đã thảo luận ...": a PDF's body
      }
      end++;
    }
    return end;
  }

  /**
   * The paragraph starting at {@code start}, its lines a PDF broke at the margin joined, runs on as prose (200
   * characters or more). A paragraph a PDF wrapped again inside its typed lines ("Hải Phòng là thành phố ven
   * biển, có 18 tuyến đê cấp III trở lên" / "với tổng chiều" / "dài trên 400 km, ...") goes on at every line
   * that begins in lower case, however short the line above.
   */
  private static boolean prose(List<String> lines, int start) {
    int end = WrappedLines.paragraphEnd(lines, start);
    while (end < lines.size() && !lines.get(end).isEmpty() && Character.isLowerCase(lines.get(end).codePointAt(0))) {
      end = Math.max(end + 1, WrappedLines.paragraphEnd(lines, end));
    }
    int length = 0;
    for (int k = start; k < end; k++) {
      length += lines.get(k).length() + 1;
    }
    return length >= 200;
  }

  /**
   * The end of a subject that stands as a block of its own: its lines run without a blank line to a
   * blank line, are short enough together for a subject, and none of them ends a sentence or opens a
   * body ("tổng kết ... của Ban Chấp hành / Trung ương Đảng (khóa XI) về ... / quản lý ..."). Negative
   * when the lines are not such a block (text without blank lines goes line by line).
   */
  private static int blockSubjectEnd(List<String> lines, int start) {
    int length = 0;
    for (int end = start; end < lines.size(); end++) {
      String l = lines.get(end);
      if (l.isEmpty()) {
        return end > start + 1 ? end : -1;
      }
      length += l.length() + 1;
      if (length > MAX_SUBJECT_LENGTH || BODY_SENTENCE.matcher(l).find() || (end > start
          && (VietnameseCase.isCapitals(l) || BODY_START.matcher(l).find() || RECITAL.matcher(l).find()))) {
        return -1;
      }
    }
    return -1;
  }

  /** The subject of a letter with no type line: "V/v tổ chức sinh hoạt chuyên đề ...", "Về việc ...". */
  private static final Pattern SUBJECT_LINE = Pattern.compile("(?u)^(?:V/[vV]|Về việc|VỀ VIỆC)[\\s:.]");

  /**
   * An official letter (Công văn) has no type line: its subject stands under the number, in the left
   * column, as "V/v ..." or "Về việc ...", and may run on to the lines right below it. Those lines, up to
   * the first blank or header line, as written.
   */
  /** True for a letter's subject line: "V/v ...", "Về việc ...". */
  static boolean isLetterSubject(String line) {
    return SUBJECT_LINE.matcher(line).find();
  }

  static List<String> subjectLine(List<String> lines, int bodyStart, List<Integer> skip) {
    List<String> subject = new ArrayList<>();
    for (int i = 0; i < bodyStart; i++) {
      if (!SUBJECT_LINE.matcher(lines.get(i)).find() || skip.contains(i)) {
        continue;
      }
      subject.add(lines.get(i));
      boolean capitals = VietnameseCase.isCapitals(lines.get(i));
      for (int j = i + 1; j < bodyStart; j++) {
        String l = lines.get(j);
        if (l.isEmpty() && j + 1 < bodyStart && !lines.get(j + 1).isEmpty() && !skip.contains(j + 1)
            && Character.isLowerCase(lines.get(j + 1).codePointAt(0)) && !capitals) {
          continue; // the subject typed a paragraph a line in its cell: "V/v ... quản lý," / "" / "bảo vệ rừng ..."
        }
        if (l.isEmpty() || skip.contains(j) || MOTTO.matcher(l).matches() || DocumentTypes.ofTypeLine(l) != null
            || (!capitals && VietnameseCase.isCapitals(l))) {
          break;
        }
        subject.add(l);
      }
      break;
    }
    return subject;
  }

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
  static List<String> splitMerged(List<String> original) {
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
      for (String merged : split(MOTTO_BOUNDARY, l, HeaderReader::mayHaveMotto)
          .flatMap(p -> split(RUN_TOGETHER, p, HeaderReader::mayRunTogether))
          .flatMap(p -> split(TYPE_THEN_SUBJECT, p, HeaderReader::mayBeTypeThenSubject)).toList()) {
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
   * False when no split of {@link #splitMerged} can apply to the line: none of the literals its patterns
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
      String below = i + 1 < lines.size() ? LEFT_MARK.matcher(lines.get(i + 1)).replaceFirst("") : "";
      if (i < MAX_HEADER_LINES && i + 1 < lines.size() && l.indexOf(',') >= 0 && DATE_CUT.matcher(l).find()
          && DATE_REST.matcher(below).find() && PLACE_DATE.matcher(l + " " + below).find()) {
        out.add(l + " " + below); // "Phủ Lý, ngày 20 tháng 6 năm" / "- 2019" (the dash under the body's name beside it)
        i++;
      } else if (i < MAX_HEADER_LINES && l.indexOf(',') >= 0 && DATE_CUT.matcher(l).find() && restBeside(lines, i) > 0) {
        // a PDF's reading order put the left column's next line between: "Phủ Lý, ngày 15 tháng 3 năm" /
        // "Số 12-NQ/TU 2019": the year ends that line
        int k = restBeside(lines, i);
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
  private static final java.util.regex.Pattern HAS_DIGIT = java.util.regex.Pattern.compile("(?s).*\\d.*");

  private static int previousNonEmpty(List<String> lines, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (!lines.get(k).isEmpty()) {
        return k;
      }
    }
    return -1;
  }
}
