package io.vankien.cite.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vankien.cite.RelationReader;
import io.vankien.cite.TypedCitation;
import io.vankien.meta.DocumentMetadata;
import io.vankien.meta.MetadataExtractor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accuracy of {@link RelationReader} on the judged citations of {@code eval/relations-expected.jsonl}: each
 * line names a document (a set and a file), a symbol it cites and the relation a judge read. The documents
 * are read where the set lives ({@code samples} in the project, {@code seeds} and {@code laws} in
 * ../shared/corpus, skipped with the reason when absent), their metadata extracted as at ingest.
 */
public final class RelationEvaluation {
  public static final Path JUDGED = Path.of("eval", "relations-expected.jsonl");

  /** One judged citation and what the reader made of it (null: the document was not found). */
  public record Outcome(String set, String file, String cited, String expected, String got, String part,
      String sentence) {
    public boolean right() {
      return expected.equals(got);
    }
  }

  /** The outcomes, and the sets skipped (name to reason). */
  public record Result(List<Outcome> outcomes, Map<String, String> skipped) {}

  private final Map<String, Path> folders;

  /** {@code root}: the project folder (samples/, eval/ and ../shared beside it). */
  public RelationEvaluation(Path root) {
    Path shared = root.toAbsolutePath().normalize().resolveSibling("shared").resolve("corpus");
    folders = Map.of("samples", root.resolve("samples"), "seeds", shared.resolve("seeds"), "laws", shared.resolve("laws"));
  }

  public Result evaluate(Path judged) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, List<JsonNode>> byDocument = new LinkedHashMap<>();
    for (String line : Files.readAllLines(judged, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode n = json.readTree(line);
        byDocument.computeIfAbsent(n.get("set").asText() + "/" + n.get("file").asText(), k -> new ArrayList<>()).add(n);
      }
    }
    MetadataExtractor extractor = new MetadataExtractor();
    RelationReader reader = RelationReader.standard();
    List<Outcome> out = new ArrayList<>();
    Map<String, String> skipped = new TreeMap<>();
    for (List<JsonNode> lines : byDocument.values()) {
      String set = lines.get(0).get("set").asText();
      Path folder = folders.get(set);
      if (folder == null || !Files.isDirectory(folder)) {
        skipped.put(set, folder == null ? "unknown set" : folder + " is absent");
        continue;
      }
      String text = Files.readString(folder.resolve(lines.get(0).get("file").asText()), StandardCharsets.UTF_8);
      DocumentMetadata m = extractor.extract(text);
      List<String> cited = lines.stream().map(n -> n.get("cited").asText()).toList();
      List<TypedCitation> read = reader.read(text, m.title(), m.type(), cited);
      for (int i = 0; i < lines.size(); i++) {
        JsonNode n = lines.get(i);
        out.add(new Outcome(set, n.get("file").asText(), cited.get(i), n.get("relation").asText(),
            read.get(i).relation().code(), n.get("part").asText(), read.get(i).sentence()));
      }
    }
    return new Result(out, skipped);
  }

  /** Accuracy per part (tune, heldout, all) and per judged relation, then the mistakes when verbose. */
  public static void print(Result r, boolean verbose, PrintStream out) {
    r.skipped().forEach((set, why) -> out.printf("%s: skipped (%s)%n", set, why));
    out.printf("%-12s %8s %8s %8s%n", "relation", "tune", "heldout", "all");
    Map<String, int[]> rows = new TreeMap<>();
    for (Outcome o : r.outcomes()) {
      for (String key : List.of(o.expected(), "= overall")) {
        int[] c = rows.computeIfAbsent(key, k -> new int[6]);
        int p = o.part().equals("heldout") ? 2 : 0;
        c[p + 1]++;
        c[5]++;
        if (o.right()) {
          c[p]++;
          c[4]++;
        }
      }
    }
    rows.forEach((k, c) -> out.printf("%-12s %8s %8s %8s%n", k, cell(c[0], c[1]), cell(c[2], c[3]), cell(c[4], c[5])));
    if (verbose) {
      for (Outcome o : r.outcomes()) {
        if (!o.right()) {
          out.printf("  %s/%s %s: judged %s, read %s | %s%n", o.set(), o.file(), o.cited(), o.expected(), o.got(),
              o.sentence());
        }
      }
    }
  }

  private static String cell(int right, int all) {
    return all == 0 ? "-" : String.format("%d/%d %.0f%%", right, all, 100.0 * right / all);
  }
}
