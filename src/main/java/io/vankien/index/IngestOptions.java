package io.vankien.index;

/**
 * Settings of an ingest run.
 *
 * @param threads files extracted at once
 * @param batchSize index writes between commits
 * @param maxFileBytes larger files are reported and skipped
 */
public record IngestOptions(int threads, int batchSize, long maxFileBytes) {
  /** Index writes between commits by default: a commit flushes small segments, so a bulk load commits seldom. */
  public static final int DEFAULT_BATCH = 10_000;

  public static IngestOptions defaults() {
    return new IngestOptions(Math.max(1, Runtime.getRuntime().availableProcessors()), DEFAULT_BATCH, 200L << 20);
  }

  public IngestOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    if (maxFileBytes < 1) {
      throw new IllegalArgumentException("max file size must be positive, got " + maxFileBytes);
    }
  }
}
