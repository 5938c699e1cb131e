package io.vankien;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vankien.extract.TextCleaner;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The patterns made linear for hostile input (possessive quantifiers, plain code) behave as the patterns
 * they replace: on many short random strings over the characters each one cares about, the same
 * {@code matches()} answer and the same sequence of {@code find()} matches, group by group.
 */
class RegexRewritesTest {
  private static final int STRINGS = 20_000;

  private record Rewrite(String owner, String field, String old, String alphabet) {}

  private static final List<Rewrite> REWRITES = List.of(
      new Rewrite("search.QueryLexer", "SYMBOL",
          "\\d{1,6}\\s*-\\s*\\p{L}{1,12}(?:/[\\p{L}\\d][\\p{L}\\d-]*)+"
              + "|\\d{1,6}/(?:\\d{4}/)?\\p{L}[\\p{L}\\d]*(?:\\s\\d{1,3}\\b)?(?:-[\\p{L}\\d]+)*",
          "12/-– AĐbx2020"),
      new Rewrite("meta.DocumentZones", "SECTION_HEADING",
          "(?u)^(?:[IVXLC]{1,5}|\\d{1,2}(?:\\.\\d{1,2})*)\\s*[.)\\-]\\s|^(?:Điều\\s+\\d|Chương\\s|Phần thứ|PHẦN)",
          "1.2 )-IVa"),
      new Rewrite("meta.SignatureReader", "PLAIN_NAME",
          "(?u)^(?:\\p{Lu}(?:['’]\\p{Lu})?\\p{Ll}*(?:\\s+|$))+$|^[\\p{Lu}'’\\s]+$", "ANĐaăễ '’\t"),
      new Rewrite("extract.TextCleaner", "PIPE_SEPARATOR",
          "^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$", "|--: \tx"),
      new Rewrite("extract.TextCleaner", "DECORATION",
          "(?m)^[ \\t]*(?:(?:\\\\?\\*[ \\t]*)+|[-_=~–—]{3,}[ \\t]*)(?:\\n|$)", "*\\ \t\n-_=x"),
      new Rewrite("extract.TextCleaner", "SUP_AT_LINE_START",
          "(?im)^[ \\t]*<sup>\\s*([^<]{0,12}?)\\s*</sup>\\s*", "<sup></sup> \n\tx1"),
      new Rewrite("extract.LayoutColumns", "GAP",
          "\\S([ ]{3,}[ \\t]*|[ ]*\\t[ \\t]*)(?=\\S)", "   \t\txa\n"),
      new Rewrite("meta.HeaderReader", "DATE_AFTER_NUMBER",
          "(?iu)^\\s*,?\\s*ngày\\s*(\\d{1,2})\\s*(?:tháng|/|-|\\.)\\s*(\\d{1,2})\\s*(?:năm|/|-|\\.)\\s*(\\d{4})",
          " ,ngày12/-.2021"));

  @Test
  void eachRewrittenPatternMatchesAsTheOldOne() throws Exception {
    for (Rewrite r : REWRITES) {
      Pattern now = field(r.owner(), r.field());
      Pattern old = Pattern.compile(r.old());
      Random random = new Random(r.field().hashCode());
      for (int i = 0; i < STRINGS; i++) {
        String s = randomString(random, r.alphabet(), 16);
        assertEquals(old.matcher(s).matches(), now.matcher(s).matches(), r.field() + " matches on '" + s + "'");
        // groups the code reads (PIPE_SEPARATOR lost an unread capturing group)
        int groups = Math.min(old.matcher("").groupCount(), now.matcher("").groupCount());
        assertEquals(finds(old, s, groups), finds(now, s, groups), r.field() + " find on '" + s + "'");
      }
    }
  }

  @Test
  void supRemovalIsTheOldLazyPattern() throws Exception {
    Method withoutSup = TextCleaner.class.getDeclaredMethod("withoutSup", String.class);
    withoutSup.setAccessible(true);
    Pattern old = Pattern.compile("(?is)<sup>.*?</sup>");
    Random random = new Random(42);
    String[] pieces = {"<sup>", "</sup>", "<SUP>", "</Sup>", "<sup", "x", " ", "\n", "1"};
    for (int i = 0; i < STRINGS; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(8); k > 0; k--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = sb.toString();
      assertEquals(old.matcher(s).replaceAll(""), withoutSup.invoke(null, s), "'" + s + "'");
    }
  }

  private static String randomString(Random random, String alphabet, int maxLength) {
    int n = random.nextInt(maxLength + 1);
    StringBuilder sb = new StringBuilder(n);
    for (int k = 0; k < n; k++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** Every find() in order: start, end and each group's span. */
  private static List<List<Integer>> finds(Pattern p, String s, int groups) {
    List<List<Integer>> out = new ArrayList<>();
    Matcher m = p.matcher(s);
    while (m.find()) {
      List<Integer> one = new ArrayList<>(List.of(m.start(), m.end()));
      for (int g = 1; g <= groups; g++) {
        one.add(m.start(g));
        one.add(m.end(g));
      }
      out.add(one);
    }
    return out;
  }

  private static Pattern field(String owner, String name) throws ReflectiveOperationException {
    Field f = Class.forName("io.vankien." + owner).getDeclaredField(name);
    f.setAccessible(true);
    return (Pattern) f.get(null);
  }
}
