package io.vankien.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bytes of a plain-text file to text: UTF-8 (with or without BOM), UTF-16 with BOM, else a single-byte
 * legacy reading: Windows-1258 (Vietnamese with combining tone marks), or TCVN3 / VNI bytes, whichever
 * yields more Vietnamese syllables. Binary content is refused.
 */
final class PlainTextDecoder {
  static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

  /** The text, and the notes saying how it was read. */
  record Decoded(String text, List<String> notes) {}

  private PlainTextDecoder() {}

  static Decoded decode(byte[] bytes) throws ExtractionException {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8), List.of("encoding: UTF-8 (BOM)"));
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE), List.of("encoding: UTF-16LE (BOM)"));
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE), List.of("encoding: UTF-16BE (BOM)"));
    }
    String binary = binaryReason(bytes);
    if (binary != null) {
      throw new ExtractionException("binary content, not text: " + binary);
    }
    Optional<String> utf8 = tryStrict(bytes, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return new Decoded(utf8.get(), List.of("encoding: UTF-8"));
    }
    String cp1258 = Normalizer.normalize(new String(bytes, WINDOWS_1258), Normalizer.Form.NFC);
    String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
    Optional<LegacyEncodingRepair.Repair> legacy = LegacyEncodingRepair.repair(latin1);
    if (legacy.isPresent()
        && LegacyEncodingRepair.syllableCount(legacy.get().text()) > LegacyEncodingRepair.syllableCount(cp1258)) {
      List<String> notes = new ArrayList<>();
      notes.add("encoding: " + legacy.get().encoding() + " (8-bit)");
      notes.add("repaired: " + legacy.get().encoding());
      return new Decoded(legacy.get().text(), notes);
    }
    return new Decoded(cp1258, List.of("encoding: windows-1258"));
  }

  /** Why the bytes look binary, or null: NUL bytes, or many control characters. */
  static String binaryReason(byte[] bytes) {
    int sample = Math.min(bytes.length, 64 * 1024);
    int controls = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return "NUL byte at offset " + i;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1A) {
        controls++;
      }
    }
    if (controls > Math.max(2, sample / 100)) {
      return controls + " control bytes in the first " + sample + " bytes";
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String strict(byte[] bytes, int offset, Charset charset) throws ExtractionException {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ExtractionException("has a " + charset.name() + " byte-order mark but is not valid " + charset.name(), e);
    }
  }

  private static Optional<String> tryStrict(byte[] bytes, Charset charset) {
    try {
      return Optional.of(strict(bytes, 0, charset));
    } catch (ExtractionException e) {
      return Optional.empty();
    }
  }
}
