package io.vankien.meta;

import io.vankien.text.VietnameseLetters;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Vietnamese personal names as they stand in a signature block: recognising a name line and writing it
 * in display form. A name is 2 to 6 capitalised words of letters (a capital and an apostrophe may begin
 * one: "Điểu K'Ré"). One conversion error is repaired: a
 * surname written with "Đ" where the only surname is with "D" ("Đương Văn Thái" gives "Dương Văn Thái";
 * legacy-font conversion confuses the two letters), and the reverse.
 */
public final class PersonNames {
  private PersonNames() {}

  /** Common Vietnamese surnames (họ). */
  static final Set<String> SURNAMES = Set.of(
      "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
      "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Vương", "Trịnh", "Trương", "Đinh", "Lâm", "Phùng", "Mai", "Tô",
      "Tạ", "Hà", "Lương", "Lưu", "Chu", "Cao", "Quách", "Thái", "Văn", "Đàm", "Lại", "Kiều", "Tăng",
      "Triệu", "Nông", "Lò", "Lầu", "Hứa", "Châu", "Giang", "Khổng", "Tống", "Mạc", "La", "Thân", "Từ",
      "Doãn", "Diệp", "Đồng", "Đường", "Vi", "Ông", "Âu", "Nghiêm", "Ninh", "Bế", "Hầu",
      "Khuất", "Lục", "Mẫn", "Ma", "Sầm", "Tôn", "Ung", "Thạch", "Quan", "Lăng", "Cù", "Kim", "Thiều",
      "Nhữ", "Đậu", "Lã", "Phó", "Đông", "Y", "Chế", "Bạch", "Mã", "Danh", "Sơn", "Phí", "Khúc", "Biện",
      // of the northern uplands and the Central Highlands
      "Giàng", "Sùng", "Thào", "Mùa", "Vàng", "Tòng", "Quàng", "Cầm", "Lường", "Điểu", "Ksor", "Siu", "Rơ", "Nay",
      "Rah", "Kpă", "H", "Liêng", "Ka");

  /** A capitalised word; names of the Central Highlands join a capital with an apostrophe ("K'Ré", "H’Hen"). */
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}(?:['’]\\p{Lu})?(\\p{Ll}*|\\p{Lu}*)");
  private static final Set<String> NOT_NAMES = Set.of(
      "Đã", "Nơi", "Lưu", "Kính", "Ký", "Số", "Ngày", "Tỉnh", "Thành", "Huyện", "Ban", "Văn", "Ủy", "Hội",
      "Sở", "Bộ", "Đảng", "Quốc", "Chính", "Chủ", "Phó", "Bí", "Trưởng", "Giám");

  /** An academic or military title before a signer's name: "TS. ", "PGS.TS. ", "Thiếu tướng ". */
  private static final Pattern TITLE_BEFORE_NAME = Pattern.compile(
      "(?u)^(?:(?:(?:GS|PGS|TSKH|TS|ThS|BS|KS|NGƯT|NGND)\\.\\s*)+|(?:Đại|Thượng|Trung|Thiếu) (?:tướng|tá|TƯỚNG|TÁ)\\s+"
          + "|(?:ĐẠI|THƯỢNG|TRUNG|THIẾU) (?:TƯỚNG|TÁ)\\s+|(?:Bác sĩ|Luật sư|Tiến sĩ|Thạc sĩ|Giáo sư|Phó Giáo sư)\\s+)");

  /** The line without an academic or military title before the name. */
  static String withoutTitle(String line) {
    return TITLE_BEFORE_NAME.matcher(line.strip()).replaceFirst("");
  }

  /** True when the name begins with a known surname: a name standing alone, with no block around it. */
  static boolean hasKnownSurname(String name) {
    int sp = name.indexOf(' ');
    return sp > 0 && SURNAMES.contains(VietnameseCase.titleCase(name.substring(0, sp)));
  }

  /** True when the line looks like a person's name (2-6 capitalised words of letters, at most 40 chars). */
  public static boolean isName(String line) {
    if (line == null) {
      return false;
    }
    String l = withoutTitle(line);
    if (l.length() < 4 || l.length() > 40) {
      return false;
    }
    String[] words = l.split(" ");
    if (words.length < 2 || words.length > 6) {
      return false;
    }
    for (String w : words) {
      if (!NAME_WORD.matcher(w).matches() || !hasVowel(w)) {
        return false; // a syllable has a vowel: "BCSĐ UBND" is no name
      }
    }
    String first = VietnameseCase.titleCase(words[0]);
    return !(NOT_NAMES.contains(first) && !SURNAMES.contains(first)) && !first.equals("Đã");
  }

  /** Display form: title case, without a title before the name, the Đ/D surname repair applied. */
  public static String display(String line) {
    String name = VietnameseCase.titleCase(withoutTitle(line));
    int sp = name.indexOf(' ');
    String surname = name.substring(0, sp);
    if (!SURNAMES.contains(surname)) {
      String swapped = surname.startsWith("Đ") ? "D" + surname.substring(1)
          : surname.startsWith("D") ? "Đ" + surname.substring(1) : surname;
      if (SURNAMES.contains(swapped)) {
        return swapped + name.substring(sp);
      }
    }
    return name;
  }

  private static boolean hasVowel(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (VietnameseLetters.isVowel(Character.toLowerCase(word.charAt(i)))) {
        return true;
      }
    }
    return false;
  }

}
