package io.vankien.meta;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A header whose Word runs lost their line breaks, read back as one line ("ĐẢNG CỘNG SẢN VIỆT NAMHưng
 * Yên, ngày 26 tháng 11 năm 2020NGHỊ QUYẾTvề ..."), split again where two runs meet without a space: after
 * the motto, before it, after the place-date line's year, before "Số" glued to a name in capitals, and
 * where a type line runs into its subject ("QUYẾTvề"). Only header lines are
 * given to it; a line with none of these joins is returned alone.
 */
final class GluedRuns {
  private GluedRuns() {}

  private static final Pattern JOIN = Pattern.compile(
      "(?u)(?<=ĐẢNG CỘNG SẢN VIỆT NAM|CHỦ NGHĨA VIỆT NAM|HẠNH PHÚC|Hạnh phúc)(?=[\\p{L}\\d])" // motto, then a run
          + "|(?<=[\\p{L}\\d])(?=ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI)" // a run, then the motto
          + "|(?<=năm \\d{4}|năm\\d{4})(?=\\p{L})" // the place-date line's year, then a run
          + "|(?<=\\p{Lu}\\p{Lu})(?=Số\\s*:?\\s*\\d)" // "HƯNG YÊNSố 01-NQ/TU"
          + "|(?<=(?<![\\p{L}])(?:" + DocumentTypes.capitalsAlternation() + "))(?=\\p{Ll})"); // "NGHỊ QUYẾTvề"

  /** The runs of a header line, stripped; the line alone when no two runs are glued. */
  static List<String> split(String line) {
    if (!JOIN.matcher(line).find()) {
      return List.of(line);
    }
    return JOIN.splitAsStream(line).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
