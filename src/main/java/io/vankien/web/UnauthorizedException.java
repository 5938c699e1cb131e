package io.vankien.web;

/** A 401: the request needs a staff token. */
public class UnauthorizedException extends RuntimeException {
  public UnauthorizedException(String message) {
    super(message);
  }
}
