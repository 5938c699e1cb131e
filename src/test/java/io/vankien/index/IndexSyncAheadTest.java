package io.vankien.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which index files are forced ahead of a commit: finished ones, once; never the lock or a file being written. */
class IndexSyncAheadTest {
  @TempDir Path dir;

  @Test
  void aFileIsForcedOnceItStoppedGrowingAndOnlyOnce() throws Exception {
    IndexSyncAhead s = IndexSyncAhead.manual(dir);
    Files.write(dir.resolve("_0.cfs"), new byte[100]);
    assertEquals(List.of(), s.look(), "first seen: it may still grow");
    Files.write(dir.resolve("_0.cfs"), new byte[50], StandardOpenOption.APPEND);
    assertEquals(List.of(), s.look(), "it grew since the last look");
    assertEquals(List.of("_0.cfs"), s.look(), "the same size twice: finished");
    assertEquals(List.of(), s.look(), "forced once");
  }

  @Test
  void theLockAndPendingCommitsAreLeftToTheWriter() throws Exception {
    IndexSyncAhead s = IndexSyncAhead.manual(dir);
    Files.write(dir.resolve(IndexWriter.WRITE_LOCK_NAME), new byte[0]);
    Files.write(dir.resolve("pending_segments_2"), new byte[10]);
    s.look();
    assertEquals(List.of(), s.look());
  }

  @Test
  void aDeletedFileIsForgottenAndANewOneOfTheSameNameForcedAgain() throws Exception {
    IndexSyncAhead s = IndexSyncAhead.manual(dir);
    Path f = dir.resolve("_1.si");
    Files.write(f, new byte[10]);
    s.look();
    assertEquals(List.of("_1.si"), s.look());
    Files.delete(f);
    assertEquals(List.of(), s.look());
    Files.write(f, new byte[10]);
    s.look();
    assertEquals(List.of("_1.si"), s.look(), "Lucene never reuses a name, but a forgotten one is looked at again");
  }

  @Test
  void filesPresentWhenItStartsAreLeftAlone() throws Exception {
    Files.write(dir.resolve("_2.cfs"), new byte[10]);
    IndexSyncAhead s = IndexSyncAhead.manual(dir).leavingPresentFiles();
    Files.write(dir.resolve("_3.cfs"), new byte[10]);
    s.look();
    assertEquals(List.of("_3.cfs"), s.look());
  }
}
