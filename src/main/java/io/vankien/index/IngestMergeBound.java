package io.vankien.index;

import org.apache.lucene.index.TieredMergePolicy;

/**
 * How large a merge a bulk ingest may start: in proportion to what it ingests. A bulk writer waits for its merges when
 * it closes, and Lucene's policy merges whatever a new segment tips over its budget, up to 5 GB: one file ingested into
 * the million-document archive waited 49 s for a 1.7 GB merge (BENCHMARKS.md, "Twenty-sixth session"). So an ingest
 * of {@code b} bytes merges into segments of at most eight times {@code b}, and never less than {@link #FLOOR_MB}:
 * on the benchmark's host an ingest reads about 4 MB of text a second and a merge writes 35-100 MB a second, so the
 * merges it waits for take a fraction of its own time. A first ingest, or one as large as the archive, merges as
 * Lucene would; the larger merges a small ingest leaves are the next large ingest's, {@code compact}'s or the
 * server's (which merges in the background, and is not bounded).
 */
final class IngestMergeBound {
  /** The bound for the smallest ingests: a merge of this size takes about a second. */
  static final double FLOOR_MB = 32;
  /** Merged segment per byte ingested. */
  static final double PER_BYTE = 8;

  private IngestMergeBound() {}

  /** The largest merged segment, in MB, for an ingest of {@code ingestBytes}; Lucene's default at the most. */
  static double maxMergedSegmentMb(long ingestBytes) {
    double lucenes = new TieredMergePolicy().getMaxMergedSegmentMB();
    return Math.min(lucenes, Math.max(FLOOR_MB, PER_BYTE * ingestBytes / (1024.0 * 1024.0)));
  }
}
