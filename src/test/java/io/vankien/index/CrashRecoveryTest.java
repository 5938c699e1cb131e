package io.vankien.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.testing.TestArchives;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a bulk ingest with SIGKILL in the middle, runs the same ingest again, and checks that every file
 * is in the archive exactly once and that index and store agree.
 */
class CrashRecoveryTest {
  private static final int FILES = 600;

  @TempDir Path tmp;

  @Test
  void killNineDuringIngestThenRerunIngestsEveryFileExactlyOnce() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (int i = 0; i < FILES; i++) {
      StringBuilder sb = new StringBuilder("VĂN BẢN MẪU số " + i + "\n");
      for (int k = 0; k < 200; k++) {
        sb.append("Nghị quyết về phát triển kinh tế - xã hội, đoạn ").append(k).append(" của văn bản ").append(i).append(".\n");
      }
      Files.writeString(in.resolve(String.format("doc-%04d.txt", i)), sb.toString(), StandardCharsets.UTF_8);
    }
    Path data = tmp.resolve("data");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
        System.getProperty("java.class.path"), "io.vankien.cli.Main", "ingest", "--quiet", "--threads", "2",
        "--batch", "25", "--index", data.toString(), in.toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    // wait until some batches are committed, then kill -9 mid-run
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && p.isAlive() && committedGenerations(data.resolve("lucene")) < 3) {
      Thread.sleep(20);
    }
    assertTrue(p.isAlive(), "the child ended before it could be killed: " + Files.readString(tmp.resolve("child.log")));
    p.destroyForcibly(); // SIGKILL on Unix
    p.waitFor(30, TimeUnit.SECONDS);

    int committedBefore;
    try (Archive a = Archive.openForWriting(data)) {
      committedBefore = count(a);
      assertTrue(committedBefore < FILES, "killed before the end: " + committedBefore);
      IngestReport again = TestArchives.ingest(a, in);
      assertEquals(0, again.failed(), again.failures().toString());
      assertEquals(FILES, again.ingested() + again.unchanged(), again.summary());
      assertEquals(committedBefore, again.unchanged(), "what was committed is not ingested twice");
      assertArchiveConsistent(a, in);
    }
  }

  private static int committedGenerations(Path luceneDir) {
    try (Stream<Path> s = Files.list(luceneDir)) {
      return (int) s.filter(f -> f.getFileName().toString().startsWith("segments_")).mapToLong(f ->
          Long.parseLong(f.getFileName().toString().substring(9), Character.MAX_RADIX)).max().orElse(0);
    } catch (Exception e) {
      return 0;
    }
  }

  private static int count(Archive a) throws Exception {
    try (ArchiveSearcher.View v = a.searcher().acquire()) {
      return v.count(new MatchAllDocsQuery());
    }
  }

  private static void assertArchiveConsistent(Archive a, Path in) throws Exception {
    Map<String, Integer> sourcesSeen = new HashMap<>();
    List<String> shas = new ArrayList<>();
    try (ArchiveSearcher.View v = a.searcher().acquire()) {
      for (ScoreDoc sd : v.searcher().search(new MatchAllDocsQuery(), Integer.MAX_VALUE).scoreDocs) {
        ArchivedDocument d = v.load(sd.doc);
        shas.add(d.sha256());
        d.sources().forEach(s -> sourcesSeen.merge(s.name(), 1, Integer::sum));
        try (InputStream orig = a.openOriginal(d)) {
          assertEquals(d.sha256(), ContentStore.sha256(orig.readAllBytes()), "original of " + d.id());
        }
      }
    }
    assertEquals(FILES, shas.size(), "one document per file");
    assertEquals(FILES, sourcesSeen.size());
    assertTrue(sourcesSeen.values().stream().allMatch(n -> n == 1), "each file once");
    try (Stream<Path> s = Files.walk(a.dataDir().resolve("store"))) {
      long stored = s.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".tmp")).count();
      assertEquals(FILES, stored, "store holds exactly the indexed originals");
    }
  }
}
