package io.vankien.extract;

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
 * Writes a throughput corpus for {@link ExtractionThroughput}: the real laws of ../shared/corpus/laws as
 * .txt, .docx and .pdf (text layer), plus scanned one-page PDFs and PNGs for OCR. Not a test; run by hand:
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) io.vankien.extract.BenchmarkCorpus OUT [N] [OCR_N]</pre>
 */
public final class BenchmarkCorpus {
  private static final int LINES_PER_PAGE = 50;
  private static final int CHARS_PER_LINE = 95;

  private BenchmarkCorpus() {}

  public static void main(String[] args) throws IOException {
    Path out = Files.createDirectories(Path.of(args[0]));
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    int ocrN = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<Path> laws;
    try (Stream<Path> s = Files.list(Path.of("../shared/corpus/laws"))) {
      laws = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    int written = 0;
    for (Path law : laws) {
      String text = Files.readString(law, StandardCharsets.UTF_8);
      if (text.isBlank()) {
        continue;
      }
      String name = law.getFileName().toString().replace(".txt", "");
      Files.writeString(out.resolve(name + ".txt"), text);
      docx(out.resolve(name + ".docx"), text);
      pdf(out.resolve(name + ".pdf"), text);
      if (++written >= n) {
        break;
      }
    }
    for (int i = 0; i < ocrN; i++) {
      List<String> lines = new ArrayList<>(TestDocuments.OCR_LINES);
      lines.add("Bản số " + (i + 1));
      TestDocuments.scannedPdf(out.resolve("scan-" + i + ".pdf"), lines);
      TestDocuments.image(out.resolve("scan-" + i + ".png"), "png", lines);
    }
    System.out.println("wrote " + written + " laws x (txt, docx, pdf) and " + ocrN + " x (scanned pdf, png) to " + out);
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
      PDType0Font font = PDType0Font.load(doc, TestDocuments.FONT.toFile());
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
}
