package io.vankien.backup;

import java.io.IOException;

/** A backup cannot be made or restored as asked; the message says why and names the file or folder. */
public class BackupException extends IOException {
  public BackupException(String message) {
    super(message);
  }

  public BackupException(String message, Throwable cause) {
    super(message, cause);
  }
}
