package io.vankien.meta.eval.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vankien.meta.eval.ExtractionEvaluation;
import io.vankien.meta.eval.ExtractionEvaluation.FieldScore;
import io.vankien.meta.eval.JudgedSet;
import io.vankien.meta.eval.JudgedSets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every judged set of eval/sets.json through the real converters (issue 14): each judged document typed
 * as a Word file with header and signature tables in both cell styles, converted by pandoc (Markdown in
 * each table style, --wrap=auto and none; HTML) and LibreOffice (PDF, DOC, ODT), each copy read as ingest
 * reads it ({@link #COLUMNS}). Each set × form × cell style × field must keep its floor in {@code converter-floors.tsv}
 * beside this class: the figures measured when the floor was set (a ratchet; the issue's target is 97% on
 * every field and the seeds 100%, far above some of them today). A figure above its floor is printed so
 * the floor can be raised; every measured figure is written to target/converter-floors-measured.tsv, in the
 * floors' format. The laws are represented by {@link #LAW_SAMPLE} (all 110 take far longer than this
 * test's budget; {@code ./vankien extract-eval --only laws --via all} runs them all). Skipped when pandoc or
 * soffice is not installed, and for the sets in ../shared when it is absent.
 */
class RealConverterAccuracyTest {
  static final String FLOORS = "converter-floors.tsv";
  static final Path MEASURED = Path.of("target", "converter-floors-measured.tsv");

  /**
   * The laws this test converts: a short law of each era of the corpus, whose headers and signatures are
   * laid out differently (a 1957 decree-law signed by the President, the Council of State's "LCT/HĐNN8" of
   * 1991, the National Assembly's laws of 2000, 2008 and 2020), and the empty file, which must read as
   * empty in every form. The 110 laws are 14 MB: their conversions took 17 minutes here (1,033 s wall;
   * pandoc and LibreOffice about 1,000 s of process time each, EVALUATION.md), far beyond this test's
   * budget.
   */
  static final List<String> LAW_SAMPLE = List.of(
      "luat-quy-dinh-quyen-tu-do-hoi-hop.txt", "luat-pho-cap-giao-duc-tieu-hoc.txt",
      "luat-dau-tu-nuoc-ngoai-tai-viet-nam.txt", "luat-thue-tieu-thu-dac-biet.txt", "luat-thanh-nien.txt",
      "luat-ban-hanh-van-ban-quy-pham-phap-luat.txt");

  /**
   * Every form in both cell styles, except PDF and ODT typed with soft line breaks: LibreOffice gives them
   * the very text of their paragraph-per-line twins (measured on all 127 documents of the sets in the
   * project and the seeds: the extracted texts are equal), and the extractor sees only the text; they are
   * the slowest conversions. {@code ./vankien extract-eval --via all} scores them too.
   */
  static final List<Column> COLUMNS = Column.all(Forms.ALL, List.of(CellStyle.values())).stream()
      .filter(c -> !(c.style() == CellStyle.LINE_BREAKS && List.of("pdf", "odt").contains(c.form().id())))
      .toList();

  @TempDir static Path work;

  /** Measured rows of every set run, written out after the last set. */
  private static final Map<String, String> measured = new TreeMap<>();

  private static ConverterAccuracy accuracy;

  static List<JudgedSet> sets() throws IOException {
    return JudgedSets.load();
  }

  /** The sets this test runs: those present, the laws by their sample. */
  private static JudgedSet toRun(JudgedSet set) throws IOException {
    return set.name().equals("laws") ? sample(set, LAW_SAMPLE) : set;
  }

  /** Makes the copies of every present set at once (LibreOffice starts once per form and style). */
  @BeforeAll
  static void convertEverySet() throws IOException {
    if (!ExternalProgram.onPath("pandoc") || !ExternalProgram.onPath("soffice")) {
      return;
    }
    accuracy = new ConverterAccuracy(work, 2, COLUMNS);
    List<JudgedSet> present = new ArrayList<>();
    for (JudgedSet set : sets()) {
      if (set.present()) {
        present.add(toRun(set));
      }
    }
    ConverterAccuracy.Conversion c = accuracy.prepare(present);
    AccuracyTable.print(c, System.out);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void everySetFormAndFieldKeepsItsFloor(JudgedSet set) throws Exception {
    assumeTrue(ExternalProgram.onPath("pandoc"), "pandoc is not installed (Debian package pandoc)");
    assumeTrue(ExternalProgram.onPath("soffice"), "LibreOffice is not installed (Debian package libreoffice-writer-nogui)");
    assumeTrue(set.present(), set.name() + " is absent: " + set.absence());
    JudgedSet run = toRun(set);
    ConverterAccuracy.SetReport report = accuracy.run(run);
    System.out.printf("%s: %d documents read and scored in %.1f s%n", run.name(), report.asWritten().documents(),
        report.reading().toMillis() / 1000.0);
    Map<String, Floor> floors = floors();
    List<String> problems = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    report.copies().forEach((column, result) -> {
      for (FieldScore s : result.fields()) {
        String key = key(run.name(), column, s.field());
        seen.add(key);
        measured.put(key, key + "\t" + s.correct() + "\t" + s.total());
        Floor floor = floors.get(key);
        if (floor == null) {
          problems.add("no floor for " + key + " (measured " + s.correct() + "/" + s.total() + ")");
        } else if (floor.judged() != s.total()) {
          problems.add(key + ": " + s.total() + " documents judged, the floor was set on " + floor.judged());
        } else if (s.correct() < floor.correct()) {
          problems.add(key + ": " + s.correct() + "/" + s.total() + " below the floor " + floor.correct() + " "
              + mismatches(result, s.field()));
        } else if (s.correct() > floor.correct()) {
          System.out.printf("RAISE the floor of %s: %d/%d (floor %d)%n", key, s.correct(), s.total(), floor.correct());
        }
      }
    });
    floors.keySet().stream().filter(k -> k.startsWith(run.name() + "\t") && !seen.contains(k))
        .forEach(k -> problems.add("a floor without a figure (form or field no longer measured): " + k));
    assertEquals(List.of(), problems, "figures below their floors (every figure: " + MEASURED + ")");
  }

  @AfterAll
  static void writeMeasured() throws IOException {
    if (!measured.isEmpty()) {
      Files.createDirectories(MEASURED.getParent());
      Files.writeString(MEASURED, "# set\tform\tcells\tfield\tcorrect\tjudged\n" + String.join("\n", measured.values())
          + "\n", StandardCharsets.UTF_8);
    }
  }

  private static String key(String set, Column column, String field) {
    return set + "\t" + column.form().id() + "\t" + column.style().id() + "\t" + field;
  }

  private static String mismatches(ExtractionEvaluation.Result r, String field) {
    return r.mismatches().stream().filter(m -> m.field().equals(field)).toList().toString();
  }

  /** A floor: how many documents had the field right, of how many judged. */
  record Floor(int correct, int judged) {}

  /** The floors file: "set TAB form TAB cells TAB field TAB correct TAB judged", "#" comments. */
  static Map<String, Floor> floors() throws IOException {
    Map<String, Floor> floors = new LinkedHashMap<>();
    try (InputStream in = RealConverterAccuracyTest.class.getResourceAsStream(FLOORS)) {
      if (in == null) {
        return floors;
      }
      int lineNo = 0;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 6) {
          throw new IllegalArgumentException(FLOORS + " line " + lineNo + ": 6 tab-separated fields expected: " + line);
        }
        floors.put(String.join("\t", f[0], f[1], f[2], f[3]), new Floor(Integer.parseInt(f[4]), Integer.parseInt(f[5])));
      }
    }
    return floors;
  }

  /** The set restricted to some of its judged files: its judged lines for them, in a file of the work folder. */
  static JudgedSet sample(JudgedSet set, List<String> files) throws IOException {
    List<String> lines = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(set.expected(), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && files.contains(json.readTree(line).path("file").asText())) {
        lines.add(line);
      }
    }
    assertEquals(files.size(), lines.size(), "every sampled law is judged in " + set.expected());
    Path expected = Files.writeString(work.resolve(set.name() + "-sample-expected.jsonl"), String.join("\n", lines) + "\n");
    return new JudgedSet(set.name() + "-sample", set.documents(), expected, set.shared(), files.size(), Map.of());
  }
}
