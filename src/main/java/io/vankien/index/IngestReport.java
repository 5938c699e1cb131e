package io.vankien.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What one ingest run did, file by file where it matters. Thread-safe while the run fills it. */
public final class IngestReport {
  /** The outcome of one file. */
  public enum Outcome { INGESTED, REPLACED, SOURCE_ADDED, UNCHANGED, FAILED }

  /** One file that could not be ingested, and why. */
  public record Failure(String file, String reason) {}

  private int ingested;
  private int replaced;
  private int sourceAdded;
  private int unchanged;
  private long bytes;
  private final List<Failure> failures = new ArrayList<>();
  private long startedMillis = System.currentTimeMillis();
  private long finishedMillis;

  public synchronized void record(Outcome o, long size) {
    bytes += size;
    switch (o) {
      case INGESTED -> ingested++;
      case REPLACED -> replaced++;
      case SOURCE_ADDED -> sourceAdded++;
      case UNCHANGED -> unchanged++;
      case FAILED -> throw new IllegalArgumentException("use fail()");
    }
  }

  public synchronized void fail(String file, String reason) {
    failures.add(new Failure(file, reason));
  }

  synchronized void finish() {
    finishedMillis = System.currentTimeMillis();
  }

  public synchronized int ingested() { return ingested; }
  public synchronized int replaced() { return replaced; }
  public synchronized int sourceAdded() { return sourceAdded; }
  public synchronized int unchanged() { return unchanged; }
  public synchronized int failed() { return failures.size(); }
  public synchronized long bytes() { return bytes; }
  public synchronized List<Failure> failures() { return Collections.unmodifiableList(new ArrayList<>(failures)); }
  public synchronized int processed() { return ingested + replaced + sourceAdded + unchanged + failures.size(); }
  public synchronized double seconds() {
    long end = finishedMillis == 0 ? System.currentTimeMillis() : finishedMillis;
    return (end - startedMillis) / 1000.0;
  }

  public synchronized String summary() {
    return String.format("%d ingested, %d replaced, %d source added, %d unchanged, %d failed (%.1f s)",
        ingested, replaced, sourceAdded, unchanged, failures.size(), seconds());
  }
}
