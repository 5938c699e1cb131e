package io.vankien;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.testing.HostileText;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every compiled pattern the product keeps (static fields of the classes that read queries, files and
 * text, and the maps and lists of patterns they hold) is run against hostile lines of 20,000 characters:
 * none may overflow the stack. Java's regex engine recurses once per repetition of a group that can match
 * in more than one way ({@code (?:/\w+)+}, {@code (\|\s*-+\s*)*}), so such a pattern on a long enough line
 * throws StackOverflowError; a possessive quantifier ({@code ++}, {@code *+}) or plain code does not.
 * Slow patterns are cut short (a pattern meant for {@code matches()} may well be quadratic under
 * {@code find()}); the end-to-end time is what {@code HostileInputTest} bounds.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PatternsOnHostileTextTest {
  private static final List<String> PACKAGES = List.of("analysis", "extract", "meta", "index", "search", "web", "cite");
  private static final long CUT_NANOS = 50_000_000L;

  @Test
  void noPatternOverflowsTheStackOnALongHostileLine() throws Exception {
    Map<String, Pattern> patterns = patterns();
    assertTrue(patterns.size() > 300, "patterns found: " + patterns.size()); // the scan itself works
    Map<String, String> lines = HostileText.lines(20_000);
    List<String> overflows = new ArrayList<>();
    for (Map.Entry<String, Pattern> p : patterns.entrySet()) {
      for (Map.Entry<String, String> line : lines.entrySet()) {
        for (boolean whole : new boolean[] {true, false}) {
          Matcher m = p.getValue().matcher(new CutShort(line.getValue(), System.nanoTime() + CUT_NANOS));
          try {
            if (whole) {
              m.matches();
            } else {
              m.lookingAt();
            }
          } catch (CutShort.Late slow) {
            // bounded end to end elsewhere
          } catch (StackOverflowError e) {
            overflows.add(p.getKey() + " on " + line.getKey() + (whole ? " (matches)" : " (lookingAt)"));
          }
        }
      }
    }
    assertEquals(List.of(), overflows);
  }

  @Test
  void theScanFindsAPatternThatOverflows() {
    // the old QueryLexer.SYMBOL: proof that the check above can fail
    Pattern nested = Pattern.compile("\\d{1,6}\\s*-\\s*\\p{L}{1,12}(?:/[\\p{L}\\d][\\p{L}\\d-]*)+");
    String line = HostileText.lines(20_000).get("party symbol, many codes");
    boolean overflowed = false;
    try {
      nested.matcher(line).matches();
    } catch (StackOverflowError e) {
      overflowed = true;
    }
    assertTrue(overflowed);
  }

  /** Compiled patterns in static fields (and in the maps, lists and arrays there), by class and field. */
  private static Map<String, Pattern> patterns() throws IOException {
    Path classes = Path.of("target/classes");
    Map<String, Pattern> out = new LinkedHashMap<>();
    for (String pkg : PACKAGES) {
      Path dir = classes.resolve("io/vankien").resolve(pkg);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      List<String> names;
      try (Stream<Path> s = Files.walk(dir)) {
        names = s.map(p -> classes.relativize(p).toString().replace('\\', '/'))
            .filter(p -> p.endsWith(".class"))
            .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.')).sorted().toList();
      }
      for (String name : names) {
        Class<?> c;
        try {
          c = Class.forName(name, true, PatternsOnHostileTextTest.class.getClassLoader());
        } catch (ReflectiveOperationException | LinkageError e) {
          continue;
        }
        for (Field f : c.getDeclaredFields()) {
          if (!Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
            continue;
          }
          try {
            f.setAccessible(true);
            collect(name.substring("io.vankien.".length()) + "." + f.getName(), f.get(null), out);
          } catch (ReflectiveOperationException | RuntimeException e) {
            // not readable: not ours to scan
          }
        }
      }
    }
    return out;
  }

  private static void collect(String where, Object v, Map<String, Pattern> out) {
    if (v instanceof Pattern p) {
      out.putIfAbsent(where + " /" + p.pattern() + "/", p);
    } else if (v instanceof Map<?, ?> m) {
      m.forEach((k, x) -> {
        collect(where, k, out);
        collect(where, x, out);
      });
    } else if (v instanceof Collection<?> c) {
      c.forEach(x -> collect(where, x, out));
    } else if (v instanceof Object[] a) {
      for (Object x : a) {
        collect(where, x, out);
      }
    } else if (v instanceof Map.Entry<?, ?> e) {
      collect(where, e.getKey(), out);
      collect(where, e.getValue(), out);
    }
  }

  /** A line that stops a match (throws {@link Late}) once its time is up. */
  private static final class CutShort implements CharSequence {
    static final class Late extends RuntimeException {
      Late() {
        super(null, null, false, false);
      }
    }

    private final String s;
    private final long deadline;
    private int reads;

    CutShort(String s, long deadline) {
      this.s = s;
      this.deadline = deadline;
    }

    @Override
    public int length() {
      return s.length();
    }

    @Override
    public char charAt(int i) {
      if ((++reads & 0xFFF) == 0 && System.nanoTime() > deadline) {
        throw new Late();
      }
      return s.charAt(i);
    }

    @Override
    public CharSequence subSequence(int from, int to) {
      return s.subSequence(from, to);
    }

    @Override
    public String toString() {
      return s;
    }
  }
}
