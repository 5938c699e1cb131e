package io.vankien.cluster;

import io.vankien.index.ArchivedDocument;
import io.vankien.index.DocumentSink;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code serve --cluster}: what the server writes to its data folder (an upload, a new version, a metadata edit, a
 * delete, a review edit) is written to the cluster too, as {@code ingest --cluster} does ({@link OpenSearchSink}), and
 * at each commit made searchable there at once (a refresh), so the answer after a write shows it. A document the
 * cluster refuses fails the commit, naming it: the data folder keeps it, and {@code ingest --cluster} sends it again.
 */
public final class ClusterMirror implements DocumentSink {
  private final OpenSearchSink sink;
  private final Set<String> sinceCommit = new LinkedHashSet<>();

  public ClusterMirror(OpenSearchSink sink) {
    this.sink = sink;
  }

  @Override
  public synchronized void put(ArchivedDocument doc) throws IOException {
    sink.put(doc);
    sinceCommit.add(doc.id());
  }

  @Override
  public synchronized void delete(String id) throws IOException {
    sink.delete(id);
    sinceCommit.add(id);
  }

  /** Sends every write since the last commit and refreshes the index; an IOException names what was refused. */
  @Override
  public synchronized void commit() throws IOException {
    Set<String> ids = new LinkedHashSet<>(sinceCommit);
    sinceCommit.clear();
    sink.finish();
    Map<String, String> refused = new LinkedHashMap<>();
    sink.failures().forEach((id, why) -> {
      if (ids.contains(id)) {
        refused.put(id, why);
      }
    });
    if (!refused.isEmpty()) {
      throw new IOException("cluster " + sink.target() + " refused " + refused.size() + " document(s), kept in the"
          + " data folder (ingest --cluster sends them again): " + refused);
    }
  }
}
