package io.vankien.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vankien.meta.DocumentMetadata;
import io.vankien.meta.MetadataExtractor;
import io.vankien.extract.TextCleaner;
import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark corpus generator on the real paragraphs of ../shared (skipped when that folder is absent):
 * deterministic, one file and one manifest line per document, sizes as promised, citations of earlier
 * documents only, and headers realistic enough that the project's own extractor reads number, type, date
 * and province as the manifest says.
 */
class BenchCorpusTest {
  private static final Path SHARED = Path.of("../shared");
  private static final int DOCS = 1100;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static Path first;
  private static List<ManifestEntry> manifest;

  @BeforeAll
  static void generate() throws IOException {
    assumeTrue(Files.isDirectory(SHARED.resolve("corpus/laws")), "../shared/corpus/laws is absent");
    first = dir.resolve("a");
    BenchCorpus.generate(new BenchCorpus.Options(DOCS, 7, first, SHARED), quiet());
    manifest = new ArrayList<>();
    for (String line : Files.readAllLines(first.resolve("manifest.jsonl"), StandardCharsets.UTF_8)) {
      manifest.add(JSON.readValue(line, ManifestEntry.class));
    }
  }

  private static PrintStream quiet() {
    return new PrintStream(OutputStream.nullOutputStream());
  }

  @Test
  void sameSeedGivesIdenticalFilesAndManifest() throws IOException {
    Path second = dir.resolve("b");
    BenchCorpus.generate(new BenchCorpus.Options(DOCS, 7, second, SHARED), quiet());
    assertArrayEquals(Files.readAllBytes(first.resolve("manifest.jsonl")), Files.readAllBytes(second.resolve("manifest.jsonl")));
    for (ManifestEntry e : manifest) {
      assertArrayEquals(Files.readAllBytes(first.resolve(e.file())), Files.readAllBytes(second.resolve(e.file())), e.file());
    }
    Path other = dir.resolve("c");
    BenchCorpus.generate(new BenchCorpus.Options(20, 8, other, SHARED), quiet());
    assertTrue(!Files.readString(other.resolve("000/000010.txt")).equals(Files.readString(first.resolve("000/000010.txt"))),
        "another seed gives other documents");
  }

  @Test
  void oneFileAndOneManifestLinePerDocumentInFoldersOfAThousand() throws IOException {
    assertEquals(DOCS, manifest.size());
    try (var files = Files.walk(first)) {
      assertEquals(DOCS, files.filter(p -> p.toString().endsWith(".txt")).count());
    }
    assertEquals("000/000000.txt", manifest.get(0).file());
    assertEquals("001/001000.txt", manifest.get(1000).file());
    for (ManifestEntry e : manifest) {
      assertEquals(Files.size(first.resolve(e.file())), e.bytes(), e.file());
      String text = Files.readString(first.resolve(e.file()), StandardCharsets.UTF_8);
      assertTrue(text.strip().endsWith(DocumentComposer.MARK), "marked as generated: " + e.file());
      assertTrue(Objects.requireNonNull(e.date()).compareTo("2005-01-01") >= 0 && e.date().compareTo("2025-12-31") <= 0);
      assertTrue(e.signer() != null && e.title() != null && e.issuer() != null && e.number() != null, e.toString());
    }
  }

  @Test
  void sizesAreTwoToFortyKilobytesExceptTheLongOnes() {
    List<Long> sizes = new ArrayList<>();
    for (ManifestEntry e : manifest) {
      if (e.longDocument()) {
        assertTrue(e.bytes() >= 280 * 1024 && e.bytes() <= 600 * 1024, e.file() + " " + e.bytes());
      } else {
        assertTrue(e.bytes() >= 2 * 1024 && e.bytes() <= 40 * 1024, e.file() + " " + e.bytes());
        sizes.add(e.bytes());
      }
    }
    long fourToTwelve = sizes.stream().filter(b -> b >= 4 * 1024 && b <= 12 * 1024).count();
    System.out.printf("BenchCorpusTest: %d long documents of %d; %.0f%% of the others 4-12 KB%n",
        manifest.size() - sizes.size(), manifest.size(), 100.0 * fourToTwelve / sizes.size());
    assertTrue(fourToTwelve * 2 > sizes.size(), "most documents are 4-12 KB");
  }

  @Test
  void citesNameEarlierDocumentsOfTheSameProvince() {
    Map<String, Set<String>> seen = new LinkedHashMap<>();
    int cites = 0;
    for (ManifestEntry e : manifest) {
      Set<String> earlier = seen.getOrDefault(e.province(), Set.of());
      for (String c : e.cites()) {
        assertTrue(earlier.contains(c), e.file() + " cites " + c + ", no earlier document of " + e.province());
        cites++;
      }
      assertTrue(e.cites().size() <= 3);
      seen.computeIfAbsent(e.province(), k -> new HashSet<>()).add(e.number());
    }
    assertTrue(cites > DOCS / 2, "documents cite earlier ones: " + cites);
  }

  @Test
  void numbersAreUniquePerIssuerAndYear() {
    Set<String> keys = new HashSet<>();
    for (ManifestEntry e : manifest) {
      assertTrue(keys.add(e.issuer() + "|" + e.date().substring(0, 4) + "|" + e.number()), "twice: " + e);
    }
  }

  @Test
  void theExtractorReadsHeadersAsTheManifestSays() throws IOException {
    MetadataExtractor extractor = new MetadataExtractor();
    Map<String, int[]> agree = new LinkedHashMap<>();
    for (String f : List.of("number", "type", "date", "province", "signer")) {
      agree.put(f, new int[1]);
    }
    int n = 0;
    List<String> misses = new ArrayList<>();
    for (int i = 0; i < manifest.size() && n < 200; i += manifest.size() / 200) {
      ManifestEntry e = manifest.get(i);
      n++;
      DocumentMetadata m = extractor.extract(TextCleaner.clean(Files.readString(first.resolve(e.file()), StandardCharsets.UTF_8)));
      boolean merged = e.date().compareTo("2025-07-01") >= 0;
      check(agree, misses, e, "number", e.number(), m.number());
      check(agree, misses, e, "type", e.type(), m.type());
      check(agree, misses, e, "date", e.date(), m.date());
      check(agree, misses, e, "province", merged ? e.provinceCurrent() : e.province(), m.province());
      check(agree, misses, e, "signer", e.signer(), m.signer());
    }
    StringBuilder report = new StringBuilder("BenchCorpusTest: extractor agrees with the manifest on " + n + " documents:");
    for (var a : agree.entrySet()) {
      report.append(String.format(" %s %.1f%%", a.getKey(), 100.0 * a.getValue()[0] / n));
    }
    System.out.println(report);
    misses.stream().limit(40).forEach(System.out::println);
    for (String f : List.of("number", "type", "date", "province")) {
      assertTrue(agree.get(f)[0] >= 0.9 * n, f + " agrees on " + agree.get(f)[0] + " of " + n);
    }
  }

  private static void check(Map<String, int[]> agree, List<String> misses, ManifestEntry e, String field, String want,
      String got) {
    if (Objects.equals(want, got)) {
      agree.get(field)[0]++;
    } else {
      misses.add("  " + e.file() + " " + field + ": manifest " + want + ", extracted " + got);
    }
  }
}
