package io.vankien.cluster;

import io.vankien.index.ArchivedDocument;
import io.vankien.index.DocumentSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Documents written to an OpenSearch index through {@code _bulk}: puts and deletes are kept (the last write of
 * an id wins) and sent when they reach about {@link #MAX_BULK_CHARS} or at {@link #commit}. The document id is
 * vankien's id, so writing a document again replaces it. Items the cluster refuses as busy (429) are sent again
 * by the retry policy; items refused for another reason are kept as failures ({@link #failures}), the others go
 * on. Thread-safe.
 */
public final class OpenSearchSink implements DocumentSink {
  /** Characters of one {@code _bulk} body (about 16 MB of UTF-8 at most). */
  static final long MAX_BULK_CHARS = 8L << 20;

  private final ClusterClient client;
  private final long maxBulkChars;
  private IOException deferred; // a send that failed in put or delete, thrown by the next commit
  private final Map<String, Bulk.Action> pending = new LinkedHashMap<>();
  private long pendingChars;
  private final Map<String, String> failures = new LinkedHashMap<>();
  private final Set<String> written = new HashSet<>();
  private int deleted;

  public OpenSearchSink(ClusterClient client) {
    this(client, MAX_BULK_CHARS);
  }

  OpenSearchSink(ClusterClient client, long maxBulkChars) {
    this.client = client;
    this.maxBulkChars = maxBulkChars;
  }

  /** A sink to the target's index, created from the index template when missing. */
  public static OpenSearchSink open(ClusterClient client) throws IOException {
    ClusterIndex.ensure(client);
    return new OpenSearchSink(client);
  }

  public ClusterTarget target() {
    return client.target();
  }

  @Override
  public void put(ArchivedDocument doc) throws IOException {
    Bulk.Action a = Bulk.Action.index(doc.id(), ClusterDocuments.source(doc)); // mapped on the caller's thread
    queue(a);
  }

  @Override
  public void delete(String id) throws IOException {
    queue(Bulk.Action.delete(id));
  }

  /**
   * Keeps a write, sending what is kept once it is large enough. A send that fails here is not the caller's
   * document's failure (the archive has written it): it is kept and thrown by the next {@link #commit}.
   */
  private synchronized void queue(Bulk.Action a) {
    Bulk.Action before = pending.put(a.id(), a);
    pendingChars += a.size() - (before == null ? 0 : before.size());
    if (pendingChars >= maxBulkChars && deferred == null) {
      try {
        flush();
      } catch (IOException e) {
        deferred = e;
      }
    }
  }

  @Override
  public synchronized void commit() throws IOException {
    if (deferred != null) {
      IOException e = deferred;
      deferred = null;
      throw e;
    }
    flush();
  }

  /** Sends what is pending, then refreshes the index so that searches see it. */
  public synchronized void finish() throws IOException {
    flush();
    ClusterClient.Response r = client.send("POST", "/" + client.target().index() + "/_refresh", null, null);
    if (!r.ok()) {
      throw new IOException("cluster refresh of " + client.target().index() + " failed (HTTP " + r.status() + "): "
          + Bulk.abbreviate(r.body()));
    }
  }

  private void flush() throws IOException {
    List<Bulk.Action> actions = new ArrayList<>(pending.values());
    pending.clear();
    pendingChars = 0;
    List<Bulk.Action> chunk = new ArrayList<>();
    long chars = 0;
    for (Bulk.Action a : actions) {
      if (!chunk.isEmpty() && chars + a.size() > maxBulkChars) {
        send(chunk);
        chunk = new ArrayList<>();
        chars = 0;
      }
      chunk.add(a);
      chars += a.size();
    }
    if (!chunk.isEmpty()) {
      send(chunk);
    }
  }

  /** Sends actions in one body, and those the cluster was too busy for again, as the retry policy allows. */
  private void send(List<Bulk.Action> actions) throws IOException {
    String index = client.target().index();
    List<Bulk.Action> left = actions;
    for (int attempt = 1; !left.isEmpty(); attempt++) {
      if (attempt > 1) {
        client.pause(attempt);
      }
      ClusterClient.Response r = client.send("POST", "/_bulk", Bulk.body(index, left), "application/x-ndjson");
      if (!r.ok()) {
        throw new IOException("cluster _bulk to " + index + " failed (HTTP " + r.status() + "): "
            + Bulk.abbreviate(r.body()));
      }
      List<Bulk.Item> items = Bulk.items(r.body(), left.size());
      List<Bulk.Action> busy = new ArrayList<>();
      boolean last = attempt >= client.retryPolicy().maxAttempts();
      for (int i = 0; i < items.size(); i++) {
        Bulk.Action a = left.get(i);
        Bulk.Item item = items.get(i);
        if (item.done(a)) {
          failures.remove(a.id());
          if (a.isDelete()) {
            deleted++;
            written.remove(a.id());
          } else {
            written.add(a.id());
          }
        } else if (RetryPolicy.retriable(item.status()) && !last) {
          busy.add(a);
        } else {
          failures.put(a.id(), "HTTP " + item.status() + (item.error() == null ? "" : " " + item.error()));
        }
      }
      left = busy;
    }
  }

  /** The ids the cluster refused, with why (after the retries). */
  public synchronized Map<String, String> failures() {
    return Map.copyOf(failures);
  }

  /** Whether the document with this id was written in this run. */
  public synchronized boolean wasWritten(String id) {
    return written.contains(id);
  }

  /** Documents written in this run. */
  public synchronized int writtenCount() {
    return written.size();
  }

  public synchronized int deletedCount() {
    return deleted;
  }
}
