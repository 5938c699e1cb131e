package io.vankien.cite;

import io.vankien.meta.DocumentMetadata;
import io.vankien.meta.VietnameseCase;
import io.vankien.text.VietnameseText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The title staff cite a document by, built from its metadata record: "Nghị quyết số 01-NQ/TU ngày
 * 26/11/2020 của Tỉnh ủy Hưng Yên về tình hình thực hiện ...". The one place that builds it: search hits,
 * the document page, exports, suggestions and download names all use it.
 *
 * <p>Each part is left out when the record lacks it: no number ("Kết luận ngày 12/5/2021 của ..."), no date,
 * no issuer, no subject. A subject already starting with "về" gets no second one; a subject naming the type
 * first ("Kế hoạch thực hiện ...") does not repeat it; a law-like type is cited by its name, the subject
 * ("Đất đai" or "LUẬT ĐẤT ĐAI" give "Luật Đất đai số 45/2013/QH13 ..."). A subject that is only a file name
 * ("002_60299214c0c166e3.txt") is no subject. Without a type but with a number, date or issuer the head is
 * "Văn bản"; a record with nothing at all falls back to the file name.
 */
public final class CitationTitle {
  /** Types whose documents are cited by their name ("Luật Đất đai", "Bộ luật Dân sự"), not by subject. */
  private static final Set<String> NAMED_TYPES =
      Set.of("luat", "bo luat", "hien phap", "phap lenh", "dieu le", "sac lenh");
  /** Words that keep their capital at the start of a subject: the Party and the institutions of state. */
  private static final List<String> CAPITALISED =
      List.of("đảng", "quốc hội", "chính phủ", "nhà nước", "mặt trận", "bác hồ");
  /** A generic head for a record with a number, date or issuer but no type. */
  static final String GENERIC_TYPE = "Văn bản";
  private static final Pattern FILE_NAME = Pattern.compile(
      "(?i)[^\\s/\\\\]+\\.(txt|pdf|docx?|odt|rtf|html?|md|xlsx?|pptx?|png|jpe?g|tiff?)|\\d+_[0-9a-f]{8,}");
  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
  private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern ISO_YEAR = Pattern.compile("\\d{4}");
  /** Compiled once: {@link #clean} runs for every hit of every answer. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private CitationTitle() {}

  /** The citation title of a document; its {@code id} when the record and the file name are both empty. */
  public static String of(DocumentMetadata m, String fileName, String id) {
    String t = of(m, fileName);
    return t == null ? id : t;
  }

  /**
   * The citation title of a record; {@code fileName} (may be null) is the document's file name, used to
   * recognise a subject that is only the file name and as the last resort. Null only when the record and
   * the file name are both empty.
   */
  public static String of(DocumentMetadata m, String fileName) {
    String t = ofRecord(m, fileName);
    return t == null ? clean(fileName) : t;
  }

  /**
   * The citation title the record alone gives (the file name only recognised, never used): null for a
   * record with no type, number, date, issuer or subject. Suggestions index this.
   */
  public static String ofRecord(DocumentMetadata m, String fileName) {
    String type = clean(m.type());
    String subject = subject(m.title(), fileName);
    String head = type;
    if (type != null && subject != null && NAMED_TYPES.contains(fold(type))) {
      String name = startsWithWords(subject, type) ? subject.substring(type.length()).strip() : subject;
      head = name.isEmpty() ? type : type + " " + lawName(name); // "Luật Đất đai", "Bộ luật Dân sự"
      subject = null;
    } else if (type != null && subject != null && startsWithWords(subject, type)) {
      String rest = subject.substring(type.length()).strip();
      subject = rest.isEmpty() ? null : rest; // "Kế hoạch thực hiện ..." does not repeat "Kế hoạch"
    }
    String number = number(m.number());
    String date = datePhrase(m.date());
    String issuer = clean(m.issuer());
    if (issuer != null && VietnameseCase.isCapitals(issuer)) {
      issuer = VietnameseCase.restore(issuer);
    }
    if (head == null && (number != null || date != null || issuer != null)) {
      head = GENERIC_TYPE;
    }
    if (head == null) {
      if (subject != null) {
        return startsWithVe(subject) ? GENERIC_TYPE + " " + lowerFirst(subject) : upperFirst(subject);
      }
      return null;
    }
    List<String> parts = new ArrayList<>();
    parts.add(head);
    if (number != null) {
      parts.add("số " + number);
    }
    if (date != null) {
      parts.add(date);
    }
    if (issuer != null) {
      parts.add("của " + issuer);
    }
    if (subject != null) {
      String s = lowerFirst(subject);
      parts.add(startsWithVe(s) ? s : "về " + s);
    }
    return String.join(" ", parts);
  }

