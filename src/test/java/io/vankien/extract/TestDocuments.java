package io.vankien.extract;

import io.vankien.bench.FormatCorpus;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Generates test files of every format with Vietnamese text; nothing here is copied from real documents. */
final class TestDocuments {
  static final Path FONT = FormatCorpus.FONT;

  static final String ISSUER = "TỈNH ỦY HÀ NAM";
  static final String MOTTO = "ĐẢNG CỘNG SẢN VIỆT NAM";
  static final String NUMBER = "Số 12-NQ/TU";
  static final String PLACE_DATE = "Phủ Lý, ngày 5 tháng 3 năm 2021";
  static final String TITLE = "NGHỊ QUYẾT";
  static final String BODY = "Về phát triển kinh tế xã hội và xây dựng nông thôn mới trên địa bàn tỉnh.";
  static final String SIGNER_ROLE = "T/M BAN THƯỜNG VỤ";
  static final String SIGNER = "Nguyễn Văn Bình";
  static final String RECIPIENTS = "Nơi nhận: Các huyện ủy, thành ủy";

  /** Large dark words that OCR reads reliably. */
  static final List<String> OCR_LINES = FormatCorpus.OCR_LINES;

  private TestDocuments() {}

  static boolean fontAvailable() {
    return Files.isRegularFile(FONT);
  }

  static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }

  /** A DOCX: a 2-column header table, title, body, 2-column signature table. */
  static Path docx(Path file) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      XWPFTable header = doc.createTable(2, 2);
      cell(header.getRow(0), 0, ISSUER);
      cell(header.getRow(0), 1, MOTTO);
      cell(header.getRow(1), 0, NUMBER);
      cell(header.getRow(1), 1, PLACE_DATE);
      doc.createParagraph().createRun().setText(TITLE);
      doc.createParagraph().createRun().setText(BODY);
      XWPFTable signature = doc.createTable(1, 2);
      cell(signature.getRow(0), 0, RECIPIENTS);
      cell(signature.getRow(0), 1, SIGNER_ROLE + "\n" + SIGNER);
      doc.write(out);
    }
    return file;
  }

  private static void cell(XWPFTableRow row, int column, String text) {
    String[] lines = text.split("\n");
    var cell = row.getCell(column);
    cell.getParagraphs().get(0).createRun().setText(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      cell.addParagraph().createRun().setText(lines[i]);
    }
  }

  /** A PDF with a text layer in DejaVuSans (embedded), one line per entry. */
  static Path textPdf(Path file, List<String> lines) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDType0Font font = PDType0Font.load(doc, FONT.toFile());
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(font, 12);
        content.newLineAtOffset(60, 780);
        for (String line : lines) {
          content.showText(line);
          content.newLineAtOffset(0, -18);
        }
        content.endText();
      }
      doc.save(file.toFile());
    }
    return file;
  }

  static Path encryptedPdf(Path file) throws IOException {
    textPdf(file, List.of(ISSUER, BODY));
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(file.toFile());
    }
    return file;
  }

  static BufferedImage textImage(List<String> lines) {
    return FormatCorpus.textImage(lines);
  }

  static Path image(Path file, String format, List<String> lines) throws IOException {
    return FormatCorpus.image(file, format, lines);
  }

  static Path scannedPdf(Path file, List<String> lines) throws IOException {
    return FormatCorpus.scannedPdf(file, lines);
  }

  /** A typed page followed by a scanned page (image only), as when scans are appended to a typed PDF. */
  static Path mixedPdf(Path file, List<String> typed, List<String> scanned) throws IOException {
    Path text = textPdf(file.resolveSibling("typed-" + file.getFileName()), typed);
    Path scan = scannedPdf(file.resolveSibling("scan-" + file.getFileName()), scanned);
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(text.toFile());
        PDDocument scanDoc = org.apache.pdfbox.Loader.loadPDF(scan.toFile())) {
      new org.apache.pdfbox.multipdf.PDFMergerUtility().appendDocument(doc, scanDoc);
      doc.save(file.toFile());
    }
    return file;
  }

  /** An ODT written by hand: a zip with an uncompressed mimetype first, a manifest and content.xml. */
  static Path odt(Path file) throws IOException {
    String content = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
            xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">
          <office:body><office:text>
            <table:table table:name="header">
              <table:table-column table:number-columns-repeated="2"/>
              <table:table-row>
                <table:table-cell><text:p>%s</text:p></table:table-cell>
                <table:table-cell><text:p>%s</text:p></table:table-cell>
              </table:table-row>
              <table:table-row>
                <table:table-cell><text:p>%s</text:p></table:table-cell>
                <table:table-cell><text:p>%s</text:p></table:table-cell>
              </table:table-row>
            </table:table>
            <text:p>%s</text:p>
            <text:p>%s</text:p>
          </office:text></office:body>
        </office:document-content>
        """.formatted(ISSUER, MOTTO, NUMBER, PLACE_DATE, TITLE, BODY);
    String manifest = """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
          <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
          <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
        </manifest:manifest>
        """;
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry entry = new ZipEntry("mimetype");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(mimetype);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(manifest.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }

  /** An RTF written by hand; every non-ASCII char as a \\uN? escape. */
  static Path rtf(Path file, List<String> paragraphs) throws IOException {
    StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n");
    for (String p : paragraphs) {
      rtf.append("\\pard ");
      for (int i = 0; i < p.length(); i++) {
        char c = p.charAt(i);
        if (c < 0x80 && c != '\\' && c != '{' && c != '}') {
          rtf.append(c);
        } else {
          rtf.append("\\u").append((int) (short) c).append('?');
        }
      }
      rtf.append("\\par\n");
    }
    rtf.append("}\n");
    Files.writeString(file, rtf, StandardCharsets.US_ASCII);
    return file;
  }

  static Path html(Path file) throws IOException {
    String html = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head><body>
        <table><tr><td>%s</td><td>%s</td></tr><tr><td>%s</td><td>%s</td></tr></table>
        <h1>%s</h1><p>%s</p></body></html>
        """.formatted(TITLE, ISSUER, MOTTO, NUMBER, PLACE_DATE, TITLE, BODY);
    Files.writeString(file, html, StandardCharsets.UTF_8);
    return file;
  }

  /** Runs soffice --headless --convert-to (e.g. "doc") on a file; returns the converted file. */
  static Path sofficeConvert(Path source, String format, Path outDir) throws IOException, InterruptedException {
    return sofficeConvert(List.of(source), format, outDir).get(0);
  }

  /**
   * Converts files in one soffice run (e.g. "doc", or "odt:writer8" to name the filter; the extension is
   * the part before ':'); returns the converted files in the same order.
   */
  static List<Path> sofficeConvert(List<Path> sources, String format, Path outDir)
      throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("soffice-profile");
    List<String> command = new java.util.ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(),
        "--headless", "--convert-to", format, "--outdir", outDir.toString()));
    sources.forEach(s -> command.add(s.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    p.getInputStream().transferTo(log);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IOException("soffice failed: " + log);
    }
    List<Path> out = new java.util.ArrayList<>();
    for (Path source : sources) {
      String name = source.getFileName().toString().replaceFirst("\\.[^.]+$", "") + "." + format.split(":")[0];
      Path converted = outDir.resolve(name);
      if (!Files.isRegularFile(converted)) {
        throw new IOException("soffice wrote no " + converted + ": " + log);
      }
      out.add(converted);
    }
    return out;
  }
}
