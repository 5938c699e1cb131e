package io.vankien.meta.eval.convert;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The shapes of the lines of an office document's plain text, as a typist lays them out: the mottos, the
 * place-date line, the number line, a type line, a signature's authority and name. These are this
 * package's own rules, independent of the extractor's readers, so that the Word files made from the judged
 * documents are not shaped by the code they test.
 */
final class LineShapes {
  private LineShapes() {}

  /** Document types whose upper-case line opens the title block ("NGHỊ QUYẾT", "CHƯƠNG TRÌNH HÀNH ĐỘNG"). */
  static final List<String> TYPE_WORDS = List.of(
      "NGHỊ QUYẾT", "QUYẾT ĐỊNH", "CHỈ THỊ", "KẾT LUẬN", "THÔNG BÁO", "BÁO CÁO", "KẾ HOẠCH", "CHƯƠNG TRÌNH",
      "HƯỚNG DẪN", "QUY ĐỊNH", "QUY CHẾ", "TỜ TRÌNH", "ĐỀ ÁN", "THÔNG TRI", "CÔNG ĐIỆN", "CÔNG VĂN",
      "LUẬT", "BỘ LUẬT", "PHÁP LỆNH", "NGHỊ ĐỊNH", "THÔNG TƯ", "HIẾN PHÁP", "LỜI KÊU GỌI", "ĐIỀU LỆ",
      "DIỄN VĂN", "NỘI QUY", "PHƯƠNG ÁN", "DỰ ÁN", "BIÊN BẢN");

  /** Openings of a paragraph that is body text, never a title line. */
  static final List<String> BODY_OPENINGS = List.of(
      "Căn cứ", "Kính gửi", "Xét đề nghị", "Theo đề nghị", "Ngày ", "Tại ", "Hội nghị lần",
      "Sau khi", "- Căn cứ");

  /** Openings of body text that a title's first subject line may still have ("Thực hiện Nghị quyết ..."). */
  static final List<String> LATER_BODY_OPENINGS = List.of("Thực hiện");

  static final Pattern PARTY_MOTTO = Pattern.compile("^ĐẢNG CỘNG SẢN VIỆT NAM");
  static final Pattern STATE_MOTTO = Pattern.compile("^CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  static final Pattern MOTTO_SUBLINE = Pattern.compile("^Độc lập\\s*[-–]\\s*Tự do\\s*[-–]\\s*Hạnh phúc$");
  /** "Phủ Lý, ngày 15 tháng 3 năm 2019", "Nam Định, ngày 18/3/2024", "Hà Nội, ngày ... tháng ... năm 2025". */
  static final Pattern PLACE_DATE =
      Pattern.compile("^[\\p{Lu}][^,]{1,45},\\s*ngày\\s*(?:\\d{1,2}|[.…]+)?(?:\\s+tháng\\s|/)");
  /** "Số 12-NQ/TU", "Số: 2468/QĐ-UBND", "Luật số: 103/2016/QH13". */
  static final Pattern NUMBER_LINE = Pattern.compile("^(?:\\p{L}+\\s+){0,2}[Ss]ố\\s*:?\\s*[\\d.…-]");
  static final Pattern SUBJECT_LINE = Pattern.compile("^V/v\\b");
  static final Pattern STAR = Pattern.compile("^\\\\?\\*+$");
  static final Pattern RULE = Pattern.compile("^[-–—_]{3,}$");
  /** A rule typed under a title or a header cell ("-----", "\\-\\-\\-\\--", "_____"), markup escapes allowed. */
  static final Pattern RULE_IN_TEXT = Pattern.compile("(?m)^[ \\t]*+(?:\\\\?[-_=~–—]){3,}+[ \\t]*+$");
  /** A rule glued to the line after it. */
  static final Pattern RULE_THEN_TEXT = Pattern.compile("^([-–—_]{3,})\\s+(\\S.*)$");
  /** Stars glued between header lines whose breaks were lost ("THỊ ỦY LONG MỸ*Số 86-BC/TU"). */
  static final Pattern GLUED_STARS = Pattern.compile("\\s*+\\\\?\\*++\\s*+");
  /** The signing authority's openings: "T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH". */
  static final Pattern AUTHORITY = Pattern.compile("^(?:T/M|TM\\.|K/T|KT\\.|T/L|TL\\.|TUQ\\.|Q\\.)\\s*\\p{L}",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** "(Đã ký)", "Đã ký", "(đã ký và đóng dấu)". */
  static final Pattern STAMP = Pattern.compile("^\\(?\\s*(?:đã\\s+)?ký(?:\\s+[^)]{0,30})?\\)?$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A person's name: two to six capitalised words ("Lương Văn Khiêm", "Nguyễn Thị Kim Ngân"). */
  static final Pattern NAME = Pattern.compile("^\\p{Lu}\\p{Ll}*+(?:\\s\\p{Lu}\\p{Ll}*+){1,5}$");
  static final Pattern RECIPIENTS = Pattern.compile("^Nơi nhận\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  static final Pattern ITEM = Pattern.compile("^[-–+•]\\s*\\S");

  static boolean upperCase(String line) {
    int letters = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.isLowerCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  static boolean typeLine(String line) {
    if (!upperCase(line) || line.length() > 80) {
      return false;
    }
    String upper = line.toUpperCase(Locale.ROOT);
    return TYPE_WORDS.stream().anyMatch(w -> upper.equals(w) || upper.startsWith(w + " "));
  }

  static boolean motto(String line) {
    return PARTY_MOTTO.matcher(line).find() || STATE_MOTTO.matcher(line).find()
        || MOTTO_SUBLINE.matcher(line).find();
  }

  /** A line that opens body text when it is not the title's first subject line. */
  static boolean laterBodyOpening(String line) {
    return LATER_BODY_OPENINGS.stream().anyMatch(line::startsWith);
  }

  static boolean placeDate(String line) {
    return PLACE_DATE.matcher(line).find() && line.length() < 80;
  }

  static boolean numberLine(String line) {
    return NUMBER_LINE.matcher(line).find() && line.length() < 60;
  }

  /** A line that opens or is body text: a recital or address opening, or a sentence ended by "." or ":". */
  static boolean bodyOpening(String line) {
    return BODY_OPENINGS.stream().anyMatch(line::startsWith) || line.endsWith(".") || line.endsWith(":");
  }

  /** An authority or role line of a signature block: short, upper case or opening like "T/M", "KT.". */
  static boolean authority(String line) {
    return line.length() <= 80 && (upperCase(line) || AUTHORITY.matcher(line).find())
        && !motto(line) && !STAR.matcher(line).matches() && !RULE.matcher(line).matches();
  }

  static boolean stamp(String line) {
    return STAMP.matcher(line).matches();
  }

  static boolean name(String line) {
    return line.length() <= 40 && NAME.matcher(line).matches();
  }
}
