package io.vankien.meta;

import io.vankien.text.VietnameseText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Display case for text written in capitals in a header ("TỈNH ỦY HƯNG YÊN" gives "Tỉnh ủy Hưng Yên",
 * "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH" gives "Hội nghị Ban Chấp hành Đảng bộ tỉnh"): lower case, the
 * first letter up, the names of bodies and provinces as they are written in running text, Roman
 * numerals kept, tone marks in the modern placement ("HOÀ" gives "hòa").
 */
public final class VietnameseCase {
  private VietnameseCase() {}

  private static final Pattern ROMAN = Pattern.compile("^[IVXLC]+$");

  /** Lower-case phrase -> display form; longer phrases are applied first. */
  private static final Map<String, String> PROPER = new LinkedHashMap<>();

  static {
    String[] phrases = {
      "Đảng ủy Quân sự", "Đảng ủy Công an", "Đảng ủy Biên phòng", "Bộ Chỉ huy Quân sự", "Bộ đội Biên phòng",
      "Công an", "cơ quan Đảng", "Đảng đoàn", "Ban cán sự đảng", "Liên đoàn Lao động", "Hội Nông dân",
      "Hội Cựu chiến binh", "Hội Liên hiệp Phụ nữ", "Ủy ban Thường vụ Quốc hội", "Ban Chấp hành Trung ương", "Ban Chấp hành", "Ban Thường vụ",
      "Đảng Cộng sản Việt Nam", "Bộ Chính trị", "Ban Bí thư", "Tổng Bí thư", "Phó Bí thư", "Bí thư",
      "Ủy ban nhân dân", "Hội đồng nhân dân", "Ủy ban Kiểm tra", "Ban Tuyên giáo", "Ban Tổ chức",
      "Ban Dân vận", "Ban Nội chính", "Ban Kinh tế", "Văn phòng", "Mặt trận Tổ quốc", "Đảng bộ", "Đảng ủy",
      "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Chi bộ", "Trung ương", "Quốc hội",
      "Chính phủ", "Thủ tướng", "Chủ tịch", "Việt Nam Dân chủ Cộng hòa", "Cộng hòa xã hội chủ nghĩa Việt Nam",
      "Việt Nam", "Nhà nước", "Đại hội",
    };
    for (String p : phrases) {
      PROPER.put(tones(p.toLowerCase(Locale.ROOT)), p);
    }
  }


  /**
   * The fields of provincial departments and ministries as their names are written, each part of the
   * field capitalised ("Sở Nông nghiệp và Phát triển nông thôn", "Sở Lao động - Thương binh và Xã hội");
   * applied only after a department's head word, so that a title's "phát triển nông thôn" stays as it is.
   */
  private static final List<String> DEPARTMENT_FIELDS = List.of(
      "Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và Môi trường", "Tài nguyên và Môi trường",
      "Kế hoạch và Đầu tư", "Lao động - Thương binh và Xã hội", "Văn hóa, Thể thao và Du lịch",
      "Văn hóa và Thể thao", "Giáo dục và Đào tạo", "Khoa học và Công nghệ", "Thông tin và Truyền thông",
      "Dân tộc và Tôn giáo", "Công Thương", "Tuyên giáo và Dân vận");

  /** The field of a department, as written, at the start of the name after its head word ("Sở", "Ban"). */
  static String fieldOfDepartment(String afterHead) {
    String lower = tones(afterHead.toLowerCase(Locale.ROOT));
    for (String field : DEPARTMENT_FIELDS) {
      Matcher m = words(tones(field.toLowerCase(Locale.ROOT))).matcher(lower);
      if (m.lookingAt()) {
        return field + afterHead.substring(m.end());
      }
    }
    return afterHead;
  }

