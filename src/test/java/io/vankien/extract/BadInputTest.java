package io.vankien.extract;

import static io.vankien.extract.TestDocuments.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input is an ExtractionException whose message names the file and the problem. */
class BadInputTest {
  private static final TextExtractor EXTRACTOR = new TextExtractor();

  @TempDir Path dir;

  private static ExtractionException failure(TextExtractor extractor, Path file) {
    ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(file));
    assertTrue(e.getMessage().contains(file.getFileName().toString()), "names the file: " + e.getMessage());
    return e;
  }

  private static void assertMessage(ExtractionException e, String expected) {
    assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
  }

  @Test
  void emptyFile() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.pdf"));
    assertMessage(failure(EXTRACTOR, empty), "empty file (0 bytes)");
  }

  @Test
  void missingFileAndDirectory() throws Exception {
    assertMessage(failure(EXTRACTOR, dir.resolve("missing.docx")), "no such file");
    Path folder = Files.createDirectory(dir.resolve("folder.docx"));
    assertMessage(failure(EXTRACTOR, folder), "is a directory");
  }

  @Test
  void unreadableFile() throws Exception {
    Path file = Files.writeString(dir.resolve("secret.txt"), BODY);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeTrue(!Files.isReadable(file), "running as root: mode 000 does not stop reading, cannot test");
    assertMessage(failure(EXTRACTOR, file), "permission denied");
  }

  @Test
  void corruptPdf() throws Exception {
    byte[] garbage = new byte[8000];
    new Random(11).nextBytes(garbage);
    byte[] bytes = (new String("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1))
        .getBytes(StandardCharsets.ISO_8859_1);
    byte[] pdf = Arrays.copyOf(bytes, bytes.length + garbage.length);
    System.arraycopy(garbage, 0, pdf, bytes.length, garbage.length);
    Path file = Files.write(dir.resolve("corrupt.pdf"), pdf);
    ExtractionException e = failure(EXTRACTOR, file);
    assertTrue(e.getMessage().contains("corrupt or unreadable application/pdf") || e.getMessage().contains("no text"),
        e.getMessage());
  }

  @Test
  void truncatedPdf() throws Exception {
    assumeTrue(fontAvailable(), "no " + FONT + " (Debian package fonts-dejavu-core)");
    Path whole = textPdf(dir.resolve("whole.pdf"), List.of(ISSUER, BODY));
    byte[] bytes = Files.readAllBytes(whole);
    Path truncated = Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(bytes, bytes.length / 3));
    ExtractionException e = failure(new TextExtractor(ExtractionLimits.defaults().withOcr(false)), truncated);
    assertTrue(e.getMessage().contains("corrupt or unreadable application/pdf") || e.getMessage().contains("text layer"),
        e.getMessage());
  }

  @Test
  void passwordProtectedPdf() throws Exception {
    assumeTrue(fontAvailable(), "no " + FONT + " (Debian package fonts-dejavu-core)");
    assertMessage(failure(EXTRACTOR, encryptedPdf(dir.resolve("locked.pdf"))), "password-protected");
  }

  @Test
  void passwordProtectedDocx() throws Exception {
    Path plain = docx(dir.resolve("plain.docx"));
    Path locked = dir.resolve("locked.docx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("mat-khau");
      try (InputStream in = Files.newInputStream(plain); OPCPackage opc = OPCPackage.open(in);
          OutputStream os = encryptor.getDataStream(fs)) {
        opc.save(os);
      }
      try (OutputStream out = Files.newOutputStream(locked)) {
        fs.writeFilesystem(out);
      }
    }
    assertMessage(failure(EXTRACTOR, locked), "password-protected");
  }

  /** A DOCX whose document.xml repeats one paragraph until it is 40 MB: a few hundred KB zipped. */
  @Test
  void zipBombDocx() throws Exception {
    Path normal = docx(dir.resolve("normal.docx"));
    Path bomb = dir.resolve("bomb.docx");
    String paragraph = "<w:p><w:r><w:t>" + BODY + "</w:t></w:r></w:p>";
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(normal));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("word/document.xml")) {
          String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          int body = xml.indexOf("<w:body>") + "<w:body>".length();
          out.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
          byte[] p = paragraph.getBytes(StandardCharsets.UTF_8);
          for (long written = 0; written < 40_000_000L; written += p.length) {
            out.write(p);
          }
          out.write(xml.substring(body).getBytes(StandardCharsets.UTF_8));
        } else {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    assertTrue(Files.size(bomb) < 2_000_000, "bomb is small: " + Files.size(bomb));
    ExtractionException e = failure(EXTRACTOR, bomb);
    assertMessage(e, "suspected zip bomb");
  }

  @Test
  void tooMuchTextIsRefused() throws Exception {
    TextExtractor small = new TextExtractor(ExtractionLimits.defaults().withMaxChars(100));
    Path txt = Files.writeString(dir.resolve("long.txt"), BODY.repeat(10));
    assertMessage(failure(small, txt), "too much text");
    Path docx = docx(dir.resolve("long.docx"));
    assertMessage(failure(small, docx), "too much text");
  }

  @Test
  void fileOverTheSizeLimit() throws Exception {
    TextExtractor limited = new TextExtractor(ExtractionLimits.defaults().withMaxFileBytes(1000));
    Path big = Files.writeString(dir.resolve("big.txt"), BODY.repeat(30));
    ExtractionException e = failure(limited, big);
    assertMessage(e, "larger than the limit of 1000 bytes");
  }

  @Test
  void randomBytesNamedPdf() throws Exception {
    byte[] garbage = new byte[5000];
    new Random(3).nextBytes(garbage);
    Path file = Files.write(dir.resolve("report.pdf"), garbage);
    ExtractionException e = failure(EXTRACTOR, file);
    assertTrue(e.getMessage().contains("unrecognised binary") || e.getMessage().contains("corrupt"), e.getMessage());
  }

  @Test
  void timeLimit() throws Exception {
    TextExtractor hurried = new TextExtractor(ExtractionLimits.defaults().withTimeout(Duration.ofMillis(1)));
    Path docx = docx(dir.resolve("slow.docx"));
    assertMessage(failure(hurried, docx), "timed out after 1 ms");
  }

  @Test
  void timeLimitStopsWaitingForAHangingParse() {
    long start = System.nanoTime();
    ExtractionException e = assertThrows(ExtractionException.class, () -> TimeLimit.run(() -> {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
      return "never";
    }, Duration.ofMillis(200)));
    assertEquals("timed out after 200 ms (per-file time limit)", e.getMessage());
    assertTrue(System.nanoTime() - start < 30_000_000_000L, "returned long before the work would have ended");
    assertEquals("120 s", TimeLimit.describe(Duration.ofSeconds(120)));
  }

  @Test
  void limitsRejectNonsense() {
    assertThrows(IllegalArgumentException.class, () -> ExtractionLimits.defaults().withMaxFileBytes(0));
    assertThrows(IllegalArgumentException.class, () -> ExtractionLimits.defaults().withTimeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> ExtractionLimits.defaults().withOcrLanguage("vie; rm -rf"));
  }
}
