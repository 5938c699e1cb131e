package io.vankien.meta;

import java.util.Locale;

/**
 * The document type ({@link DocumentTypes}): the header's type line; else a law's number line ("Luật số",
 * "Bộ luật số"); else the symbol's type code ("NQ" in 01-NQ/TU); else "Công văn" for a letter's "V/v"
 * subject; else, for a copy with no header at all, what its text calls itself ("kết luận như sau").
 */
final class TypeReader {
  private TypeReader() {}

  static String read(DocumentZones z) {
    HeaderReader.Header header = z.header();
    if (header.type() != null) {
      return header.type();
    }
    if (header.numberLine() != null) {
      String nl = header.numberLine().toLowerCase(Locale.ROOT);
      if (nl.startsWith("bộ luật")) {
        return "Bộ luật";
      }
      if (nl.startsWith("luật")) {
        return "Luật";
      }
    }
    if (header.number() != null) {
      String byCode = DocumentTypes.ofCode(DocumentNumbers.typeCode(header.number()));
      if (byCode != null) {
        return byCode;
      }
    }
    if (!header.titleLines().isEmpty() && TitleSpan.isLetterSubject(header.titleLines().get(0))) {
      return "Công văn"; // no type line, a symbol without a type code, a "V/v" subject (Nghị định 30/2020/NĐ-CP)
    }
    if (header.orgLines().isEmpty() && header.number() == null && header.titleLines().isEmpty()) {
      return DocumentTypes.ofSelfReference(z.firstParagraph(), z.flowed()); // no header, no type line
    }
    return null;
  }
}
