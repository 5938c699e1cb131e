package io.vankien.index;

import io.vankien.meta.AccessLevel;

/**
 * Settings of an ingest run.
 *
 * @param threads files extracted at once
 * @param batchSize index writes between commits
 * @param maxFileBytes larger files are reported and skipped
 * @param defaultAccess the access level of a document that states none (no stamp, sidecar or upload field)
 */
public record IngestOptions(int threads, int batchSize, long maxFileBytes, AccessLevel defaultAccess) {
  /** Index writes between commits by default: a commit flushes small segments, so a bulk load commits seldom. */
  public static final int DEFAULT_BATCH = 10_000;

  /**
   * What a document that states no access level gets unless configured otherwise: internal, so that nothing
   * is shown to anonymous callers because nobody thought about it.
   */
  public static final AccessLevel DEFAULT_ACCESS = AccessLevel.INTERNAL;

  public static IngestOptions defaults() {
    return new IngestOptions(Math.max(1, Runtime.getRuntime().availableProcessors()), DEFAULT_BATCH, 200L << 20);
  }

  /** Options with the {@link #DEFAULT_ACCESS} default level. */
  public IngestOptions(int threads, int batchSize, long maxFileBytes) {
    this(threads, batchSize, maxFileBytes, DEFAULT_ACCESS);
  }

  /** The same options with another default access level. */
  public IngestOptions withDefaultAccess(AccessLevel level) {
    return new IngestOptions(threads, batchSize, maxFileBytes, level);
  }

  public IngestOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    if (defaultAccess == null) {
      throw new IllegalArgumentException("a default access level is required");
    }
    if (maxFileBytes < 1) {
      throw new IllegalArgumentException("max file size must be positive, got " + maxFileBytes);
    }
  }
}
