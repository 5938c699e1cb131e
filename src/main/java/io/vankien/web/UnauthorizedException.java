package io.vankien.web;

/** A 401: the request needs a signed-in account or an API token (or the one it sent is not valid). */
public class UnauthorizedException extends RuntimeException {
  public UnauthorizedException(String message) {
    super(message);
  }
}
