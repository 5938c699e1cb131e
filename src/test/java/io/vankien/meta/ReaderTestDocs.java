package io.vankien.meta;

import io.vankien.extract.TextCleaner;

/** Builds the zones of a short test document (lines joined, cleaned) for the per-reader tests. */
final class ReaderTestDocs {
  private ReaderTestDocs() {}

  static DocumentZones zones(String... lines) {
    return DocumentZones.of(TextCleaner.clean(String.join("\n", lines)));
  }

  /** A Party header: body lines, "*", number, motto, place-date line. */
  static String[] partyHeader(String body, String number, String placeDate) {
    return new String[] {body, "*", "Số " + number, "ĐẢNG CỘNG SẢN VIỆT NAM", placeDate, ""};
  }

  static String[] concat(String[] a, String... b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
