package io.vankien.cite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a citing sentence says of the cited document right after its symbol: "Kết luận số 48-KL/TW, ngày
 * 30/01/2023 của Bộ Chính trị về ..." gives the date 2023-01-30, the issuer "Bộ Chính trị" and the subject.
 * Any part may be null.
 */
public record CitedFacts(String date, String issuer, String title) {
  private static final Pattern DATE = Pattern.compile(
      "^[\\s,]*(?:ngày\\s*)(\\d{1,2})\\s*(?:[/.\\-]|tháng)\\s*(\\d{1,2})\\s*(?:[/.\\-]|năm)\\s*((?:19|20)\\d{2})");
  private static final Pattern ISSUER = Pattern.compile(
      "^[\\s,]*(?:của\\s+)([^,;:“”\"()]{3,80}?)(?=\\s+(?:về|khóa|khoá|ban hành|phê duyệt|quy định)(?![\\p{L}\\p{N}])|\\s*[,;:“”\"(]|\\s*\\.?$)");
  private static final Pattern SUBJECT = Pattern.compile(
      "^[\\s,]*(?:\\(khóa [^)]*\\)\\s*)?[“\"*]*(?:về\\s+(?:việc\\s+)?)[“\"*]*([^;”\"*]{4,200})");

  /** A new clause after the subject: ", Ban Thường vụ Tỉnh ủy ban hành ..." (a subject's own commas precede lower case). */
  private static final Pattern CLAUSE = Pattern.compile(",\\s*\\p{Lu}.*$");

  /** The facts given after each place the text names {@code number} (the rest of its line, at most 400 characters). */
  public static java.util.List<CitedFacts> readAll(String text, String number) {
    java.util.List<CitedFacts> out = new java.util.ArrayList<>();
    if (text == null || number == null) {
      return out;
    }
    String t = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    for (io.vankien.meta.DocumentNumbers.Found f : io.vankien.meta.DocumentNumbers.findAll(t)) {
      if (f.number().equals(number)) {
        int end = t.indexOf('\n', f.end());
        end = Math.min(end < 0 ? t.length() : end, f.end() + 400);
        out.add(read(number + t.substring(f.end(), end), number));
      }
    }
    return out;
  }

  /** The facts the sentence gives after {@code number} (its first occurrence), or all null. */
  public static CitedFacts read(String sentence, String number) {
    if (sentence == null) {
      return new CitedFacts(null, null, null);
    }
    int at = sentence.indexOf(number);
    if (at < 0) {
      return new CitedFacts(null, null, null);
    }
    String rest = sentence.substring(at + number.length());
    String date = null;
    Matcher d = DATE.matcher(rest);
    if (d.find()) {
      date = String.format("%s-%02d-%02d", d.group(3), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)));
      rest = rest.substring(d.end());
    }
    String issuer = null;
    Matcher i = ISSUER.matcher(rest);
    if (i.find()) {
      issuer = i.group(1).strip();
      rest = rest.substring(i.end());
    }
    String title = null;
    Matcher s = SUBJECT.matcher(rest);
    if (s.find()) {
      title = CLAUSE.matcher(s.group(1)).replaceFirst("").replaceAll("[.…]+$", "").strip();
    }
    return new CitedFacts(date, issuer, title);
  }
}
