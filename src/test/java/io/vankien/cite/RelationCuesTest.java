package io.vankien.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.meta.DocumentNumbers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@link RelationReader} matches cues only in the sentences naming a symbol; the cues it finds there must be
 * exactly those a scan of the whole text finds where a symbol's cue can stand (from its sentence's start to
 * the symbol), on the project's samples and, when present, the real documents of ../shared.
 */
class RelationCuesTest {
  private final RelationReader reader = RelationReader.standard();

  @Test
  void sentenceCuesEqualWholeTextCuesOnTheSamples() throws IOException {
    int symbols = checkAll(Path.of("samples"), 1);
    assertTrue(symbols > 50, "the samples cite documents: " + symbols);
  }

  @Test
  void sentenceCuesEqualWholeTextCuesOnTheRealDocuments() throws IOException {
    Path corpus = Path.of("../shared/corpus");
    Assumptions.assumeTrue(Files.isDirectory(corpus), "../shared/corpus is absent: no real documents to check");
    int symbols = checkAll(corpus.resolve("seeds"), 1) + checkAll(corpus.resolve("laws"), 3);
    assertTrue(symbols > 100, "the seeds and a third of the laws cite documents: " + symbols);
  }

  @Test
  void aSymbolAfterACueInALongLineKeepsItsCue() {
    String text = "x ".repeat(5000) + "Căn cứ Luật Mẫu số 10/2020/QH14; căn cứ Nghị quyết số 12-NQ/TU.";
    assertEquals("basis", reader.read(text, null, null, List.of("12-NQ/TU")).get(0).relation().code());
    assertEquals(List.of(), reader.read(text, null, null, List.of()));
  }

  /** Checks every {@code step}-th text under {@code root} (the whole-text scan it compares with is slow). */
  private int checkAll(Path root, int step) throws IOException {
    int symbols = 0;
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().toList();
    }
    for (int i = 0; i < files.size(); i += step) {
      symbols += check(files.get(i).toString(), Files.readString(files.get(i), StandardCharsets.UTF_8));
    }
    return symbols;
  }

  private int check(String name, String raw) {
    String text = RelationReader.nfc(raw);
    String lower = RelationReader.lower(text);
    List<DocumentNumbers.Found> symbols = DocumentNumbers.findAll(text);
    int[] reachFrom = symbols.stream().mapToInt(f -> RelationReader.sentenceStart(text, f.start())).toArray();
    List<String> expected = new ArrayList<>();
    for (int[] c : reader.allCues(lower)) {
      boolean reachable = false;
      for (int i = 0; i < symbols.size() && !reachable; i++) {
        reachable = c[0] >= reachFrom[i] && c[1] <= symbols.get(i).start();
      }
      if (reachable) {
        expected.add(c[0] + "-" + c[1] + ":" + c[2]);
      }
    }
    List<String> actual = new ArrayList<>();
    for (int[] c : reader.cuesNear(text, lower, symbols)) {
      actual.add(c[0] + "-" + c[1] + ":" + c[2]);
    }
    assertEquals(expected, actual, name);
    return symbols.size();
  }
}
