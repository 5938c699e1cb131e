package io.vankien.index;

import java.io.IOException;

/** The data folder cannot be used as asked; the message says why and what to do. */
public class ArchiveException extends IOException {
  public ArchiveException(String message) {
    super(message);
  }

  public ArchiveException(String message, Throwable cause) {
    super(message, cause);
  }
}
