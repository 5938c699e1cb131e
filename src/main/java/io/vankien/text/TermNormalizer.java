package io.vankien.text;

import java.text.Normalizer;

/**
 * Normalizes one term in place: NFC (only when combining marks are present), "Ð"/"ð"/"Đ" to "đ",
 * zero-width characters and soft hyphens removed, lower case, tone mark re-placed by {@link TonePlacement}.
 * Idempotent: a normalized term normalizes to itself.
 */
public final class TermNormalizer {
  private TermNormalizer() {}

  /** True when the term holds combining marks, i.e. needs {@link #composed(char[], int)} first. */
  public static boolean needsComposition(char[] buf, int len) {
    for (int i = 0; i < len; i++) {
      if (VietnameseLetters.isCombiningMark(buf[i])) {
        return true;
      }
    }
    return false;
  }

  /** NFC of the term; may have another length than the input. */
  public static String composed(char[] buf, int len) {
    return Normalizer.normalize(new String(buf, 0, len), Normalizer.Form.NFC);
  }

  /**
   * Normalizes {@code buf[0, len)} (already composed) in place and returns the new length (never longer).
   */
  public static int normalizeComposed(char[] buf, int len) {
    int out = 0;
    boolean toned = false;
    for (int i = 0; i < len; i++) {
      char c = buf[i];
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') {
          c += 32;
        }
      } else if (VietnameseLetters.isInvisible(c)) {
        continue;
      } else if (c == '\u0110' || c == '\u00D0' || c == '\u00F0') {
        c = '\u0111';
      } else if (c < VietnameseLetters.TABLE_SIZE) {
        c = VietnameseLetters.lower(c);
        toned |= VietnameseLetters.tone(c) != VietnameseLetters.NO_TONE;
      } else if (!Character.isSurrogate(c)) {
        c = Character.toLowerCase(c);
      }
      buf[out++] = c;
    }
    if (toned) {
      TonePlacement.apply(buf, 0, out);
    }
    return out;
  }
}
