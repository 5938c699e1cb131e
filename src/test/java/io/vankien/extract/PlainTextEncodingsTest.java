package io.vankien.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain-text files in every encoding Vietnamese text was saved in. */
class PlainTextEncodingsTest {
  private static final TextExtractor EXTRACTOR = new TextExtractor();
  private static final String TEXT = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
      + "Ban Thường vụ Tỉnh ủy đề nghị các cấp ủy, tổ chức đảng tập trung lãnh đạo thực hiện nghị quyết.\n";

  @TempDir Path dir;

  private ExtractedText extract(String name, byte[] bytes) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return EXTRACTOR.extract(file);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  @Test
  void utf8WithAndWithoutBom() throws Exception {
    ExtractedText plain = extract("a.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    assertEquals(TEXT, plain.text());
    assertEquals(List.of("encoding: UTF-8"), plain.notes());
    ExtractedText bom = extract("b.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        TEXT.getBytes(StandardCharsets.UTF_8)));
    assertEquals(TEXT, bom.text());
    assertEquals(List.of("encoding: UTF-8 (BOM)"), bom.notes());
  }

  @Test
  void utf16WithBom() throws Exception {
    ExtractedText le = extract("le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        TEXT.getBytes(StandardCharsets.UTF_16LE)));
    assertEquals(TEXT, le.text());
    assertEquals(List.of("encoding: UTF-16LE (BOM)"), le.notes());
    ExtractedText be = extract("be.txt", TEXT.getBytes(StandardCharsets.UTF_16)); // Java writes a BE BOM
    assertEquals(TEXT, be.text());
    assertEquals(List.of("encoding: UTF-16BE (BOM)"), be.notes());
  }

  /** Windows-1258 keeps the tone as a combining mark after the (possibly accented) base letter. */
  static byte[] windows1258(String text) throws CharacterCodingException {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder base = new StringBuilder();
    StringBuilder out = new StringBuilder();
    String tones = "\u0300\u0301\u0303\u0309\u0323";
    String tone = "";
    for (int i = 0; i <= decomposed.length(); i++) {
      char c = i < decomposed.length() ? decomposed.charAt(i) : '\0';
      boolean mark = Character.getType(c) == Character.NON_SPACING_MARK;
      if (mark && tones.indexOf(c) >= 0) {
        tone = String.valueOf(c);
      } else if (mark) {
        base.append(c);
      } else {
        out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
        base.setLength(0);
        tone = "";
        if (i < decomposed.length()) {
          base.append(c);
        }
      }
    }
    ByteBuffer bytes = Charset.forName("windows-1258").newEncoder()
        .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(out));
    byte[] array = new byte[bytes.remaining()];
    bytes.get(array);
    return array;
  }

  @Test
  void windows1258() throws Exception {
    byte[] bytes = windows1258(TEXT);
    assertTrue(bytes.length < TEXT.getBytes(StandardCharsets.UTF_8).length, "one byte per char or mark");
    ExtractedText extracted = extract("cp1258.txt", bytes);
    assertEquals(TEXT, extracted.text());
    assertEquals(List.of("encoding: windows-1258"), extracted.notes());
  }

  @Test
  void tcvn3AndVniBytesInATextFile() throws Exception {
    ExtractedText tcvn3 = extract("abc.txt", LegacyEncoders.toTcvn3(TEXT).getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(TEXT, tcvn3.text());
    assertTrue(tcvn3.notes().contains("repaired: TCVN3"), tcvn3.notes().toString());
    ExtractedText vni = extract("vni.txt", LegacyEncoders.toVni(TEXT).getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(TEXT, vni.text());
    assertTrue(vni.notes().contains("repaired: VNI"), vni.notes().toString());
  }

  @Test
  void tcvn3MojibakeSavedAsUtf8IsRepaired() throws Exception {
    ExtractedText extracted = extract("converted.txt", LegacyEncoders.toTcvn3(TEXT).getBytes(StandardCharsets.UTF_8));
    assertEquals(TEXT, extracted.text());
    assertEquals(List.of("encoding: UTF-8", "repaired: TCVN3"), extracted.notes());
  }

  @Test
  void windowsLineEndsAndDecomposedMarksAreNormalised() throws Exception {
    String decomposed = java.text.Normalizer.normalize(TEXT, java.text.Normalizer.Form.NFD).replace("\n", "\r\n");
    ExtractedText extracted = extract("crlf.txt", decomposed.getBytes(StandardCharsets.UTF_8));
    assertEquals(TEXT, extracted.text());
  }

  /** The real laws and seeds go the whole way: detected as text, read as UTF-8, nothing "repaired". */
  @Test
  void realCorpusReadsAsUtf8WithoutRepair() throws Exception {
    List<Path> files = new java.util.ArrayList<>();
    for (Path folder : List.of(Path.of("../shared/corpus/laws"), Path.of("../shared/corpus/seeds"))) {
      if (Files.isDirectory(folder)) {
        try (var s = Files.list(folder)) {
          s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
      }
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(files.size() == 115, "../shared/corpus not present");
    List<String> unexpected = new java.util.ArrayList<>();
    int empty = 0;
    for (Path file : files) {
      try {
        ExtractedText extracted = EXTRACTOR.extract(file);
        if (!extracted.method().equals("plain-text") || !extracted.notes().equals(List.of("encoding: UTF-8"))) {
          unexpected.add(file.getFileName() + " " + extracted.method() + " " + extracted.notes());
        }
      } catch (ExtractionException e) {
        if (Files.size(file) == 0 && e.getMessage().contains("empty file (0 bytes)")) {
          empty++;
        } else {
          unexpected.add(e.getMessage());
        }
      }
    }
    assertEquals(List.of(), unexpected);
    assertEquals(1, empty, "the corpus has one empty law");
  }

  @Test
  void binaryGarbageNamedTxtIsRefused() throws Exception {
    byte[] garbage = new byte[4096];
    new java.util.Random(7).nextBytes(garbage);
    Path file = dir.resolve("notes.txt");
    Files.write(file, garbage);
    ExtractionException e = assertThrows(ExtractionException.class, () -> EXTRACTOR.extract(file));
    assertTrue(e.getMessage().contains("binary content") || e.getMessage().contains("unrecognised binary"),
        e.getMessage());
    assertTrue(e.getMessage().contains("notes.txt"), e.getMessage());
  }

  @Test
  void onlyWhiteSpaceIsNoText() throws Exception {
    ExtractionException e = assertThrows(ExtractionException.class,
        () -> extract("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().contains("no text"), e.getMessage());
  }
}
