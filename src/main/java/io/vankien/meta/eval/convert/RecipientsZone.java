package io.vankien.meta.eval.convert;

import java.util.Optional;

/**
 * The "Nơi nhận:" list of an office document in its plain text: the heading line, its items ("- Ban Bí
 * thư ..."), items wrapped onto the next line, and purpose notes ("để báo cáo") among them.
 *
 * @param start index of the "Nơi nhận" line
 * @param end index of its last line
 */
record RecipientsZone(int start, int end) {
  /** A short line that is not an item (a purpose note, a filing code) goes with the list. */
  private static final int NOTE_LENGTH = 40;

  /** The last "Nơi nhận" list below line {@code from}, if any. */
  static Optional<RecipientsZone> find(java.util.List<String> lines, int from) {
    int start = -1;
    for (int i = lines.size() - 1; i > from; i--) {
      if (LineShapes.RECIPIENTS.matcher(lines.get(i)).find()) {
        start = i;
        break;
      }
    }
    if (start < 0) {
      return Optional.empty();
    }
    int end = start;
    boolean afterBlank = false;
    for (int i = start + 1; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isEmpty()) {
        afterBlank = true;
        continue;
      }
      boolean item = LineShapes.ITEM.matcher(l).find();
      boolean wrapped = !afterBlank && i == end + 1 && Character.isLowerCase(l.codePointAt(0));
      boolean note = l.length() <= NOTE_LENGTH && Character.isLowerCase(l.codePointAt(0));
      if (!(item || wrapped || note)) {
        break;
      }
      end = i;
      afterBlank = false;
    }
    return Optional.of(new RecipientsZone(start, end));
  }
}
