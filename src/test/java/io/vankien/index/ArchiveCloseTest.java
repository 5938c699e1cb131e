package io.vankien.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.InfoStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing a serving archive aborts a merge in progress (every write committed), where a bulk writer finishes it. The
 * merge is held at its start until the writer begins to close, so which of the two happened shows in the commit.
 */
class ArchiveCloseTest {
  private static final int FILES = 3;
  private final InfoStream lucenes = InfoStream.getDefault();
  private final AtomicReference<IndexWriter> writer = new AtomicReference<>();
  private final CountDownLatch mergeStarted = new CountDownLatch(1);

  @AfterEach
  void restoreInfoStream() {
    InfoStream.setDefault(lucenes);
  }

  @Test
  void aServingArchiveAbortsTheMergeItIsClosedDuring(@TempDir Path dir) throws Exception {
    assertEquals(FILES, segmentsAfterClosingDuringAMerge(dir, false), "the merge was aborted, its segments kept");
  }

  @Test
  void aBulkWriterFinishesIt(@TempDir Path dir) throws Exception {
    assertEquals(1, segmentsAfterClosingDuringAMerge(dir, true), "the merge was finished and committed");
  }

  @Test
  void anArchiveClosedTwiceIsClosedOnce(@TempDir Path dir) throws Exception {
    for (boolean bulk : new boolean[] {false, true}) {
      Archive a = bulk ? Archive.openForBulkWriting(dir) : Archive.openForWriting(dir);
      a.close();
      a.close(); // a server's shutdown may close what a failing request already closed
    }
  }

  /** Ingests one file per commit, starts merging them into one, closes: the segments of the last commit. */
  private int segmentsAfterClosingDuringAMerge(Path dir, boolean bulk) throws Exception {
    InfoStream.setDefault(new MergeHeldUntilClose()); // read by the writer's configuration when the archive opens
    Path archiveDir = dir.resolve("archive");
    try (Archive a = bulk ? Archive.openForBulkWriting(archiveDir) : Archive.openForWriting(archiveDir)) {
      writer.set(a.writer());
      Ingester ingester = Ingester.standard(a, IngestOptions.defaults());
      for (int i = 1; i <= FILES; i++) { // samples written for this test
        Path f = dir.resolve("mau-" + i + ".txt");
        Files.writeString(f, "TỈNH ỦY MẪU\nSố 0" + i + "-NQ/TU\nNGHỊ QUYẾT\nvề văn bản mẫu số " + i + "\n");
        assertEquals(1, ingester.ingest(List.of(f), IngestListener.NONE).ingested());
      }
      a.writer().forceMerge(1, false);
      assertTrue(mergeStarted.await(60, TimeUnit.SECONDS), "the merge started");
    } // closed while the merge is held
    try (FSDirectory d = FSDirectory.open(archiveDir.resolve("lucene"));
        DirectoryReader r = DirectoryReader.open(d)) {
      assertEquals(FILES, r.numDocs(), "every write is committed");
      return SegmentInfos.readLatestCommit(d).size();
    }
  }

  /** Holds a merge thread at the start of its merge until the writer closes (or a minute passes). */
  private final class MergeHeldUntilClose extends InfoStream {
    @Override
    public void message(String component, String message) {
      if (!message.startsWith("merging ") || !Thread.currentThread().getName().startsWith("Lucene Merge Thread")) {
        return;
      }
      mergeStarted.countDown();
      long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(1); // never hangs the build
      while (writer.get().isOpen() && System.nanoTime() < giveUp) {
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }

    @Override
    public boolean isEnabled(String component) {
      return "IW".equals(component);
    }

    @Override
    public void close() {}
  }
}
