package io.vankien.web;

/** A 404 with a message saying what was not found. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }

  /** The message of an id that names no document the caller may read. */
  public static String noDocument(String id) {
    return "Không có văn bản mã “" + id + "” (hoặc bạn không có quyền xem văn bản này).";
  }
}