  /**
   * The subject line as cited: spaces collapsed, capitals restored to sentence case, trailing punctuation
   * dropped; null when missing or only a file name.
   */
  static String subject(String title, String fileName) {
    String t = clean(title);
    if (t == null || isFileName(t, fileName)) {
      return null;
    }
    if (VietnameseCase.isCapitals(t)) {
      t = VietnameseCase.restoreContinuation(t);
    }
    int end = t.length(); // trailing punctuation dropped by a loop: a regex anchored at $ is quadratic on "....x"
    while (end > 0 && " .;,:".indexOf(t.charAt(end - 1)) >= 0) {
      end--;
    }
    return end == 0 ? null : t.substring(0, end);
  }

  /** Whether {@code title} is the document's file name (with or without extension) or any file-like name. */
  static boolean isFileName(String title, String fileName) {
    if (FILE_NAME.matcher(title).matches()) {
      return true;
    }
    String f = clean(fileName);
    if (f == null) {
      return false;
    }
    int dot = f.lastIndexOf('.');
    return title.equalsIgnoreCase(f) || dot > 0 && title.equalsIgnoreCase(f.substring(0, dot));
  }

  /** "ngày 26/11/2020", "tháng 11/2020", "năm 2020"; null for no date or one not in ISO form. */
  static String datePhrase(String iso) {
    String d = clean(iso);
    if (d == null) {
      return null;
    }
    var day = ISO_DAY.matcher(d);
    if (day.matches()) {
      return "ngày " + Integer.parseInt(day.group(3)) + "/" + Integer.parseInt(day.group(2)) + "/" + day.group(1);
    }
    var month = ISO_MONTH.matcher(d);
    if (month.matches()) {
      return "tháng " + Integer.parseInt(month.group(2)) + "/" + month.group(1);
    }
    return ISO_YEAR.matcher(d).matches() ? "năm " + d : null;
  }

  private static String number(String n) {
    String s = clean(n);
    if (s == null) {
      return null;
    }
    s = s.replaceFirst("(?iu)^số\\s*:?\\s*", "");
    return s.isEmpty() ? null : s;
  }

  /** A law's name after its type: "Đất đai", but "về dầu khí" and "sửa đổi, bổ sung ..." in lower case. */
  private static String lawName(String name) {
    return startsWithVe(name) || fold(name).startsWith("sua doi") ? lowerFirst(name) : upperFirst(name);
  }

  private static boolean startsWithVe(String s) {
    return s.regionMatches(true, 0, "về", 0, 2) && (s.length() == 2 || !Character.isLetterOrDigit(s.charAt(2)));
  }

  /** Whether {@code s} starts with the words of {@code words}, compared without case or diacritics. */
  private static boolean startsWithWords(String s, String words) {
    if (s.length() < words.length()) {
      return false;
    }
    boolean boundary = s.length() == words.length() || !Character.isLetterOrDigit(s.charAt(words.length()));
    return boundary && fold(s.substring(0, words.length())).equals(fold(words));
  }

  private static String fold(String s) {
    return VietnameseText.fold(s);
  }

  /** Spaces collapsed and stripped; null for null or blank. */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = SPACES.matcher(VietnameseText.normalize(s)).replaceAll(" ").strip();
    return t.isEmpty() ? null : t;
  }

  /**
   * The first letter in lower case when it starts a common word ("Về tình hình", "Thực hiện Nghị quyết",
   * "Hội nghị Ban Chấp hành"; "Về" always), kept for the Party and the state's institutions ("Đảng bộ",
   * "Quốc hội"), when the first word is an abbreviation ("HĐND") or begins a name whose
   * next word is capitalised too ("Hà Nam ...").
   */
  static String lowerFirst(String s) {
    if (startsWithVe(s)) {
      return "v" + s.substring(1);
    }
    String[] w = s.split(" ", 3);
    if (w[0].length() < 2 || !Character.isUpperCase(w[0].charAt(0)) || VietnameseCase.isCapitals(w[0])) {
      return s;
    }
    if (w.length > 1 && !w[1].isEmpty() && Character.isUpperCase(w[1].charAt(0))) {
      return s;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (CAPITALISED.stream().anyMatch(c -> lower.startsWith(c) && (lower.length() == c.length()
        || !Character.isLetter(lower.charAt(c.length()))))) {
      return s; // "Đảng bộ tỉnh", "Quốc hội khóa XV"
    }
    return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  private static String upperFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
