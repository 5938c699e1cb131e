package io.vankien.analysis;

import io.vankien.text.CharClass;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Vietnamese document symbols ("số ký hiệu") and their normalized key.
 *
 * <p>Grammar: a number, then separators '-' or '/' (optionally surrounded by up to two spaces) joining
 * further numbers and then codes; at least one code and at least one '/'. A code starts with an upper-case
 * letter and has more upper-case letters than lower-case ones ("NQ", "TTr", "QĐ", "UBTVQH15", "HĐNN8").
 * Party style: "01-NQ/TU", "01 - NQ/TU", "408 -BC/TU", "36-HD/VPTW". State style: "1654/NQ-UBTVQH15",
 * "45/2013/QH13", "30/2020/NĐ-CP", "566/KH-UBND", and the typed variant "45/2013/QH 11" (a 1-2 digit
 * suffix separated by one space, only after a year and a letters-only last code).
 *
 * <p>Key: lower case, "Đ"/"Ð" as "đ", spaces removed, en dash as '-', leading zeros of the first number
 * stripped: "Số 01 - NQ/TU" and "1-NQ/TU" both give "1-nq/tu"; "30/2020/NĐ-CP" gives "30/2020/nđ-cp".
 * {@link #foldedKey(String)} also folds "đ" to "d" (what a query typed without diacritics yields).
 */
public final class DocumentSymbol {
  private static final int MAX_NUMBER_DIGITS = 6;
  private static final int MAX_CODE_LENGTH = 16;
  private static final int MAX_SPACES = 2;

  private DocumentSymbol() {}

  /**
   * The key of {@code text} when the whole text (trimmed, an optional leading "Số"/"Số:" removed) is one
   * document symbol; empty otherwise. Unlike the tokenizer (which needs upper-case codes in running text),
   * this also accepts text typed all in lower case ("01-nq/tu" in a search box).
   */
  public static Optional<String> key(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Optional<String> key = keyAsWritten(text);
    if (key.isPresent() || !text.equals(text.toLowerCase(java.util.Locale.ROOT))) {
      return key;
    }
    return keyAsWritten(text.toUpperCase(java.util.Locale.ROOT));
  }

  private static Optional<String> keyAsWritten(String text) {
    char[] b = prepare(text);
    int start = 0;
    int limit = b.length;
    while (start < limit && isSpaceOrPunct(b[start])) {
      start++;
    }
    while (limit > start && (isSpaceOrPunct(b[limit - 1]) || b[limit - 1] == '.')) {
      limit--;
    }
    if (limit - start >= 2 && (b[start] == 'S' || b[start] == 's') && (Character.toLowerCase(b[start + 1]) == 'ố' || Character.toLowerCase(b[start + 1]) == 'o')) {
      int p = start + 2;
      if (p < limit && CharClass.of(b[p]) == CharClass.SEPARATOR) {
        while (p < limit && (isSpaceOrPunct(b[p]) || b[p] == ':' || b[p] == '.')) {
          p++;
        }
        start = p;
      }
    }
    if (start >= limit || matchEnd(b, start, limit) != limit) {
      return Optional.empty();
    }
    StringBuilder key = new StringBuilder(limit - start);
    appendKey(b, start, limit, key);
    return Optional.of(key.toString());
  }

  /** {@link #key(String)} with "đ" folded to "d": the form a query typed without diacritics produces. */
  public static Optional<String> foldedKey(String text) {
    return key(text).map(k -> k.replace('\u0111', 'd'));
  }

  /** Keys of every document symbol found in {@code text}, in order of appearance (duplicates kept). */
  public static List<String> findAll(String text) {
    char[] b = prepare(text);
    List<String> keys = new ArrayList<>();
    int i = 0;
    while (i < b.length) {
      if (CharClass.of(b[i]) == CharClass.DIGIT && (i == 0 || CharClass.of(b[i - 1]) == CharClass.SEPARATOR)) {
        int end = matchEnd(b, i, b.length);
        if (end > 0) {
          StringBuilder key = new StringBuilder();
          appendKey(b, i, end, key);
          keys.add(key.toString());
          i = end;
          continue;
        }
      }
      i++;
    }
    return keys;
  }

  private static char[] prepare(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray();
  }

  private static boolean isSpaceOrPunct(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\n' || c == '\r' || c == ',' || c == ';' || c == '"';
  }

  /**
   * End (exclusive) of the document symbol starting at {@code start} in {@code b[start, limit)}, or -1. The
   * caller guarantees that {@code start} is at a word boundary.
   */
  static int matchEnd(char[] b, int start, int limit) {
    return matchEnd(b, start, limit, Integer.MAX_VALUE);
  }

  /**
   * {@link #matchEnd(char[], int, int)}, or -1 as soon as the symbol would be longer than {@code maxLength}
   * (its end then could only be further): a tokenizer that takes a symbol up to a length at every number
   * of "1/1/1/..." would otherwise read the whole chain from each of them.
   */
  public static int matchEnd(char[] b, int start, int limit, int maxLength) {
    int p = digitsEnd(b, start, limit);
    if (p < 0) {
      return -1;
    }
    int codes = 0;
    int slashes = 0;
    boolean hadYear = false;
    boolean lastCodeLettersOnly = false;
    int end = -1;
    while (true) {
      int sepAt = separatorAt(b, p, limit);
      if (sepAt < 0) {
        break;
      }
      char sep = b[sepAt];
      int q = skipSpaces(b, sepAt + 1, limit);
      if (q < 0 || q >= limit) {
        break;
      }
      int c = codeEnd(b, q, limit);
      if (c > 0) {
        codes++;
        if (sep == '/') {
          slashes++;
        }
        p = c;
        if (p - start > maxLength) {
          return -1; // the end is past p or there is none
        }
        lastCodeLettersOnly = lettersOnly(b, q, c);
        if (slashes > 0) {
          end = p;
        }
        continue;
      }
      if (codes == 0 && sep == '/') {
        int n = digitsEnd(b, q, limit);
        if (n > 0) {
          hadYear |= n - q == 4;
          p = n;
          if (p - start > maxLength) {
            return -1;
          }
          continue;
        }
      }
      break;
    }
    if (end > 0 && end == p && hadYear && lastCodeLettersOnly) {
      // "45/2013/QH 11": one space and a one- or two-digit legislature number
      if (end + 1 < limit && b[end] == ' ' && CharClass.of(b[end + 1]) == CharClass.DIGIT) {
        int n = end + 1;
        while (n < limit && CharClass.of(b[n]) == CharClass.DIGIT) {
          n++;
        }
        if (n - (end + 1) <= 2 && (n == limit || CharClass.of(b[n]) == CharClass.SEPARATOR)) {
          end = n;
        }
      }
    }
    return end;
  }

  /** Index of a '-', '–' or '/' after at most two spaces from {@code p}, or -1. */
  private static int separatorAt(char[] b, int p, int limit) {
    int q = skipSpaces(b, p, limit);
    if (q < 0 || q >= limit) {
      return -1;
    }
    char c = b[q];
    return c == '-' || c == '/' || c == '\u2013' ? q : -1;
  }

  private static int skipSpaces(char[] b, int p, int limit) {
    int n = 0;
    while (p < limit && (b[p] == ' ' || b[p] == '\t' || b[p] == '\u00A0')) {
      if (++n > MAX_SPACES) {
        return -1;
      }
      p++;
    }
    return p;
  }

  private static int digitsEnd(char[] b, int p, int limit) {
    int q = p;
    while (q < limit && CharClass.of(b[q]) == CharClass.DIGIT && b[q] < 0x80) {
      if (q - p == MAX_NUMBER_DIGITS) {
        return -1; // a seventh digit: not a symbol's number (without reading the rest of the run)
      }
      q++;
    }
    if (q == p) {
      return -1;
    }
    if (q < limit && CharClass.of(b[q]) != CharClass.SEPARATOR) {
      return -1; // "15HĐ": a number glued to letters is not a symbol's number
    }
    return q;
  }

  private static int codeEnd(char[] b, int p, int limit) {
    if (!Character.isUpperCase(b[p])) {
      return -1;
    }
    int upper = 0;
    int lower = 0;
    int q = p;
    while (q < limit) {
      char c = b[q];
      byte cls = CharClass.of(c);
      if (cls == CharClass.LETTER) {
        if (Character.isUpperCase(c)) {
          upper++;
        } else {
          lower++;
        }
      } else if (cls != CharClass.DIGIT) {
        if (cls != CharClass.SEPARATOR) {
          return -1; // combining mark or invisible character inside: not a clean code
        }
        break;
      }
      if (q - p == MAX_CODE_LENGTH) {
        return -1; // too long for a code (without reading the rest of the word)
      }
      q++;
    }
    if (q - p > MAX_CODE_LENGTH || lower >= upper) {
      return -1;
    }
    return q;
  }

  private static boolean lettersOnly(char[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (CharClass.of(b[i]) != CharClass.LETTER) {
        return false;
      }
    }
    return true;
  }

  /** Appends the key of the symbol {@code b[start, end)} (as matched by {@link #matchEnd}). */
  static void appendKey(char[] b, int start, int end, StringBuilder out) {
    int i = start;
    while (i < end - 1 && b[i] == '0' && CharClass.of(b[i + 1]) == CharClass.DIGIT) {
      i++;
    }
    for (; i < end; i++) {
      char c = b[i];
      if (c == ' ' || c == '\t' || c == '\u00A0') {
        continue;
      }
      if (c == '\u2013') {
        c = '-';
      } else if (c == '\u0110' || c == '\u00D0' || c == '\u00F0') {
        c = '\u0111';
      } else {
        c = Character.toLowerCase(c);
      }
      out.append(c);
    }
  }
}
