package io.vankien.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The cleaner's hand-written fast paths give what the patterns they replace give, on random texts built
 * from the pieces those patterns look at (spaces of every kind, line separators, stars and rules):
 * {@link TextCleaner#collapseSpaces} and {@link TextCleaner#withoutDecoration} their {@code replaceAll}.
 */
class CleanerFastPathsTest {
  private static final int TEXTS = 3_000;

  private static String random(Random r, String[] pieces, int maxPieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = r.nextInt(maxPieces); i >= 0; i--) {
      sb.append(pieces[r.nextInt(pieces.length)]);
    }
    return sb.toString();
  }

  /** Hostile input: lines of stars, which overflowed the regex engine's stack. */
  @Test
  void hostileInputNeitherOverflowsNorChangesResults() {
    assertEquals("", TextCleaner.clean("*".repeat(100_000) + "\n" + "\\* ".repeat(20_000)));
    assertEquals("a\u2028\u2028b", TextCleaner.withoutDecoration("a\u2028" + "*".repeat(50_000) + "\u2028b"));
  }

  @Test
  void collapseSpacesIsTheSpacesPattern() {
    Pattern spaces = Pattern.compile("[ \\t\\u00a0\\u2000-\\u200b\\u202f\\u3000]+");
    String[] pieces = {" ", "  ", "\t", "\u00a0", "\u2003", "\u200b", "\u202f", "\u3000", "\u2028", "a", "bc", "\n"};
    Random r = new Random(3);
    for (int i = 0; i < TEXTS; i++) {
      String t = random(r, pieces, 20);
      assertEquals(spaces.matcher(t).replaceAll(" "), TextCleaner.collapseSpaces(t), t);
    }
  }

  @Test
  void withoutDecorationIsTheDecorationPattern() {
    Pattern decoration = Pattern.compile("(?m)^[ \\t]*(?:(?:\\\\?\\*[ \\t]*)+|[-_=~–—]{3,}[ \\t]*)(?:\\n|$)");
    String[] pieces = {"*", "\\*", "\\", " ", "\t", "-", "—", "–", "_", "=", "~", "---", "a", "\n", "\n", "\u2028", "\u0085"};
    Random r = new Random(5);
    for (int i = 0; i < TEXTS * 3; i++) {
      String t = random(r, pieces, 25);
      assertEquals(decoration.matcher(t).replaceAll(""), TextCleaner.withoutDecoration(t), t);
    }
  }
}
