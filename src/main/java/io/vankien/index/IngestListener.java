package io.vankien.index;

/** Told about progress of an ingest run (called from worker threads). */
public interface IngestListener {
  void started(int totalFiles, long totalBytes);

  void fileDone(String file, IngestReport.Outcome outcome, String reasonIfFailed);

  IngestListener NONE = new IngestListener() {
    @Override
    public void started(int totalFiles, long totalBytes) {}

    @Override
    public void fileDone(String file, IngestReport.Outcome outcome, String reasonIfFailed) {}
  };
}
