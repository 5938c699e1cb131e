package io.vankien.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.TieredMergePolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bulk ingest merges in proportion to what it ingests; the server's merges are not bounded. */
class IngestMergeBoundTest {
  private static final double LUCENES = new TieredMergePolicy().getMaxMergedSegmentMB();

  @Test
  void aFewFilesMergeOnlySmallSegments() {
    assertEquals(IngestMergeBound.FLOOR_MB, IngestMergeBound.maxMergedSegmentMb(20_000), 1e-9);
    assertEquals(IngestMergeBound.FLOOR_MB, IngestMergeBound.maxMergedSegmentMb(0), 1e-9);
  }

  @Test
  void aLargerIngestMergesEightTimesWhatItIngestsUpToLucenesDefault() {
    assertEquals(800, IngestMergeBound.maxMergedSegmentMb(100L << 20), 1e-9);
    assertEquals(LUCENES, IngestMergeBound.maxMergedSegmentMb(1400L << 20), 1e-9);
    assertEquals(LUCENES, IngestMergeBound.maxMergedSegmentMb(Long.MAX_VALUE / 16), 1e-9);
  }

  @Test
  void anIngestBoundsItsMergesByTheFilesItWasGiven(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mau-01.txt"); // a sample written for this test
    Files.writeString(file, "TỈNH ỦY MẪU\nSố 01-NQ/TU\nNGHỊ QUYẾT\nvề văn bản mẫu cho kiểm thử\n");
    try (Archive a = Archive.openForBulkWriting(dir.resolve("archive"))) {
      IngestReport report = Ingester.standard(a, IngestOptions.defaults()).ingest(List.of(file), IngestListener.NONE);
      assertEquals(1, report.ingested());
      TieredMergePolicy tiered = (TieredMergePolicy) a.writer().getConfig().getMergePolicy();
      assertEquals(IngestMergeBound.FLOOR_MB, tiered.getMaxMergedSegmentMB(), 1e-9);
    }
  }

  @Test
  void aBulkWriterTakesTheBoundAndAServingOneDoesNot(@TempDir Path dir) throws Exception {
    try (Archive a = Archive.openForBulkWriting(dir)) {
      TieredMergePolicy tiered = assertInstanceOf(TieredMergePolicy.class, a.writer().getConfig().getMergePolicy());
      assertEquals(LUCENES, tiered.getMaxMergedSegmentMB(), 1e-9);
      a.boundMergesFor(30_000);
      assertEquals(IngestMergeBound.FLOOR_MB, tiered.getMaxMergedSegmentMB(), 1e-9);
      a.boundMergesFor(10L << 30);
      assertEquals(LUCENES, tiered.getMaxMergedSegmentMB(), 1e-9);
    }
    try (Archive a = Archive.openForWriting(dir)) {
      a.boundMergesFor(30_000);
      MergePolicy served = ((MergeMappings) a.writer().getConfig().getMergePolicy()).unwrap();
      assertEquals(LUCENES, assertInstanceOf(TieredMergePolicy.class, served).getMaxMergedSegmentMB(), 1e-9);
    }
  }
}
