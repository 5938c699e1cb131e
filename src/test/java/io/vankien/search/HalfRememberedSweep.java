package io.vankien.search;

import io.vankien.eval.ArchiveRanker;
import io.vankien.eval.JudgedQuery;
import io.vankien.eval.Metrics;
import io.vankien.eval.RelevanceEvaluation;
import io.vankien.index.Archive;
import io.vankien.index.IngestListener;
import io.vankien.index.IngestOptions;
import io.vankien.index.Ingester;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Development aid, not a test: ranks the three judged query sets with vankien only (a request asking for
 * corrections; {@code -DnoCorrect=true} for the default request), over an archive built
 * once in the folder given as the first argument (ingested when absent), and prints nDCG@10 as written and
 * without diacritics and the number check of each set; {@code -v} as the second argument lists the
 * half-remembered queries below 1.0. Run from the project root after {@code mvn -q -B -o -DskipTests
 * package}:
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -cp 'target/classes:target/test-classes:target/lib/*' \
 *     io.vankien.search.HalfRememberedSweep /tmp/vankien-eval-archive [-v]
 * </pre>
 *
 * The archive holds what ingest wrote; rebuild it (delete the folder) after a change to indexing.
 */
public final class HalfRememberedSweep {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    boolean verbose = args.length > 1 && args[1].equals("-v");
    if (!Files.exists(dir)) {
      try (Archive w = Archive.openForWriting(dir)) {
        Ingester.standard(w, new IngestOptions(1, 500, IngestOptions.defaults().maxFileBytes()))
            .ingest(List.of(Path.of("../shared/corpus/seeds"), Path.of("../shared/corpus/laws"), Path.of("samples")),
                IngestListener.NONE);
      }
    }
    try (Archive archive = Archive.openReadOnly(dir)) {
      ArchiveRanker r = new ArchiveRanker(new SearchService(archive.searcher()), !Boolean.getBoolean("noCorrect"));
      for (String set : List.of("eval/queries.jsonl", "eval/heldout-queries.jsonl",
          "eval/misremembered-queries.jsonl")) {
        List<JudgedQuery> qs = JudgedQuery.load(Path.of(set));
        RelevanceEvaluation.Report rep = RelevanceEvaluation.run(qs, List.of(r), null);
        System.out.printf("%-36s as written %.3f  no diacritics %.3f  tone %d/%d  numbers first %d/%d%n", set,
            rep.get(r.name(), "as written").ndcg(), rep.get(r.name(), "no diacritics").ndcg(),
            rep.toneIdentical(), rep.toneQueries(), rep.symbolFirst(), rep.symbolQueries());
        if (verbose) {
          for (JudgedQuery q : qs) {
            for (var v : RelevanceEvaluation.VARIANTS.entrySet()) {
              if (v.getKey().equals("other tone style")) {
                continue;
              }
              String text = v.getValue().apply(q.query());
              List<String> ranked = r.rank(text, RelevanceEvaluation.K);
              double nd = Metrics.ndcg(ranked, q.judgments(), RelevanceEvaluation.K);
              if (nd < 0.999) {
                System.out.printf("  %s %.3f %-34s -> %s%n", q.id(), nd, text,
                    ranked.stream().limit(3).map(s -> s.length() > 28 ? s.substring(0, 28) : s).toList());
              }
            }
          }
        }
      }
    }
  }
}
