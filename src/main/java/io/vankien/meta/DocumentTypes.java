package io.vankien.meta;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Document types: the type line in capitals ("NGHỊ QUYẾT") and the type code of a symbol ("NQ"). */
public final class DocumentTypes {
  private DocumentTypes() {}

  private static final List<String> NAMES = Vocabulary.words("document-types.txt");

  private static final Map<String, String> BY_CODE = new LinkedHashMap<>();

  static {
    for (String[] c : Vocabulary.rows("document-type-codes.tsv")) {
      BY_CODE.put(c[0], c[1]);
    }
  }

  /** The type named by a line in capitals that is exactly a type ("NGHỊ QUYẾT"), or null. */
  public static String ofTypeLine(String line) {
    if (line == null || !VietnameseCase.isCapitals(line) || line.strip().length() > LONGEST_TYPE_LINE + 1) {
      return null; // (lower case never shortens a line; one closing ":" or "." is dropped)
    }
    String l = ACTION_PROGRAMME.matcher(CLOSING_STOP.matcher(VietnameseCase.tones(line.strip().toLowerCase(Locale.ROOT)))
        .replaceAll("")).replaceFirst("$1"); // "CHƯƠNG TRÌNH HÀNH ĐỘNG"
    return BY_LOWER_NAME.get(l);
  }

  /** Each type's name in lower case to the name. */
  private static final Map<String, String> BY_LOWER_NAME = new java.util.HashMap<>();

  static {
    for (String n : NAMES) {
      BY_LOWER_NAME.putIfAbsent(n.toLowerCase(Locale.ROOT), n);
    }
  }

  /** The longest type line {@link #ofTypeLine} reads: a name, or "chương trình hành động". */
  private static final int LONGEST_TYPE_LINE = Math.max("chương trình hành động".length(),
      NAMES.stream().mapToInt(String::length).max().orElseThrow());

  /** The names, longest first. */
  private static final List<String> LONGEST_FIRST =
      NAMES.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();

  /** The type names in capitals as a regex alternation, longest first ("NGHỊ QUYẾT LIÊN TỊCH|...|THƯ"). */
  static String capitalsAlternation() {
    return namesInCapitals().stream().sorted(Comparator.comparingInt(String::length).reversed())
        .map(java.util.regex.Pattern::quote)
        .collect(java.util.stream.Collectors.joining("|"));
  }

  /** The type names in capitals ("NGHỊ QUYẾT"). */
  static List<String> namesInCapitals() {
    return NAMES.stream().map(n -> n.toUpperCase(Locale.ROOT)).toList();
  }

  /** True when the words name a type, in any case ("Luật", "BỘ LUẬT", "Nghị quyết"). */
  public static boolean isTypeName(String words) {
    String l = VietnameseCase.tones(words.strip().toLowerCase(Locale.ROOT));
    return NAMES.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(l));
  }

  /** The type that a line in capitals begins with ("KẾT LUẬN CỦA ..."), and the rest, or null. */
  public static String[] splitTypeLine(String line) {
    if (line == null || !VietnameseCase.isCapitals(line)) {
      return null;
    }
    String l = VietnameseCase.tones(line.strip().toLowerCase(Locale.ROOT));
    return LONGEST_FIRST.stream()
        .filter(n -> l.startsWith(n.toLowerCase(Locale.ROOT) + " "))
        .findFirst()
        .map(n -> new String[] {n, line.strip().substring(n.length()).strip()})
        .orElse(null);
  }

  private static final java.util.regex.Pattern CONCLUDES = java.util.regex.Pattern.compile(
      "(?iu)(?<![\\p{L}])(kết luận như sau|quyết nghị)\\s*:");
  /** The types a text names itself by: "Nghị quyết này", "Kết luận này" (not "Văn bản này"). */
  private static final List<String> SELF_NAMES = NAMES.stream().filter(n -> !n.equals("Văn bản")).toList();
  private static final java.util.regex.Pattern SELF_REFERENCE = java.util.regex.Pattern.compile(
      "(?iu)(?<![\\p{L}])(" + String.join("|", SELF_NAMES)
          + ")\\s+này(?![\\p{L}])");

  /**
   * The type of a copy without type line, from how it speaks of itself: its opening ends "... kết luận
   * như sau:" (Kết luận) or "... quyết nghị:" (Nghị quyết); else the first "Kết luận này", "Nghị quyết
   * này" ... in the text. Null when neither is there.
   */
  public static String ofSelfReference(String opening, String text) {
    if (opening != null) {
      java.util.regex.Matcher c = CONCLUDES.matcher(opening);
      if (c.find()) {
        return c.group(1).toLowerCase(Locale.ROOT).startsWith("kết") ? "Kết luận" : "Nghị quyết";
      }
    }
    AnchoredFind self = text == null ? null
        : AnchoredFind.beforeNay(SELF_REFERENCE, SELF_NAMES.toArray(String[]::new), text);
    java.util.regex.Matcher m = self == null ? null : self.matcher();
    if (self != null && self.find()) {
      String l = VietnameseCase.tones(m.group(1).toLowerCase(Locale.ROOT));
      return NAMES.stream().filter(n -> n.toLowerCase(Locale.ROOT).equals(l)).findFirst().orElse(null);
    }
    return null;
  }

  /** The type of a symbol's type code ("NQ" gives "Nghị quyết"), or null. */
  public static String ofCode(String code) {
    return code == null ? null : BY_CODE.get(code);
  }

  // patterns compiled once (they were compiled on every call)
  private static final java.util.regex.Pattern CLOSING_STOP = java.util.regex.Pattern.compile("[:.]$");
  private static final java.util.regex.Pattern ACTION_PROGRAMME = java.util.regex.Pattern.compile("^(chương trình|kế hoạch) hành động$");
}
