package io.vankien.index;

/** An upload the caller may not write (its document belongs to a province the caller does not work for). */
public class NotAdmittedException extends RuntimeException {
  public NotAdmittedException(String message) {
    super(message);
  }
}
