package io.vankien.meta;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subject line (trích yếu) from the header's title lines: without heading lines above it and without
 * the body that names whose conclusion a notice conveys; lines joined by one space, capitals restored.
 */
final class TitleReader {
  private TitleReader() {}

  private static final Pattern HEADING_ABOVE_SUBJECT = Pattern.compile("(?iu)^(hội nghị|của)\\s");
  /**
   * A line in capitals naming whose conclusion or opinion the notice conveys, under the type line
   * ("KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY", "Ý KIẾN CHỈ ĐẠO CỦA BAN THƯỜNG VỤ", "CỦA BAN BÍ THƯ"): a heading.
   */
  private static final Pattern BODY_HEADING = Pattern.compile("(?u)^(?:(?:KẾT LUẬN|Ý KIẾN(?: CHỈ ĐẠO| KẾT LUẬN)?"
      + "|CHỈ ĐẠO)\\s+)?CỦA\\s+(?:BAN|BỘ|THƯỜNG TRỰC|TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG|[ỦU][YỶ]|ĐỒNG CHÍ)[\\p{Lu}\\s]*$");

  /**
   * The subject line: the title block, less the heading lines above a line beginning "về" (in capitals,
   * or naming the conference or the body: "HỘI NGHỊ LẦN THỨ 2 BAN CHẤP HÀNH ...", "Hội nghị lần thứ 8 Ban
   * Chấp hành ...", "CỦA BAN THƯỜNG VỤ TỈNH ỦY"), and less a line naming whose conclusion a notice conveys
   * above any subject ("KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY / tại buổi làm việc ..."); a subject that begins in
   * lower case before its "về" line ("kết quả thực hiện Nghị quyết số 01-NQ/TU ... / về nhiệm vụ ...") is
   * kept whole.
   */
  private static final Pattern BODY_THEN_SUBJECT =
      Pattern.compile("(?iu)^của\\s+(?:ban|bộ|thường trực|tỉnh|thành|huyện|đảng|ủy|uỷ)[^,;:]{0,60}?\\s(?=về\\s)");

  private static final Pattern ABOUT_LINE = Pattern.compile("(?u)^(về|Về|VỀ)\\s.*");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  static String read(DocumentZones z) {
    return title(z.header().titleLines());
  }

  static String title(List<String> titleLines) {
    if (titleLines.isEmpty()) {
      return null;
    }
    int from = 0;
    for (int i = 0; i < titleLines.size(); i++) {
      if (ABOUT_LINE.matcher(titleLines.get(i)).matches()) {
        from = i;
        break;
      }
      if (i + 1 < titleLines.size() && BODY_HEADING.matcher(titleLines.get(i)).matches()) {
        from = i + 1; // "KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY / tại buổi làm việc với ...": the subject is below
        continue;
      }
      if (from == i && i > 0 && i + 1 < titleLines.size() && VietnameseCase.isCapitals(titleLines.get(i))
          && BODY_HEADING.matcher(titleLines.get(i - 1)).matches()) {
        from = i + 1; // "KẾT LUẬN CỦA ĐẢNG ĐOÀN ... VIỆT NAM" / "TỈNH": the heading's rest, wrapped in a PDF
        continue;
      }
      if (!VietnameseCase.isCapitals(titleLines.get(i)) && !HEADING_ABOVE_SUBJECT.matcher(titleLines.get(i)).find()) {
        break;
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < titleLines.size(); i++) {
      String l = titleLines.get(i);
      Matcher byBody = BODY_THEN_SUBJECT.matcher(l);
      if (i == from && byBody.find()) {
        l = l.substring(byBody.end()); // "của Ban Thường vụ Huyện ủy về công tác ...": the subject is from "về"
      }
      String piece = sb.length() == 0 ? VietnameseCase.restore(l) : VietnameseCase.restoreContinuation(l);
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(piece);
    }
    String t = WHITESPACE.matcher(sb).replaceAll(" ").strip();
    return t.isEmpty() ? null : t;
  }
}
