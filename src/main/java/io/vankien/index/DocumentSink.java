package io.vankien.index;

import java.io.IOException;

/**
 * Where archived documents are written: the embedded Lucene archive ({@link Archive}) or an OpenSearch index
 * (io.vankien.cluster). Writes are keyed by the document's id: a put replaces the document with that id, so
 * writing the same document again changes nothing. Writes become durable (and visible) at {@link #commit}.
 */
public interface DocumentSink {
  /** Adds or replaces the document with this id. */
  void put(ArchivedDocument doc) throws IOException;

  /** Removes the document with this id (nothing when there is none). */
  void delete(String id) throws IOException;

  /** Makes every write so far durable. */
  void commit() throws IOException;
}
