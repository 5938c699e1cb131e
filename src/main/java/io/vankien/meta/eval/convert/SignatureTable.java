package io.vankien.meta.eval.convert;

import io.vankien.meta.eval.convert.WordLayout.Emphasis;
import io.vankien.meta.eval.convert.WordLayout.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The closing table of an office document: the signature block in the right cell (authority and role in
 * bold, "(Đã ký)" in italics, a blank line, the signer's name in bold) and, when the "Nơi nhận:" list stands
 * next to the block in the plain text, that list in the left cell (short lines between the two, such as a
 * filing code, go with the list).
 *
 * @param start index of the table's first line in the plain text
 * @param end index of its last line
 * @param left the left cell
 * @param right the right cell
 */
record SignatureTable(int start, int end, List<Line> left, List<Line> right) {
  /** Lines between the list and the block that still go with the list: at most this many, this short. */
  private static final int MAX_GAP_LINES = 3;
  private static final int GAP_LINE_LENGTH = 40;

  /** The closing table below line {@code from}, if the text has a signature block. */
  static Optional<SignatureTable> find(List<String> lines, int from) {
    Optional<SignatureZone> signature = SignatureZone.find(lines, from);
    if (signature.isEmpty()) {
      return Optional.empty();
    }
    SignatureZone s = signature.get();
    List<Line> right = new ArrayList<>();
    s.authority().forEach(a -> right.add(new Line(a, Emphasis.BOLD)));
    if (s.stamp() != null) {
      right.add(new Line(s.stamp(), Emphasis.ITALIC));
    }
    right.add(new Line("", Emphasis.PLAIN));
    right.add(new Line(s.name(), Emphasis.BOLD));
    Optional<RecipientsZone> recipients = RecipientsZone.find(lines, from);
    if (recipients.isPresent()) {
      RecipientsZone r = recipients.get();
      if (r.end() < s.start() && shortGap(lines, r.end() + 1, s.start())) {
        return Optional.of(new SignatureTable(r.start(), s.end(), list(lines, r.start(), s.start()), right));
      }
      if (s.end() < r.start() && nonBlank(lines, s.end() + 1, r.start()) == 0) {
        return Optional.of(new SignatureTable(s.start(), r.end(), list(lines, r.start(), r.end() + 1), right));
      }
    }
    return Optional.of(new SignatureTable(s.start(), s.end(), List.of(), right));
  }

  private static boolean shortGap(List<String> lines, int from, int to) {
    return nonBlank(lines, from, to) <= MAX_GAP_LINES
        && lines.subList(from, to).stream().allMatch(l -> l.length() <= GAP_LINE_LENGTH);
  }

  private static int nonBlank(List<String> lines, int from, int to) {
    return (int) lines.subList(from, to).stream().filter(l -> !l.isEmpty()).count();
  }

  /** The list's lines: the "Nơi nhận:" heading in bold italics, the rest plain. */
  private static List<Line> list(List<String> lines, int from, int to) {
    List<Line> typed = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String l = lines.get(i);
      if (!l.isEmpty()) {
        typed.add(new Line(l, i == from ? Emphasis.BOLD_ITALIC : Emphasis.PLAIN));
      }
    }
    return typed;
  }
}
