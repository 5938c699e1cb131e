package io.vankien.web;

/** A 403: the operation is not allowed here. */
public class ForbiddenException extends RuntimeException {
  public ForbiddenException(String message) {
    super(message);
  }
}
