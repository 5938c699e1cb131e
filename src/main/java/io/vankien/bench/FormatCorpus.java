package io.vankien.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes a throughput corpus for the ingest and extraction benchmarks: real laws (../shared/corpus/laws)
 * as .txt, .docx and .pdf (text layer), plus scanned one-page PDFs and PNGs for OCR, in one folder per
 * format. Also the image and scan writers the extraction tests use.
 */
public final class FormatCorpus {
  /** A font with Vietnamese glyphs (Debian fonts-dejavu-core). */
  public static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
  /** Large dark words that OCR reads reliably. */
  public static final List<String> OCR_LINES = List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "Ủy ban nhân dân tỉnh",
      "Nghị quyết về phát triển kinh tế");
  private static final int LINES_PER_PAGE = 50;
  private static final int CHARS_PER_LINE = 95;

  private FormatCorpus() {}

  /** Writes N laws per format into OUT/txt, OUT/docx, OUT/pdf and ocrN scans into OUT/scan-pdf, OUT/png. */
  public static void write(Path lawsDir, Path out, int n, int ocrN) throws IOException {
    for (String f : List.of("txt", "docx", "pdf", "scan-pdf", "png")) {
      Files.createDirectories(out.resolve(f));
    }
    List<Path> laws;
    try (Stream<Path> s = Files.list(lawsDir)) {
      laws = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    int written = 0;
    for (Path law : laws) {
      String text = Files.readString(law, StandardCharsets.UTF_8);
      if (text.isBlank()) {
        continue;
      }
      String name = law.getFileName().toString().replace(".txt", "");
      Files.writeString(out.resolve("txt").resolve(name + ".txt"), text);
      docx(out.resolve("docx").resolve(name + ".docx"), text);
      pdf(out.resolve("pdf").resolve(name + ".pdf"), text);
      if (++written >= n) {
        break;
      }
    }
    for (int i = 0; i < ocrN; i++) {
      List<String> lines = new ArrayList<>(OCR_LINES);
      lines.add("Bản số " + (i + 1));
      scannedPdf(out.resolve("scan-pdf").resolve("scan-" + i + ".pdf"), lines);
      image(out.resolve("png").resolve("scan-" + i + ".png"), "png", lines);
    }
  }

  private static void docx(Path file, String text) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(file)) {
      for (String paragraph : text.split("\n")) {
        doc.createParagraph().createRun().setText(paragraph);
      }
      doc.write(os);
    }
  }

  private static void pdf(Path file, String text) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n")) {
      String p = paragraph.replace("\t", " ").strip();
      while (p.length() > CHARS_PER_LINE) {
        int cut = p.lastIndexOf(' ', CHARS_PER_LINE);
        cut = cut <= 0 ? CHARS_PER_LINE : cut;
        lines.add(p.substring(0, cut));
        p = p.substring(cut).strip();
      }
      lines.add(p);
    }
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = PDType0Font.load(doc, FONT.toFile());
      for (int start = 0; start < lines.size(); start += LINES_PER_PAGE) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.beginText();
          content.setFont(font, 9);
          content.newLineAtOffset(40, 800);
          for (String line : lines.subList(start, Math.min(lines.size(), start + LINES_PER_PAGE))) {
            content.showText(printable(line, font));
            content.newLineAtOffset(0, -15);
          }
          content.endText();
        }
      }
      doc.save(file.toFile());
    }
  }

  /** Drops chars the font has no glyph for (control chars, rare symbols) so that showText does not fail. */
  private static String printable(String line, PDType0Font font) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isISOControl(cp) && font.hasGlyph(cp)) {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }

  /** Black text on white, rendered with DejaVuSans at a size OCR reads well. */
  public static BufferedImage textImage(List<String> lines) {
    try {
      Font font = Font.createFont(Font.TRUETYPE_FONT, FONT.toFile()).deriveFont(40f);
      BufferedImage image = new BufferedImage(1400, 120 + 70 * lines.size(), BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.setColor(Color.BLACK);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(font);
      int y = 90;
      for (String line : lines) {
        g.drawString(line, 60, y);
        y += 70;
      }
      g.dispose();
      return image;
    } catch (FontFormatException | IOException e) {
      throw new IllegalStateException("cannot load " + FONT, e);
    }
  }

  public static Path image(Path file, String format, List<String> lines) throws IOException {
    BufferedImage image = textImage(lines);
    if ("jpeg".equals(format)) {
      BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
      rgb.getGraphics().drawImage(image, 0, 0, null);
      image = rgb;
    }
    if (!ImageIO.write(image, format, file.toFile())) {
      throw new IllegalStateException("no ImageIO writer for " + format);
    }
    return file;
  }

  /** A "scanned" PDF: one page that holds only an image of the text, no text layer. */
  public static Path scannedPdf(Path file, List<String> lines) throws IOException {
    BufferedImage image = textImage(lines);
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
      float width = page.getMediaBox().getWidth() - 40;
      float height = width * image.getHeight() / image.getWidth();
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.drawImage(xobject, 20, page.getMediaBox().getHeight() - 40 - height, width, height);
      }
      doc.save(file.toFile());
    }
    return file;
  }

}
