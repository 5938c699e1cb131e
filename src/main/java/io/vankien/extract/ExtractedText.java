package io.vankien.extract;

import java.util.List;

/**
 * The text of one file and how it was obtained.
 *
 * @param text the extracted text: Unicode NFC, lines ended by {@code \n}, one line per paragraph and per
 *     table cell (Word header and signature tables read left cell, right cell, row by row)
 * @param method how the text was obtained: {@code plain-text}, {@code tika}, {@code ocr} (every page
 *     or the image OCRed), {@code tika+ocr} (a PDF's text layer plus OCR of its pages without text)
 * @param mediaType the detected media type, e.g. {@code application/pdf}
 * @param notes what was done to the text on the way, e.g. {@code encoding: windows-1258},
 *     {@code repaired: TCVN3}; empty when nothing
 */
public record ExtractedText(String text, String method, String mediaType, List<String> notes) {
  public ExtractedText {
    notes = notes == null ? List.of() : List.copyOf(notes);
  }
}
