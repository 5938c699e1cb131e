package io.vankien.cli;

import io.vankien.index.IngestListener;
import io.vankien.index.IngestReport;
import io.vankien.observe.JsonLog;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One structured log line per ingested file ({@code "event":"ingest"}, the file, its outcome, the reason of a
 * failure), beside the progress bar it forwards to. Used when stderr is not a terminal (the journal, a cron
 * mail, a log file), where a bar redrawn in place means nothing.
 */
final class IngestLog implements IngestListener {
  private final IngestListener next;
  private final JsonLog log;

  IngestLog(IngestListener next, JsonLog log) {
    this.next = next;
    this.log = log;
  }

  @Override
  public void started(int totalFiles, long totalBytes) {
    next.started(totalFiles, totalBytes);
  }

  @Override
  public void fileDone(String file, IngestReport.Outcome outcome, String reasonIfFailed) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("file", file);
    line.put("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT));
    line.put("reason", reasonIfFailed);
    log.write("ingest", line);
    next.fileDone(file, outcome, reasonIfFailed);
  }
}
