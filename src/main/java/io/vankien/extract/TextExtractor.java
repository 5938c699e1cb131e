package io.vankien.extract;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** File to text. PLACEHOLDER (foundation): UTF-8 plain text only; Tika, OCR and legacy encodings follow. */
public class TextExtractor {

  public ExtractedText extract(Path file) throws ExtractionException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ExtractionException("cannot read file: " + e.getMessage(), e);
    }
    if (bytes.length == 0) {
      throw new ExtractionException("empty file (0 bytes)");
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      if (text.isBlank()) {
        throw new ExtractionException("no text in file (only white space)");
      }
      return new ExtractedText(text, "plain-text", "text/plain", List.of());
    } catch (CharacterCodingException e) {
      throw new ExtractionException("not UTF-8 text", e);
    }
  }
}
