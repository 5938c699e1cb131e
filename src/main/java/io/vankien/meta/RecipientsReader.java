package io.vankien.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Nơi nhận" list: one recipient per list line ("- Ban Bí thư Trung ương Đảng (để báo cáo),"), with
 * the dash, the closing ",;." and a purpose note in brackets ("(b/c)", "(để báo cáo)", "(để biết)")
 * removed, and without the filing line ("Lưu VT", "Lưu: VT, TH.", "Lưu Văn phòng Tỉnh ủy"), which names
 * the issuer's own archive, not a recipient. A semicolon inside a line separates recipients; a comma
 * does not, for commas also stand inside one recipient ("Các sở, ban, ngành tỉnh").
 */
final class RecipientsReader {
  private RecipientsReader() {}

  private static final Pattern HEAD = Pattern.compile("(?iu)^nơi nhận\\s*:?\\s*(.*)$");
  private static final Pattern LIST_ITEM = Pattern.compile("^[-–•+]\\s*(.+)$");
  private static final Pattern PURPOSE = Pattern.compile(
      "(?iu)\\s*\\(\\s*(?:để\\s+)?(?:b/c|báo cáo|biết|t/h|thực hiện|chỉ đạo|phối hợp|theo dõi|p/h|thi hành)"
          + "\\s*\\)\\s*$");
  /** A purpose note standing alone on its line: "để b/c", "(để báo cáo)", "b/c". */
  private static final Pattern PURPOSE_LINE = Pattern.compile(
      "(?iu)^\\(?\\s*(?:để\\s+)?(?:b/c|báo cáo|biết|t/h|thực hiện|chỉ đạo|phối hợp|theo dõi|p/h|thi hành)\\s*\\)?[,;.]?$");
  private static final Pattern FILING = Pattern.compile("(?iu)^lưu(?:\\s*:|\\s)(?!\\s*trữ)"); // not "Lưu trữ lịch sử"

  /** The recipients of the last "Nơi nhận" list in the lines; empty when there is none. */
  static List<String> read(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (int i = lines.size() - 1; i >= 0; i--) {
      Matcher h = HEAD.matcher(lines.get(i));
      if (!h.matches()) {
        continue;
      }
      String inline = h.group(1).strip();
      int next = i + 1; // the first line of the list under the head
      if (inline.startsWith("-")) { // "Nơi nhận: - Như trên; - Lưu VT."
        for (; next < lines.size() && !inline.endsWith(".") && inlineGoesOn(lines.get(next)); next++) {
          inline = inline + " " + lines.get(next); // "Nơi nhận: - Như Điều 3; - Bộ Nông" / "nghiệp và PTNT; - Lưu VT."
        }
        for (String part : INLINE_ITEM.split(inline)) {
          add(out, part);
        }
      } else if (inline.contains(";")) { // "Nơi nhận: Ban Thường vụ Tỉnh ủy (b/c); Văn phòng Tỉnh ủy; Lưu VP."
        for (; next < lines.size() && !inline.endsWith(".") && !lines.get(next).isEmpty()
            && continues(inline + ",", lines.get(next)); next++) {
          inline = inline + " " + lines.get(next); // the same list broken at a margin
        }
        add(out, inline);
      }
      String item = null;
      for (int j = next; j < lines.size(); j++) {
        String l = lines.get(j);
        if (l.isEmpty()) {
          continue;
        }
        Matcher li = LIST_ITEM.matcher(l);
        int resume = afterSignatureRun(lines, j);
        if (resume > j && resume < lines.size() && (LIST_ITEM.matcher(lines.get(resume)).matches()
            || item != null && continues(item, lines.get(resume)))) {
          j = resume - 1; // the signature cell's lines a page break put inside the list: the list goes on below them
          continue;
        }
        if (item != null && !li.matches() && resume == j && item.lastIndexOf('(') > item.lastIndexOf(')')) {
          item = item + " " + l; // "- Ban Chỉ đạo quốc gia về PCTT (để" / "b/c);": the bracket closes below
          continue;
        }
        if (PURPOSE_LINE.matcher(l).matches()) {
          continue; // "để b/c" on a line of its own, beside the items it is for (a brace in the original)
        }
        if (li.matches()) {
          if (item != null) {
            add(out, item);
          }
          item = li.group(1);
        } else if (item != null && continues(item, l)) {
          // "- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy," / "Ủy viên Ban Chấp hành ...;"; "- Đài PT-" / "TH tỉnh;"
          item = WORD_HYPHEN_END.matcher(item).find() ? item + l : item + " " + l;
        } else if (item != null && ITEM_END.matcher(item).find() && undashedItem(l)) {
          add(out, item); // "- UBND các huyện: Trần Đề, Long Phú;" / "UBND thị xã Vĩnh Châu;": an item the PDF
          item = l;       // wrapped at its own "; " without a dash of its own
        } else {
          break;
        }
      }
      if (item != null) {
        add(out, item);
      }
      break;
    }
    return out;
  }

