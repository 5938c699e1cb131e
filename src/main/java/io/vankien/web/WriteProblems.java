package io.vankien.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the write path (ingest of an upload, a new version, an edit) refused, said in Vietnamese for the
 * UI: the ingester and the extractors explain themselves in English for the command line and the log;
 * the API's answer keeps that explanation as {@code detail} for programs and support, and shows staff this.
 */
final class WriteProblems {
  private record Rule(Pattern pattern, String vietnamese) {}

  // First match wins; $1... are the pattern's groups.
  private static final List<Rule> RULES = List.of(
      rule("empty file", "tệp rỗng (0 byte)"),
      rule("password-protected", "tệp được đặt mật khẩu; hãy gỡ mật khẩu rồi tải lên lại"),
      rule("suspected zip bomb", "tệp nén bất thường (nghi là tệp độc hại), không đọc"),
      rule("too much text", "tệp có quá nhiều chữ so với giới hạn của kho"),
      rule("file too large|larger than the limit", "tệp quá lớn so với giới hạn của kho"),
      rule("binary content, not text|unrecognised binary content", "không nhận ra định dạng tệp (không phải văn bản,"
          + " PDF, Word hay ảnh quét)"),
      rule("byte-order mark", "tệp văn bản có mã đầu tệp (BOM) không khớp với nội dung"),
      rule("corrupt or unreadable", "tệp hỏng hoặc không đọc được"),
      rule("no text found", "không tìm thấy chữ nào trong tệp (ảnh quét cần nhận dạng chữ)"),
      rule("timed out", "đọc tệp quá thời gian cho phép"),
      rule("OCR needed", "tệp là ảnh quét, cần nhận dạng chữ (OCR) nhưng máy chủ chưa bật"),
      rule("same bytes are version (\\d+) of document (\\w+)", "tệp này là bản $1 của văn bản $2, đã được thay"
          + " bằng bản sửa; không nhập lại (muốn dùng lại thì tải lên làm bản mới của văn bản $2)"),
      rule("earlier version of a document this account may not change", "tệp này là bản cũ của một văn bản mà"
          + " tài khoản không được sửa"),
      rule("archived as another document", "tệp này đã thuộc một văn bản khác trong kho, không thể làm bản sửa"),
      rule("a document this account may not change", "tệp này đã có trong kho, thuộc văn bản mà tài khoản"
          + " không được sửa"),
      rule("outside what this account may write", "tài khoản chỉ được tải lên và sửa văn bản của các tỉnh mình"
          + " phụ trách"),
      rule("unknown access level", "mức độ truy cập chỉ nhận: công khai, nội bộ hoặc mật"),
      rule("no document with id (\\w+)", "không có văn bản mã $1"),
      rule("interrupted", "việc đọc tệp bị dừng giữa chừng"));

  private WriteProblems() {}

  private static Rule rule(String regex, String vietnamese) {
    return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), vietnamese);
  }

  /** The refusal in Vietnamese; one that no rule knows is a general sentence (the detail keeps the rest). */
  static String vietnamese(String english) {
    String m = english == null ? "" : english;
    for (Rule r : RULES) {
      Matcher x = r.pattern().matcher(m);
      if (x.find()) {
        return expand(x, r.vietnamese());
      }
    }
    return m.toLowerCase(Locale.ROOT).contains("json") ? "thông tin văn bản gửi kèm không đúng dạng"
        : "không nhập được tệp vào kho";
  }

  private static String expand(Matcher x, String template) {
    String out = template;
    for (int g = x.groupCount(); g >= 1; g--) {
      out = out.replace("$" + g, x.group(g) == null ? "" : x.group(g));
    }
    return out;
  }
}
