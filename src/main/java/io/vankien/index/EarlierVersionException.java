package io.vankien.index;

/**
 * A file whose bytes are an earlier version of an archived document, ingested or uploaded as a document of
 * its own: refused, since its id already names that document (a new version is made only by the path rule
 * or by uploading a new version of the document, see {@link Ingester}).
 */
public class EarlierVersionException extends RuntimeException {
  public EarlierVersionException(String message) {
    super(message);
  }
}
