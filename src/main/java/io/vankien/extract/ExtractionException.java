package io.vankien.extract;

/** A file whose text cannot be extracted; the message says why, for the ingest report. */
public class ExtractionException extends Exception {
  public ExtractionException(String message) {
    super(message);
  }

  public ExtractionException(String message, Throwable cause) {
    super(message, cause);
  }
}
