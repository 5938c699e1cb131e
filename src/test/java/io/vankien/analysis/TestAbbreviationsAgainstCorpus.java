package io.vankien.analysis;

import io.vankien.text.VietnameseText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An abbreviation written without diacritics must not be the diacritic-free form of an ordinary word of the
 * real corpus, or a query typed without diacritics would expand that word ("tu" for "từ" is why TU is not an
 * abbreviation).
 */
class TestAbbreviationsAgainstCorpus {
  private static final Path CORPUS = Path.of("../shared/corpus");

  @Test
  void singleWordAbbreviationsDoNotFoldToOrdinaryWords() throws IOException {
    assumeTrue(Files.isDirectory(CORPUS.resolve("laws")), "real corpus not present at " + CORPUS.toAbsolutePath());
    Set<String> ordinaryFolded = new HashSet<>();
    Pattern word = Pattern.compile("\\p{L}+");
    for (String dir : List.of("laws", "seeds")) {
      try (Stream<Path> files = Files.list(CORPUS.resolve(dir))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
          Matcher m = word.matcher(Files.readString(f, StandardCharsets.UTF_8));
          while (m.find()) {
            String w = m.group();
            if (!w.equals(w.toUpperCase(Locale.ROOT))) { // skip all-caps words: headings and abbreviations
              ordinaryFolded.add(VietnameseText.fold(w));
            }
          }
        }
      }
    }
    Set<String> clashes = new TreeSet<>();
    try (InputStream in = VietnameseAbbreviations.class.getResourceAsStream(VietnameseAbbreviations.RESOURCE)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        for (String entry : line.split("\\|")) {
          String e = entry.strip();
          if (word.matcher(e).matches() && e.equals(e.toUpperCase(Locale.ROOT)) && ordinaryFolded.contains(VietnameseText.fold(e))) {
            clashes.add(e);
          }
        }
      }
    }
    assertEquals(Set.of(), clashes);
  }
}
