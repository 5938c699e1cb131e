package io.vankien.meta;

import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repeated {@link Matcher#find()} of a pattern over a long text, with the same matches in the same order,
 * that tries the pattern only where a match can begin: at a bounded distance before an anchor that every
 * match contains (a literal such as "khóa" or "này", found with {@link String#indexOf}, or a digit), instead
 * of at every position of the text. An unanchored pattern tried at every position of a 100 KB text costs
 * far more than finding its few anchors.
 *
 * <p>The caller vouches for the anchor: every match of the pattern starting at {@code s} contains an anchor
 * at {@code q}, where {@code a - maxBefore <= s <= a - minBefore} and {@code a} is {@code q}, or (with
 * {@code skipSpaces}) the start of the run of whitespace ({@code \s}: space, tab, line breaks) just before
 * {@code q}. Each candidate start is then tried with {@link Matcher#lookingAt()} in a region from it to the
 * end, with transparent bounds (look-behinds see the text before it), which matches there exactly as
 * {@code find()} does when it reaches that position. Not thread-safe: one instance per text.
 */
final class AnchoredFind {
  private final Matcher matcher;
  private final String text;
  private final IntUnaryOperator nextAnchor;
  private final int minBefore;
  private final int maxBefore;
  private final boolean skipSpaces;
  /** The next match begins here or after (where the last one ended). */
  private int from;
  /** Candidate starts below this were tried and did not match. */
  private int tried;
  /** Anchors before this were used up. */
  private int anchorFrom;

  /**
   * @param nextAnchor the first anchor at or after a position, or -1
   */
  AnchoredFind(Pattern pattern, String text, IntUnaryOperator nextAnchor, int minBefore, int maxBefore,
      boolean skipSpaces) {
    this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    this.text = text;
    this.nextAnchor = nextAnchor;
    this.minBefore = minBefore;
    this.maxBefore = maxBefore;
    this.skipSpaces = skipSpaces;
  }

  /** Matches of a pattern that begins with one of the types, spaces and "này", tried only before each "này". */
  static AnchoredFind beforeNay(Pattern p, String[] types, String text) {
    int max = java.util.Arrays.stream(types).mapToInt(String::length).max().orElseThrow();
    int min = java.util.Arrays.stream(types).mapToInt(String::length).min().orElseThrow();
    return new AnchoredFind(p, text, AnchoredFind.caseless(text, "này"), min, max, true);
  }

  /**
   * Anchors at any of the literals, in any case as a case-insensitive Unicode pattern ({@code (?iu)})
   * compares letters: each character equal once folded ({@link #fold}). The literals share their first
   * letter ("khóa", "khoá"); the text is searched for each character that folds to it.
   */
  static IntUnaryOperator caseless(String text, String... literals) {
    String[] folded = java.util.Arrays.stream(literals).map(AnchoredFind::fold).toArray(String[]::new);
    char first = folded[0].charAt(0);
    for (String l : folded) {
      if (l.charAt(0) != first) {
        throw new IllegalArgumentException("literals with different first letters: " + String.join(", ", literals));
      }
    }
    char[] variants = VARIANTS.computeIfAbsent(first, AnchoredFind::variantsOf);
    return new IntUnaryOperator() {
      /** The first occurrence of each variant at or after {@code searched}, or -1 when there is none. */
      private final int[] next = new int[variants.length];
      private int searched = Integer.MAX_VALUE; // nothing searched yet

      @Override
      public int applyAsInt(int from) {
        for (int at = from; at < text.length(); ) {
          int best = -1;
          for (int v = 0; v < variants.length; v++) {
            if (at < searched || (next[v] >= 0 && next[v] < at)) {
              next[v] = text.indexOf(variants[v], at); // else next[v] is still the first at or after `at`
            }
            if (next[v] >= 0 && (best < 0 || next[v] < best)) {
              best = next[v];
            }
          }
          searched = at;
          if (best < 0) {
            return -1;
          }
          for (String l : folded) {
            if (foldedAt(text, best, l)) {
              return best;
            }
          }
          at = best + 1;
        }
        return -1;
      }
    };
  }

  /** Whether the text holds the literal in any case ({@link #caseless}): else no pattern needing it matches. */
  static boolean containsCaseless(String text, String literal) {
    return caseless(text, literal).applyAsInt(0) >= 0;
  }

  /** Whether the text at {@code at} folds to the folded literal. */
  private static boolean foldedAt(String text, int at, String folded) {
    if (at + folded.length() > text.length()) {
      return false;
    }
    for (int j = 0; j < folded.length(); j++) {
      if (FOLDED[text.charAt(at + j)] != folded.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /** {@link #variantsOf} each first letter asked. */
  private static final java.util.Map<Character, char[]> VARIANTS = new java.util.concurrent.ConcurrentHashMap<>();

  /** Every character that folds to {@code f} (f itself among them). */
  private static char[] variantsOf(char f) {
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (FOLDED[c] == f) {
        sb.append((char) c);
      }
    }
    return sb.toString().toCharArray();
  }

  /** Like {@link Matcher#find()}: true when there is a next match, then available from {@link #matcher()}. */
  boolean find() {
    while (true) {
      int q = nextAnchor.applyAsInt(anchorFrom);
      if (q < 0) {
        return false;
      }
      int a = q;
      if (skipSpaces) {
        while (a > 0 && isSpace(text.charAt(a - 1))) {
          a--;
        }
      }
      int lo = Math.max(Math.max(0, a - maxBefore), Math.max(from, tried));
      int hi = Math.min(a - minBefore, text.length());
      for (int s = lo; s <= hi; s++) {
        matcher.region(s, text.length());
        if (matcher.lookingAt()) {
          from = matcher.end() > s ? matcher.end() : s + 1;
          tried = from;
          anchorFrom = q; // the next match may still begin before this anchor's last candidate
          return true;
        }
      }
      tried = Math.max(tried, hi + 1);
      anchorFrom = q + 1;
    }
  }

  Matcher matcher() {
    return matcher;
  }

  /** {@code \s} of a pattern without UNICODE_CHARACTER_CLASS. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /**
   * The text with each character as a case-insensitive Unicode pattern ({@code (?iu)}) compares it: lower
   * case of its upper case (a surrogate as it is: no literal of ours is outside the BMP).
   */
  private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      FOLDED[c] = Character.isSurrogate((char) c) ? (char) c : Character.toLowerCase(Character.toUpperCase((char) c));
    }
  }

  /** One character folded ({@link #fold}). */
  static char fold(char c) {
    return FOLDED[c];
  }

  static String fold(String s) {
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char f;
      if (c < 0x80) {
        f = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      } else {
        f = FOLDED[c]; // a surrogate stays as it is: no literal of ours is outside the BMP
      }
      if (f != c) {
        if (out == null) {
          out = s.toCharArray();
        }
        out[i] = f;
      }
    }
    return out == null ? s : new String(out);
  }
}
