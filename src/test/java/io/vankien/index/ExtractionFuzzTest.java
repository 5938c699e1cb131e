package io.vankien.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.extract.ExtractionLimits;
import io.vankien.extract.TextExtractor;
import io.vankien.meta.MetadataExtractor;
import io.vankien.testing.SharedCorpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated real files through the whole ingest: the demo samples, a seed of {@code ../shared/corpus} when
 * present, and a .docx, a .pdf and an .html built here, each mutated deterministically (bytes flipped,
 * truncated, spliced with another file, ranges zeroed or duplicated, random bytes inserted) a few hundred
 * times, in one batch with good files. Nothing may escape the ingester but the per-file failures it
 * reports; the batch completes; every good file is ingested. OCR is off (an external program, and slow).
 */
class ExtractionFuzzTest {
  private static final long SEED = 20_261_202L;
  /** 32 by default (256 mutants, half a minute); {@code -Dvankien.fuzz.mutants=N} for a longer run by hand. */
  private static final int MUTANTS_PER_ORIGINAL = Integer.getInteger("vankien.fuzz.mutants", 32);
  @TempDir Path tmp;

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void mutatedFilesFailOneByOneAndGoodFilesAreIngested() throws Exception {
    Map<String, byte[]> originals = originals();
    Path in = Files.createDirectories(tmp.resolve("in"));
    Random random = new Random(SEED);
    List<byte[]> all = new ArrayList<>(originals.values());
    Set<String> mutants = new java.util.HashSet<>();
    int k = 0;
    for (Map.Entry<String, byte[]> o : originals.entrySet()) {
      String ext = o.getKey().substring(o.getKey().lastIndexOf('.'));
      for (int i = 0; i < MUTANTS_PER_ORIGINAL; i++) {
        byte[] other = all.get(random.nextInt(all.size()));
        String name = String.format("mutant-%03d%s", k++, ext);
        Files.write(in.resolve(name), mutate(o.getValue(), other, random));
        mutants.add(name);
      }
    }
    List<String> good = new ArrayList<>();
    for (int g = 0; g < 3; g++) {
      String name = "good-" + g + ".txt";
      Files.writeString(in.resolve(name), "VĂN BẢN MẪU\nNGHỊ QUYẾT\nvề nông thôn mới, tệp tốt" + marker(g) + "\n",
          StandardCharsets.UTF_8);
      good.add(name);
    }
    for (Map.Entry<String, byte[]> o : originals.entrySet()) {
      Files.write(in.resolve("good-" + o.getKey()), o.getValue());
      good.add("good-" + o.getKey());
    }

    TextExtractor extractor = new TextExtractor(ExtractionLimits.defaults().withOcr(false)
        .withTimeout(Duration.ofSeconds(30)));
    try (Archive archive = Archive.openForWriting(tmp.resolve("data"))) {
      Ingester ingester = new Ingester(archive, extractor, new MetadataExtractor(), new IngestOptions(2, 50, 50L << 20));
      IngestReport report = ingester.ingest(List.of(in), IngestListener.NONE);

      assertEquals(mutants.size() + good.size(), report.processed(), report.summary());
      assertTrue(report.failed() > 0, "no mutant reached a parser's error path: " + report.summary());
      Set<String> failed = report.failures().stream().map(f -> Path.of(f.file()).getFileName().toString())
          .collect(Collectors.toSet());
      assertEquals(Set.of(), failed.stream().filter(f -> !mutants.contains(f)).collect(Collectors.toSet()),
          "good files that failed: " + report.failures());
      for (IngestReport.Failure f : report.failures()) {
        assertTrue(f.reason() != null && !f.reason().isBlank(), f.toString());
      }
      for (String name : good) {
        String path = in.resolve(name).toAbsolutePath().normalize().toString();
        assertTrue(archive.bySourcePath(path).isPresent(), name + " not in the archive");
      }
      try (ArchiveSearcher.View v = archive.searcher().acquire()) {
        for (int g = 0; g < 3; g++) {
          assertEquals(1, v.count(new TermQuery(new Term(io.vankien.index.Schema.TEXT, "tốt" + marker(g)))));
        }
      }
    }
  }

  private static String marker(int g) {
    return "x" + (char) ('a' + g) + "z";
  }

