package io.vankien.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.index.Archive;
import io.vankien.index.ArchiveFormat;
import io.vankien.search.SearchRequest;
import io.vankien.search.SearchService;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compact} merges the index into the segments asked for; the archive answers the same afterwards. */
class CompactCommandTest {
  @TempDir Path tmp;

  @Test
  void mergesThreeIngestsIntoOneSegmentKeepingTheAnswersAndTheFormat() throws Exception {
    String data = tmp.resolve("data").toString();
    for (int i = 1; i <= 3; i++) { // one commit each: three segments
      Path in = tmp.resolve("in" + i + "/nq-0" + i + ".txt"); // samples, not real documents
      Files.createDirectories(in.getParent());
      Files.writeString(in, "VĂN BẢN MẪU\nTỈNH ỦY HÀ NAM\nSố 0" + i + "-NQ/TU\nNGHỊ QUYẾT\nvề chuyển đổi số, lần " + i,
          StandardCharsets.UTF_8);
      assertEquals(0, Main.run("ingest", "--quiet", "--index", data, in.toString()));
    }
    assertEquals(3, segments(data));
    long before = total(data);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, Main.run("compact", "--index", data));
    } finally {
      System.setOut(old);
    }
    String said = out.toString(StandardCharsets.UTF_8);
    assertTrue(said.contains("3 segment(s) -> 1"), said);
    assertEquals(1, segments(data));
    assertEquals(3, before);
    assertEquals(before, total(data));
    try (Archive a = Archive.openReadOnly(Path.of(data))) { // the commit keeps the archive's format
      assertEquals(ArchiveFormat.CURRENT, a.recordedFormat());
    }
  }

  @Test
  void refusesFewerThanOneSegment() {
    assertEquals(1, Main.run("compact", "--index", tmp.resolve("data").toString(), "--segments", "0"));
  }

  private static int segments(String data) throws Exception {
    try (FSDirectory dir = FSDirectory.open(Path.of(data, "lucene"))) {
      return SegmentInfos.readLatestCommit(dir).size();
    }
  }

  private static long total(String data) throws Exception {
    try (Archive a = Archive.openReadOnly(Path.of(data))) {
      return new SearchService(a.searcher()).search(SearchRequest.of("chuyển đổi số")).total();
    }
  }
}
