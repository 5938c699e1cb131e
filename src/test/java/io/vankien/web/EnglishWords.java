package io.vankien.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds English words in what a user reads: the words of english-words.txt (test resource), except the
 * codes and names of english-allowed.txt. Text in “curly quotes” (a value quoted back: what the user typed, a
 * parameter's code) and paths ("/api/search", "/openapi.json") are literal, not prose, and are skipped.
 */
final class EnglishWords {
  private static final Pattern QUOTED = Pattern.compile("“[^”]*”");
  private static final Pattern PATH = Pattern.compile("(?<![\\p{L}\\d])/[\\w./{}?=&-]+");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private final Set<String> english;
  private final Set<String> allowed;

  EnglishWords() throws IOException {
    english = read("english-words.txt");
    allowed = read("english-allowed.txt");
  }

  private static Set<String> read(String name) throws IOException {
    try (InputStream in = EnglishWords.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
    }
  }

  /** The English words of {@code text}, in order (empty when there is none). */
  List<String> in(String text) {
    String prose = PATH.matcher(QUOTED.matcher(text).replaceAll(" ")).replaceAll(" ");
    List<String> found = new ArrayList<>();
    var m = WORD.matcher(prose);
    while (m.find()) {
      String w = m.group();
      if (!allowed.contains(w) && english.contains(w.toLowerCase(Locale.ROOT))) {
        found.add(w);
      }
    }
    return found;
  }
}