  /** Originals by file name: a few samples, a seed when ../shared is present, and built .docx, .pdf, .html. */
  private static Map<String, byte[]> originals() throws IOException {
    Map<String, byte[]> m = new LinkedHashMap<>();
    List<Path> samples;
    try (Stream<Path> s = Files.list(Path.of("samples"))) {
      samples = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(4).toList();
    }
    for (Path p : samples) {
      m.put(p.getFileName().toString(), Files.readAllBytes(p));
    }
    Path seeds = SharedCorpus.ROOT.resolve("corpus/seeds");
    if (Files.isDirectory(seeds)) {
      try (Stream<Path> s = Files.list(seeds)) {
        Path first = s.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElse(null);
        if (first != null) {
          byte[] b = Files.readAllBytes(first);
          m.put("seed-" + first.getFileName(), Arrays.copyOf(b, Math.min(b.length, 60_000)));
        }
      }
    }
    String text = Files.readString(samples.get(0), StandardCharsets.UTF_8);
    m.put("built.docx", docx(text));
    m.put("built.pdf", pdf(text));
    m.put("built.html", ("<html><head><meta charset=\"utf-8\"><title>x</title></head><body><p>"
        + text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "</p>\n<p>") + "</p></body></html>")
        .getBytes(StandardCharsets.UTF_8));
    return m;
  }

  private static byte[] docx(String text) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String paragraph : text.split("\n")) {
        doc.createParagraph().createRun().setText(paragraph);
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** The text folded to ASCII (a standard font), 40 lines a page; uncompressed, so mutations hit its syntax. */
  private static byte[] pdf(String text) throws IOException {
    String ascii = io.vankien.text.VietnameseText.fold(text).replaceAll("[^\\x20-\\x7e\\n]", "");
    List<String> lines = List.of(ascii.split("\n"));
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int start = 0; start < lines.size(); start += 40) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.beginText();
          content.setFont(font, 9);
          content.newLineAtOffset(40, 750);
          for (String line : lines.subList(start, Math.min(lines.size(), start + 40))) {
            content.showText(line.length() > 110 ? line.substring(0, 110) : line);
            content.newLineAtOffset(0, -15);
          }
          content.endText();
        }
      }
      doc.save(out, CompressParameters.NO_COMPRESSION);
      return out.toByteArray();
    }
  }

  /** One deterministic mutation of {@code b} ({@code other} for splices). */
  static byte[] mutate(byte[] b, byte[] other, Random r) {
    byte[] out = b.clone();
    switch (r.nextInt(6)) {
      case 0 -> { // flip bytes
        for (int i = 1 + r.nextInt(16); i > 0; i--) {
          int at = r.nextInt(out.length);
          out[at] ^= (byte) (1 + r.nextInt(255));
        }
      }
      case 1 -> out = Arrays.copyOf(out, 1 + r.nextInt(out.length)); // truncate
      case 2 -> { // splice: a prefix of this file, a suffix of another
        int cut = r.nextInt(out.length);
        int from = r.nextInt(other.length);
        byte[] s = Arrays.copyOf(out, cut + other.length - from);
        System.arraycopy(other, from, s, cut, other.length - from);
        out = s;
      }
      case 3 -> { // zero a range
        int at = r.nextInt(out.length);
        Arrays.fill(out, at, Math.min(out.length, at + 1 + r.nextInt(4096)), (byte) 0);
      }
      case 4 -> { // duplicate a range in place
        int at = r.nextInt(out.length);
        int len = Math.min(out.length - at, 1 + r.nextInt(8192));
        byte[] s = new byte[out.length + len];
        System.arraycopy(out, 0, s, 0, at + len);
        System.arraycopy(out, at, s, at + len, out.length - at);
        out = s;
      }
      default -> { // insert random bytes
        int at = r.nextInt(out.length);
        byte[] noise = new byte[1 + r.nextInt(512)];
        r.nextBytes(noise);
        byte[] s = new byte[out.length + noise.length];
        System.arraycopy(out, 0, s, 0, at);
        System.arraycopy(noise, 0, s, at, noise.length);
        System.arraycopy(out, at, s, at + noise.length, out.length - at);
        out = s;
      }
    }
    return out;
  }
}
