package io.vankien.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
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
  /** Scoring looks at this many words at most (the start of a long text is enough to tell). */
  static final int MAX_SCORED_WORDS = 10_000;
  /** The Latin-1 letters that Vietnamese itself uses. */
  private static final String VIETNAMESE_LATIN1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";

  /** A legacy encoding this class can undo. */
  public enum Legacy {
    TCVN3, VNI
  }

  /** The repaired text and the encoding it was typed in. */
  public record Repair(String text, Legacy encoding) {}

  private LegacyEncodingRepair() {}

  /**
   * The text in Unicode when it is TCVN3 or VNI mojibake; empty when it is not (or cannot tell).
   *
   * <p>The encoding is judged on the whole text, then applied line by line, leaving alone the lines that
   * are Unicode already (they hold letters no legacy reading produces, such as ộ ư đ, or decoding would
   * make fewer syllables of them): documents often mix a Unicode template with a pasted passage. When the
   * whole text does not qualify, each line is judged alone; the encoding reported is then the one that
   * repaired most lines.
   */
  public static Optional<Repair> repair(String text) {
    if (!hasLegacyCodes(text)) {
      return Optional.empty();
    }
    Optional<Legacy> whole = judge(text);
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder(text.length());
    int[] repairedLines = new int[Legacy.values().length];
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Optional<Legacy> encoding = whole.isPresent() ? whole
          : lines.length > 1 && hasLegacyCodes(line) ? judge(line) : Optional.empty();
      String repaired = encoding.isPresent() ? repairLine(line, encoding.get()) : line;
      if (!repaired.equals(line)) {
        repairedLines[encoding.get().ordinal()]++;
      }
      out.append(repaired);
      if (i < lines.length - 1) {
        out.append('\n');
      }
    }
    Legacy most = repairedLines[Legacy.TCVN3.ordinal()] >= repairedLines[Legacy.VNI.ordinal()] ? Legacy.TCVN3 : Legacy.VNI;
    return repairedLines[most.ordinal()] == 0 ? Optional.empty() : Optional.of(new Repair(out.toString(), most));
  }

  /** One line decoded, unless it is Unicode Vietnamese already. */
  private static String repairLine(String line, Legacy encoding) {
    if (hasUnicodeOnlyVietnamese(line)) {
      return line;
    }
    String decoded = encoding == Legacy.TCVN3 ? Tcvn3Decoder.decode(line) : VniDecoder.decode(line);
    if (decoded.equals(line) || hasLegacyCodes(line)) {
      return decoded;
    }
    // only Vietnamese Latin-1 letters ("Sè 12", or Unicode "Các ban"): keep the reading with more syllables
    return countSyllables(nonAsciiWords(decoded)) >= countSyllables(nonAsciiWords(line)) ? decoded : line;
  }

  /** Letters outside Latin-1 that Vietnamese uses (ạ ả ấ ... ă đ ĩ ũ ơ ư): never in TCVN3 or VNI mojibake. */
  static boolean hasUnicodeOnlyVietnamese(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ((c >= '\u1EA0' && c <= '\u1EF9') || "ăĂđĐĩĨũŨơƠưƯ".indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The legacy encoding the text is typed in, judged by the syllable score; empty when none. */
  private static Optional<Legacy> judge(String text) {
    List<String> words = words(text, true, MAX_SCORED_WORDS);
    int n = words.size();
    if (n < MIN_GAIN_WORDS) {
      return Optional.empty();
    }
    // Vietnamese repeats its syllables: score each distinct word once, weighted by its count
    Map<String, Integer> counts = new HashMap<>();
    for (String word : words) {
      counts.merge(word, 1, Integer::sum);
    }
    int before = 0;
    int afterTcvn3 = 0;
    int afterVni = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      String word = e.getKey();
      int count = e.getValue();
      before += VietnameseSyllables.isSyllable(word) ? count : 0;
      afterTcvn3 += VietnameseSyllables.isSyllable(Tcvn3Decoder.decode(word)) ? count : 0;
      afterVni += VietnameseSyllables.isSyllable(VniDecoder.decode(word)) ? count : 0;
    }
    Legacy best = afterTcvn3 >= afterVni ? Legacy.TCVN3 : Legacy.VNI;
    int after = Math.max(afterTcvn3, afterVni);
    int gain = after - before;
    if (gain >= MIN_GAIN_WORDS && gain >= MIN_GAIN_SHARE * n && after >= MIN_VALID_SHARE * n) {
      return Optional.of(best);
    }
    return Optional.empty();
  }

  /**
   * A cheap filter: whether the text holds at least two signs of a legacy encoding, Latin-1 chars that
   * are not Vietnamese letters (©, µ, ¸, ø, ï ...) or the VNI spellings of â ê ô ă ("aâ", "eâ", "oâ",
   * "aê"), which Unicode Vietnamese never has. Text without them is left alone without scoring.
   */
  static boolean hasLegacyCodes(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0xA1 || c > 0xFF) {
        continue;
      }
      boolean sign = VIETNAMESE_LATIN1.indexOf(c) < 0;
      if (!sign && i > 0 && (c == 'â' || c == 'Â' || c == 'ê' || c == 'Ê')) {
        char before = Character.toLowerCase(text.charAt(i - 1));
        sign = before == 'a' || before == 'e' || before == 'o';
      }
      if (sign && ++count >= MIN_GAIN_WORDS) {
        return true;
      }
    }
    return false;
  }

  /** How many of the text's first {@value #MAX_SCORED_WORDS} words (ASCII or not) are Vietnamese syllables. */
  static int syllableCount(String text) {
    return countSyllables(words(text, false, MAX_SCORED_WORDS));
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
    return words(text, true, Integer.MAX_VALUE);
  }

  /**
   * Words: runs of letters and of the Latin-1 symbols legacy encodings use as letters (©, µ, §, ...),
   * split at white space, digits and ASCII punctuation.
   */
  private static List<String> words(String text, boolean nonAsciiOnly, int limit) {
    List<String> words = new ArrayList<>();
    int start = -1;
    boolean nonAscii = false;
    for (int i = 0; i <= text.length() && words.size() < limit; i++) {
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
