package io.vankien.meta;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The block a copying office adds under a document ("SAO Y BẢN CHÍNH", "SAO Y", "TRÍCH SAO", "SAO LỤC"):
 * its own number ("Số 15-SY/VPHU"), place-date line, recipients and signer belong to the copy, not to the
 * document.
 */
final class CopyStamp {
  private CopyStamp() {}

  private static final Pattern COPY_STAMP = Pattern.compile("(?u)^(?:SAO Y BẢN CHÍNH|SAO Y|TRÍCH SAO|SAO LỤC)(?![\\p{L}])");

  /** The lines above the copy stamp in the second half of the text; all of them when there is none. */
  static List<String> without(List<String> lines) {
    for (int i = lines.size() - 1; i >= lines.size() / 2 && i > 0; i--) {
      if (COPY_STAMP.matcher(lines.get(i)).find()) {
        return lines.subList(0, i);
      }
    }
    return lines;
  }
}
