package io.vankien.cli;

import io.vankien.eval.EvalSetup;
import io.vankien.eval.JudgedQuery;
import io.vankien.eval.RelevanceEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eval}: relevance on the judged query set, vankien beside the baselines, in one run. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Build a temporary archive of the judged documents, run the judged queries (as written,"
        + " without diacritics, other tone style) and print nDCG@10, Recall@10 and MRR for vankien,"
        + " StandardAnalyzer and ICU folding.")
public final class EvalCommand implements Callable<Integer> {
  @Option(names = "--queries", defaultValue = "eval/queries.jsonl", description = "Judged queries (JSON lines).")
  Path queries;

  @Option(names = "--docs", split = ",", defaultValue = "../shared/corpus/seeds,../shared/corpus/laws,samples",
      description = "Document folders (comma-separated; default: ${DEFAULT-VALUE}).")
  List<Path> docs;

  @Option(names = "--verbose", description = "One line per query, ranker and variant.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    List<Path> present = docs.stream().filter(Files::exists).toList();
    docs.stream().filter(p -> !Files.exists(p)).forEach(p -> System.err.println("skipping absent folder " + p));
    List<JudgedQuery> qs = JudgedQuery.load(queries);
    try (EvalSetup setup = new EvalSetup(present)) {
      System.err.println("documents: " + setup.ingestReport().summary());
      RelevanceEvaluation.Report r = RelevanceEvaluation.run(qs, setup.rankers(), verbose ? System.out : null);
      System.out.println(RelevanceEvaluation.table(r));
      r.problems().forEach(p -> System.out.println("- " + p));
    }
    return 0;
  }
}
