package io.vankien.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A cleaned document split once into the zones every field reader works from: the lines (without a copy
 * stamp), the header ({@link HeaderReader}: body lines, number, place-date, type, title lines, where the
 * body starts), the signature block ({@link SignatureReader}), and the body with the lines a PDF broke at
 * the margin joined again. Immutable.
 *
 * @param raw the text's lines, stripped, without the copy stamp's block
 * @param header what the header says
 * @param signature the signature block, or null
 * @param lines the header's lines, then the body's with wrapped lines joined
 * @param flowed {@code lines} joined by newlines
 * @param firstParagraph the first paragraph of prose at or after the body start, or null
 * @param opening the body's opening paragraphs (at most 4, up to the first heading)
 */
record DocumentZones(
    List<String> raw,
    HeaderReader.Header header,
    SignatureReader.Signature signature,
    List<String> lines,
    String flowed,
    String firstParagraph,
    List<String> opening) {

  DocumentZones {
    raw = List.copyOf(raw);
    lines = List.copyOf(lines);
    opening = List.copyOf(opening);
  }

  /** The zones of a cleaned text. */
  static DocumentZones of(String text) {
    List<String> raw = CopyStamp.without(List.of(text.split("\n", -1)).stream().map(String::strip).toList());
    HeaderReader.Header header = HeaderReader.read(raw);
    SignatureReader.Signature signature = SignatureReader.read(header.lines());
    // below the header, lines a PDF broke at the margin are joined again, so that a sentence is one line
    List<String> lines = new ArrayList<>(header.lines().subList(0, header.bodyStart()));
    lines.addAll(WrappedLines.join(header.lines().subList(header.bodyStart(), header.lines().size())));
    return new DocumentZones(raw, header, signature, lines, String.join("\n", lines),
        firstParagraph(lines, header.bodyStart()), opening(lines, header.bodyStart()));
  }

  int bodyStart() {
    return header.bodyStart();
  }

  /** The header's lines (everything above the body start) as one line. */
  String headerText() {
    return String.join(" ", lines.subList(0, Math.min(lines.size(), header.bodyStart())));
  }

  /** The title lines as one line. */
  String titleBlock() {
    return String.join(" ", header.titleLines());
  }

  /** No body line, number or date in a header: a copy that starts with its title or its body. */
  boolean headerless() {
    return header.orgLines().isEmpty() && header.number() == null && header.date() == null;
  }

  /** The signing authority ("T/M Ban Thường vụ"), or null. */
  String authority() {
    return signature == null ? null : signature.authority();
  }

  /** The first paragraph of prose at or after the body start. */
  private static String firstParagraph(List<String> lines, int bodyStart) {
    for (int i = bodyStart; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.length() >= 60 && !VietnameseCase.isCapitals(l) && !HeaderReader.RECITAL.matcher(l).find()) {
        return l;
      }
    }
    return null;
  }

  private static final Pattern SECTION_HEADING = Pattern.compile(
      "(?u)^(?:[IVXLC]{1,5}|\\d{1,2}(?:\\.\\d{1,2})*+)\\s*[.)\\-]\\s|^(?:Điều\\s+\\d|Chương\\s|Phần thứ|PHẦN)");

  /** The opening paragraphs of the body: from its start to the first heading or numbered section, at most 4. */
  private static List<String> opening(List<String> lines, int bodyStart) {
    List<String> out = new ArrayList<>();
    for (int i = bodyStart; i < lines.size() && out.size() < 4; i++) {
      String l = lines.get(i);
      if (l.isEmpty()) {
        continue;
      }
      if (SECTION_HEADING.matcher(l).find() || VietnameseCase.isCapitals(l)) {
        break;
      }
      out.add(l);
    }
    return out;
  }
}