  /**
   * A line without a dash that goes on with the item above: that item ends with a comma, or with no
   * punctuation at all (wrapped: "- Các đồng chí Ủy viên Ban Chấp hành" / "Trung ương Đảng,"); this is no
   * signature. A short abbreviation in capitals closed by the list's punctuation goes on too ("- Các huyện
   * ủy, thị ủy, thành ủy," / "ĐUTT,"); a role or authority line has no such punctuation.
   */
  private static boolean continues(String item, String line) {
    String above = item.strip();
    return (above.endsWith(",") || !ENDS_PUNCTUATED.matcher(above).matches()) && Character.isLetter(line.codePointAt(0))
        && (!VietnameseCase.isCapitals(line) || line.length() <= 20 && ITEM_END.matcher(line).find())
        && !PersonNames.isName(line) && !SIGNING_LINE.matcher(line).matches();
  }

  /** The rest of a list typed after "Nơi nhận:" in one paragraph ("(b/c); - CT, các PCT UBND"): no signature line. */
  private static boolean inlineGoesOn(String line) {
    return !line.isEmpty() && !SIGNING_LINE.matcher(line).matches() && !signatureCapitals(line)
        && !PersonNames.isName(line);
  }

  /** A recipient without its dash, closed by the list's punctuation: no signature line, no name. */
  private static boolean undashedItem(String line) {
    return Character.isLetter(line.codePointAt(0)) && ITEM_END.matcher(line).find() && !signatureCapitals(line)
        && !PersonNames.isName(line) && !SIGNING_LINE.matcher(line).matches() && !FILING.matcher(line).find();
  }

  /** An item closed by the list's punctuation. */
  private static final Pattern ITEM_END = Pattern.compile("[,;]$");
  /** A word broken at its hyphen at the end of a line ("Đài PT-" / "TH tỉnh"), not a dash between words. */
  private static final Pattern WORD_HYPHEN_END = Pattern.compile("\\p{L}-$");

  /**
   * Where the run of signature lines starting at {@code start} ends: an authority or "(Đã ký)" line or a
   * line in capitals first, then such lines and names. A table whose row a page break split reads, in a PDF,
   * the left cell's lines on the first page, the right cell's, then the rest of each: "- Bộ Nội vụ;" / "TM.
   * ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" / "- Thường trực Tỉnh ủy;". Returns {@code start} when the line opens no
   * such run.
   */
  static int afterSignatureRun(List<String> lines, int start) {
    String first = lines.get(start);
    if (!SIGNING_LINE.matcher(first).matches() && !signatureCapitals(first)) {
      return start;
    }
    int j = start + 1;
    while (j < lines.size() && (lines.get(j).isEmpty() || SIGNING_LINE.matcher(lines.get(j)).matches()
        || signatureCapitals(lines.get(j)) || PersonNames.isName(lines.get(j)))) {
      j++;
    }
    return j;
  }

  /** A line in capitals that is no list item nor an item's rest ("CHỦ TỊCH", not "- VP. QH, VP. CP;" nor "ĐUTT,"). */
  private static boolean signatureCapitals(String line) {
    return VietnameseCase.isCapitals(line) && !LIST_ITEM.matcher(line).matches() && !ITEM_END.matcher(line).find();
  }

  /** One list line as a recipient, or null when it holds none (the filing line, an empty dash). */
  static String clean(String item) {
    String s = CLOSING.matcher(item.strip()).replaceAll("").strip();
    s = CLOSING.matcher(PURPOSE.matcher(s).replaceFirst("")).replaceAll("").strip();
    return s.isEmpty() || FILING.matcher(s).find() ? null : s;
  }

  /** A list line; a semicolon inside it separates two recipients ("Các sở, ban, ngành; UBND các huyện"). */
  private static void add(List<String> out, String item) {
    if (FILING.matcher(item.strip()).find()) {
      return; // "Lưu VPTU; CV VPTU": the whole line is the filing note
    }
    for (String part : SEMICOLON.split(item)) {
      String s = clean(part);
      if (s != null) {
        out.add(s);
      }
    }
  }

  // patterns compiled once (they were compiled on every call)
  private static final java.util.regex.Pattern ENDS_PUNCTUATED = java.util.regex.Pattern.compile("(?s).*[,;.:)]$");
  private static final java.util.regex.Pattern SIGNING_LINE = java.util.regex.Pattern.compile("(?iu)^(T/M|TM\\.|K/T|KT\\.|T/L|TL\\.|\\(đã ký).*");
  private static final java.util.regex.Pattern CLOSING = java.util.regex.Pattern.compile("[,;.]+$");
  private static final java.util.regex.Pattern SEMICOLON = java.util.regex.Pattern.compile(";\\s+");
  /** Where an item of a list on the "Nơi nhận:" line begins: "- Như trên; - Lưu VT.". */
  private static final java.util.regex.Pattern INLINE_ITEM = java.util.regex.Pattern.compile("(?<=[;,.])\\s*-\\s*|^-\\s*");
}
