package io.vankien.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Index writes run outside the ingester's lock: many files sharing contents, then the same paths with
 * contents moved between them, ingested with 4 threads and small batches, give the same archive as with
 * one thread, and index and store agree.
 */
class IngestConcurrencyTest {
  private static final int FILES = 120;

  @TempDir Path tmp;

  private static String content(int k) {
    return "VĂN BẢN MẪU\nTỈNH ỦY KON TUM\nSố " + k + "-NQ/TU\nKon Tum, ngày 3 tháng 4 năm 2021\n\nNGHỊ QUYẾT\n"
        + "về nội dung số " + k + "\n\n" + "Đoạn văn của văn bản số " + k + ".\n".repeat(1 + k % 5);
  }

  private void writeRound(Path in, int round) throws Exception {
    for (int i = 0; i < FILES; i++) {
      int k = round == 0 ? i % 40 : (i * 7) % 50; // duplicates; then contents moved, new ones, old ones gone
      Path f = in.resolve("d" + (i % 6)).resolve("f" + i + ".txt");
      Files.createDirectories(f.getParent());
      Files.writeString(f, content(k), StandardCharsets.UTF_8);
    }
  }

  private static Map<String, String> snapshot(Archive a) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (ArchiveSearcher.View v = a.searcher().acquire()) {
      for (ScoreDoc sd : v.searcher().search(new MatchAllDocsQuery(), 10_000).scoreDocs) {
        ArchivedDocument d = v.load(sd.doc);
        TreeSet<String> paths = new TreeSet<>();
        d.sources().forEach(s -> paths.add(s.path()));
        String previous = out.put(d.id(), paths + " " + d.meta() + " " + d.sha256() + " " + d.text().length());
        assertEquals(null, previous, "one document per id: " + d.id());
        assertTrue(a.store().contains(d.sha256()), "original stored for " + d.id());
      }
    }
    try (Stream<Path> s = Files.walk(a.dataDir().resolve("store"))) {
      assertEquals(out.size(), s.filter(Files::isRegularFile).count(), "no original left without its document");
    }
    return out;
  }

  private Map<String, String> ingestTwice(Path in, int threads, String name) throws Exception {
    try (Archive a = Archive.openForWriting(tmp.resolve(name))) {
      Ingester ingester = Ingester.standard(a, new IngestOptions(threads, 7, 50L << 20));
      writeRound(in, 0);
      IngestReport first = ingester.ingest(List.of(in), IngestListener.NONE);
      assertEquals(0, first.failed(), first.failures().toString());
      assertEquals(40, first.ingested());
      assertEquals(FILES - 40, first.sourceAdded());
      Map<String, String> afterFirst = snapshot(a);
      assertEquals(40, afterFirst.size());

      writeRound(in, 1);
      IngestReport second = ingester.ingest(List.of(in), IngestListener.NONE);
      assertEquals(0, second.failed(), second.failures().toString());
      Map<String, String> afterSecond = snapshot(a);
      for (String v : afterSecond.values()) {
        assertTrue(!v.startsWith("[]"), "a document with no source left: " + v);
      }
      return Map.of("first", afterFirst.toString(), "second", afterSecond.toString());
    }
  }

  @Test
  void fourThreadsGiveTheSameArchiveAsOne() throws Exception {
    Path in = tmp.resolve("in");
    Map<String, String> one = ingestTwice(in, 1, "one");
    Map<String, String> four = ingestTwice(in, 4, "four");
    assertEquals(one.get("first"), four.get("first"));
    assertEquals(one.get("second"), four.get("second"));
  }
}
