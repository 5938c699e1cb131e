package io.vankien.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds Vietnamese typed in the legacy TCVN3 or VNI font encodings (mojibake such as "Uû ban nh©n d©n"
 * or "UÛy ban nhaân daân") and converts it to Unicode.
 *
 * <p>The score: take the words that hold a non-ASCII char (only those change under a legacy decoding)
 * and count how many are well-formed Vietnamese syllables as they are and after each decoding. Real
 * Unicode Vietnamese is already nearly all syllables, so no decoding can gain much; mojibake is mostly
 * non-syllables and becomes syllables under the right decoding. A decoding is applied only when it gains
 * at least {@value #MIN_GAIN_WORDS} words and {@value #MIN_GAIN_SHARE} of the words, and leaves at least
 * {@value #MIN_VALID_SHARE} of them valid.
 */
public final class LegacyEncodingRepair {
  static final int MIN_GAIN_WORDS = 2;
  static final double MIN_GAIN_SHARE = 0.25;
  static final double MIN_VALID_SHARE = 0.6;

  /** A legacy encoding this class can undo. */
  public enum Legacy {
    TCVN3, VNI
  }

  /** The repaired text and the encoding it was typed in. */
  public record Repair(String text, Legacy encoding) {}

  private LegacyEncodingRepair() {}

  /** The text in Unicode when it is TCVN3 or VNI mojibake; empty when it is not (or cannot tell). */
  public static Optional<Repair> repair(String text) {
    List<String> words = nonAsciiWords(text);
    int n = words.size();
    if (n < MIN_GAIN_WORDS) {
      return Optional.empty();
    }
    int before = countSyllables(words);
    String tcvn3 = Tcvn3Decoder.decode(text);
    String vni = VniDecoder.decode(text);
    int afterTcvn3 = countSyllables(nonAsciiWords(tcvn3));
    int afterVni = countSyllables(nonAsciiWords(vni));
    Legacy best = afterTcvn3 >= afterVni ? Legacy.TCVN3 : Legacy.VNI;
    int after = Math.max(afterTcvn3, afterVni);
    int gain = after - before;
    if (gain >= MIN_GAIN_WORDS && gain >= MIN_GAIN_SHARE * n && after >= MIN_VALID_SHARE * n) {
      return Optional.of(new Repair(best == Legacy.TCVN3 ? tcvn3 : vni, best));
    }
    return Optional.empty();
  }

  /** How many of the text's words are Vietnamese syllables (all words, ASCII or not). */
  static int syllableCount(String text) {
    return countSyllables(words(text, false));
  }

  private static int countSyllables(List<String> words) {
    int count = 0;
    for (String w : words) {
      if (VietnameseSyllables.isSyllable(w)) {
        count++;
      }
    }
    return count;
  }

  static List<String> nonAsciiWords(String text) {
    return words(text, true);
  }

  /**
   * Words: runs of letters and of the Latin-1 symbols legacy encodings use as letters (©, µ, §, ...),
   * split at white space, digits and ASCII punctuation.
   */
  private static List<String> words(String text, boolean nonAsciiOnly) {
    List<String> words = new ArrayList<>();
    int start = -1;
    boolean nonAscii = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean wordChar = Character.isLetter(c) || (c >= 0xA1 && c <= 0xFF) || Character.getType(c) == Character.NON_SPACING_MARK;
      if (wordChar) {
        if (start < 0) {
          start = i;
          nonAscii = false;
        }
        nonAscii |= c >= 0x80;
      } else if (start >= 0) {
        if (nonAscii || !nonAsciiOnly) {
          words.add(text.substring(start, i));
        }
        start = -1;
      }
    }
    return words;
  }
}
