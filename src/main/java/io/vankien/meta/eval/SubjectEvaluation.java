package io.vankien.meta.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vankien.extract.TextCleaner;
import io.vankien.meta.DocumentMetadata;
import io.vankien.meta.MetadataExtractor;
import io.vankien.meta.Subjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accuracy of the subjects (lĩnh vực) the extractor gives, on the judged sets of {@code eval/subjects/sets.json}.
 * A document is right when its predicted set of subjects equals its judged set; per subject, precision is the
 * share of documents given the subject that were judged to have it, recall the share of documents judged to
 * have it that were given it. Scored apart per part: {@code tune...} (looked at while writing the cue words),
 * {@code heldout} (titles read while judging) and {@code unseen} (judged before the rules it is scored under
 * were written, never tuned on); see eval/subjects/README.md.
 */
public final class SubjectEvaluation {
  public static final Path MANIFEST = Path.of("eval", "subjects", "sets.json");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One judged document and what the extractor gave. */
  public record Judged(String set, String file, String part, Set<String> expected, Set<String> got,
      List<String> reasons) {
    public boolean right() {
      return expected.equals(got);
    }
  }

  /** Counts of one subject: true positives, false positives, false negatives. */
  public record SubjectScore(String subject, int tp, int fp, int fn) {
    public double precision() {
      return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
    }
  }

  /** The scores of some judged documents. */
  public record Score(int documents, int right, List<SubjectScore> subjects) {
    public double accuracy() {
      return documents == 0 ? Double.NaN : (double) right / documents;
    }
  }

  /** Judges every document of the manifest's sets; a shared set whose folder is absent is skipped (named in {@code skipped}). */
  public static List<Judged> run(Path manifest, List<String> skipped) throws IOException {
    JsonNode root = MAPPER.readTree(manifest.toFile());
    Path base = manifest.toAbsolutePath().getParent();
    MetadataExtractor extractor = new MetadataExtractor();
    List<Judged> out = new ArrayList<>();
    for (JsonNode set : root.path("sets")) {
      String name = set.path("name").asText();
      Path docs = base.resolve(set.path("documents").asText()).normalize();
      if (!Files.isDirectory(docs)) {
        if (set.path("shared").asBoolean()) {
          skipped.add(name + " (" + docs + " absent)");
          continue;
        }
        throw new IOException("documents folder not found: " + docs);
      }
      Path judged = base.resolve(set.path("judged").asText());
      int lineNo = 0;
      for (String line : Files.readAllLines(judged, StandardCharsets.UTF_8)) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode j = MAPPER.readTree(line);
        String file = j.path("file").asText();
        Set<String> expected = new LinkedHashSet<>();
        j.path("subjects").forEach(n -> expected.add(n.asText()));
        for (String label : expected) {
          if (Subjects.load().byLabel(label).isEmpty()) {
            throw new IllegalArgumentException(judged + " line " + lineNo + ": unknown subject " + label);
          }
        }
        String raw = DocumentSource.originals(docs).text(file);
        DocumentMetadata m = extractor.extract(TextCleaner.clean(raw));
        out.add(new Judged(name, file, j.path("part").asText("tune"), expected, new LinkedHashSet<>(m.subjects()),
            m.subjectReasons()));
      }
    }
    return out;
  }

  /** The scores of these documents, subjects in the taxonomy's order. */
  public static Score score(List<Judged> docs) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Subjects.load().all().forEach(s -> counts.put(s.label(), new int[3]));
    int right = 0;
    for (Judged d : docs) {
      right += d.right() ? 1 : 0;
      for (String s : d.got()) {
        counts.get(s)[d.expected().contains(s) ? 0 : 1]++;
      }
      for (String s : d.expected()) {
        if (!d.got().contains(s)) {
          counts.get(s)[2]++;
        }
      }
    }
    List<SubjectScore> subjects = new ArrayList<>();
    counts.forEach((s, c) -> subjects.add(new SubjectScore(s, c[0], c[1], c[2])));
    return new Score(docs.size(), right, subjects);
  }
}