  /** True when the text has letters and all of them are capitals. */
  public static boolean isCapitals(String s) {
    boolean any = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        any = true;
        if (Character.isLowerCase(c)) {
          return false;
        }
      }
    }
    return any;
  }

  /** Display form of a phrase in capitals, first letter up; text not in capitals is returned as is. */
  public static String restore(String capitals) {
    if (capitals == null || !isCapitals(capitals)) {
      return capitals;
    }
    String lower = lowerKeepingNumerals(capitals);
    String fixed = properNames(lower);
    return upperFirst(fixed);
  }

  /** Like {@link #restore} but the first letter stays lower case unless it begins a proper name. */
  public static String restoreContinuation(String capitals) {
    if (capitals == null || !isCapitals(capitals)) {
      return capitals;
    }
    return properNames(lowerKeepingNumerals(capitals));
  }

  /** "ĐỖ TIẾN SỸ" or "đỗ tiến sỹ" to "Đỗ Tiến Sỹ"; "ĐIỂU K'RÉ" to "Điểu K'Ré". */
  public static String titleCase(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.strip().split("\\s+")) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      String l = upperFirst(w.toLowerCase(Locale.ROOT));
      if (l.length() > 2 && (l.charAt(1) == '\'' || l.charAt(1) == '’')) { // "K'RÉ" gives "K'Ré"
        l = l.substring(0, 2) + upperFirst(l.substring(2));
      }
      sb.append(l);
    }
    return sb.toString();
  }

  static String upperFirst(String s) {
    if (s == null || s.isEmpty()) {
      return s;
    }
    int cp = s.codePointAt(0);
    return new String(Character.toChars(Character.toUpperCase(cp))) + s.substring(Character.charCount(cp));
  }

  private static String lowerKeepingNumerals(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.split(" ", -1)) {
      String bare = NON_LETTER.matcher(w).replaceAll("");
      boolean keep = (ROMAN.matcher(bare).matches() && !bare.isEmpty()) || HAS_DIGIT.matcher(w).matches();
      out.add(keep ? w : w.toLowerCase(Locale.ROOT));
    }
    return tones(String.join(" ", out));
  }

  private static String properNames(String lower) {
    String t = lower;
    for (Map.Entry<Pattern, String> e : ProperNames.REPLACEMENTS.entrySet()) {
      if (t.contains(ProperNames.FIRST_PART.get(e.getKey()))) { // else the phrase is not there
        t = e.getKey().matcher(t).replaceAll(e.getValue());
      }
    }
    return t;
  }

  /** Bodies, then provinces: each lower-case phrase as a whole-word pattern, with its display form. */
  private static final class ProperNames {
    static final Map<Pattern, String> REPLACEMENTS = new LinkedHashMap<>();
    /** The text before the first dash of each pattern's phrase: every match of the pattern holds it. */
    static final Map<Pattern, String> FIRST_PART = new java.util.HashMap<>();

    static {
      PROPER.forEach((lower, display) -> put(lower, display));
      for (String province : Provinces.load().oldNames()) {
        put(tones(province.toLowerCase(Locale.ROOT)), province);
      }
    }

    private static void put(String lower, String display) {
      Pattern p = words(lower);
      REPLACEMENTS.put(p, Matcher.quoteReplacement(display));
      FIRST_PART.put(p, phraseParts(lower)[0]);
    }
  }

  /** A hyphen in a name ("Bà Rịa - Vũng Tàu") matches any dash a document types there, spaced or not. */
  private static final String ANY_DASH = "\\s*[-\u2010-\u2015\u2212]\\s*";

  /** The parts of a phrase between its dashes, each matched literally by {@link #words}. */
  private static String[] phraseParts(String lowerPhrase) {
    return lowerPhrase.split("\\s*-\\s*", -1);
  }

  private static Pattern words(String lowerPhrase) {
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{M}])");
    String[] parts = phraseParts(lowerPhrase);
    for (int i = 0; i < parts.length; i++) {
      regex.append(i == 0 ? "" : ANY_DASH).append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(regex.append("(?![\\p{L}\\p{M}])").toString());
  }

  /**
   * The canonical tone placement of every word ("hoà" to "hòa", "Tỉnh uỷ" to "Tỉnh ủy", "khoá" to "khóa"):
   * the analysis chain's rule ({@link VietnameseText#normalize}), so that metadata and search agree.
   */
  public static String tones(String s) {
    return VietnameseText.normalize(s);
  }

  // patterns compiled once (they were compiled on every call)
  private static final java.util.regex.Pattern NON_LETTER = java.util.regex.Pattern.compile("[^\\p{L}]");
  private static final java.util.regex.Pattern HAS_DIGIT = java.util.regex.Pattern.compile(".*\\d.*");
}
