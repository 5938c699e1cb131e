package io.vankien.web;

/** A 404 with a message saying what was not found. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
