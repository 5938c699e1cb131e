package io.vankien.meta;

import static io.vankien.meta.HeaderReader.BODY_SENTENCE;
import static io.vankien.meta.HeaderReader.DATE_ONLY;
import static io.vankien.meta.HeaderReader.MOTTO;
import static io.vankien.meta.HeaderReader.PLACE_DATE;
import static io.vankien.meta.HeaderReader.RECITAL;
import static io.vankien.meta.HeaderReader.previousNonEmpty;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a header's title (trích yếu) runs and where the body begins: the subject under the type line, in
 * capitals or not, typed over several lines or paragraphs (a converter may put blank lines between them), a
 * letter's "V/v ..." subject, and the first line of body (a recital, "Điều 1", a paragraph of prose).
 * {@link HeaderReader} finds the lines; {@link TitleReader} makes the title of them.
 */
final class TitleSpan {
  private TitleSpan() {}

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
  /** The subject under headings in capitals: it begins with "về" or in lower case. */
  private static final Pattern SUBJECT_BELOW_HEADING = Pattern.compile("(?u)^(?:[Vv]ề\\s|\\p{Ll})");
  /** The longest subject (trích yếu) a document has; a longer paragraph under the type line is its body. */
  private static final int MAX_SUBJECT_LENGTH = 400;
  /** A subject line that begins like a body paragraph; a sentence (ending ".", ":" or ";") is body. */
  private static final Pattern SUBJECT_UNDER_TYPE = Pattern.compile("(?u)^(Thực hiện|Tại)\\s.{10,150}[^.:;]$");

  /**
   * Where the body begins: a body opening ("Căn cứ", "Điều 1", "Ngày 12/5/2021, ..."), the first line of
   * prose under the subject, or a paragraph of prose (100 characters or more, its lines joined when a
   * PDF broke them at the margin). The subject under the type line, in capitals or not, is never body.
   */
  static int bodyStart(List<String> lines, int limit) {
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
}
