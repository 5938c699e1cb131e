package io.vankien.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The symbol grammar against the judged metadata of the real seeds (../shared/corpus/seeds-expected.jsonl):
 * every cited symbol and the document's own number are found, and at most one in ten symbols found is not
 * in the judged list (the judged "cites" are not exhaustive: seed 000 cites "35/2023/UBTVQH15", which a
 * reader confirms in the text, but the judged list omits it).
 */
class TestDocumentSymbolOnSeeds {
  private static final Path CORPUS = Path.of("../shared/corpus");
  private static final Pattern FILE = Pattern.compile("\"file\":\\s*\"([^\"]+)\"");
  private static final Pattern NUMBER = Pattern.compile("\"number\":\\s*\"([^\"]+)\"");
  private static final Pattern CITES = Pattern.compile("\"cites\":\\s*\\[([^\\]]*)\\]");
  private static final Pattern STRING = Pattern.compile("\"([^\"]+)\"");

  @Test
  void findsExactlyTheJudgedSymbols() throws IOException {
    Path expected = CORPUS.resolve("seeds-expected.jsonl");
    assumeTrue(Files.isRegularFile(expected), "judged seeds not present at " + expected.toAbsolutePath());
    int checked = 0;
    int foundTotal = 0;
    List<String> extras = new ArrayList<>();
    for (String line : Files.readAllLines(expected, StandardCharsets.UTF_8)) {
      Matcher file = FILE.matcher(line);
      if (!file.find()) {
        continue;
      }
      Path text = CORPUS.resolve("seeds").resolve(file.group(1));
      if (!Files.isRegularFile(text)) {
        continue;
      }
      Set<String> judged = new TreeSet<>();
      Matcher number = NUMBER.matcher(line);
      if (number.find()) {
        judged.add(DocumentSymbol.key(number.group(1)).orElseThrow());
      }
      Matcher cites = CITES.matcher(line);
      if (cites.find()) {
        Matcher s = STRING.matcher(cites.group(1));
        while (s.find()) {
          judged.add(DocumentSymbol.key(s.group(1)).orElseThrow(() -> new AssertionError("judged cite is not a symbol")));
        }
      }
      Set<String> found = new TreeSet<>(DocumentSymbol.findAll(Files.readString(text, StandardCharsets.UTF_8)));
      List<String> missing = new ArrayList<>(judged);
      missing.removeAll(found);
      List<String> extra = new ArrayList<>(found);
      extra.removeAll(judged);
      assertEquals(List.of(), missing, file.group(1) + " missing");
      foundTotal += found.size();
      extras.addAll(extra);
      checked++;
    }
    assumeTrue(checked > 0, "no seed text found beside seeds-expected.jsonl");
    assertTrue(extras.size() * 10 <= foundTotal, "not judged: " + extras + " of " + foundTotal + " found");
  }
}
