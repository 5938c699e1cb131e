package io.vankien.cli;

import io.vankien.eval.EvalSetup;
import io.vankien.eval.JudgedQuery;
import io.vankien.eval.RelevanceEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eval}: relevance on the judged query sets, vankien beside the baselines, over one archive built
 * once; one table per set.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Build a temporary archive of the judged documents, run each judged query set (as written,"
        + " without diacritics, other tone style) and print nDCG@10, Recall@10 and MRR for vankien,"
        + " StandardAnalyzer and ICU folding, one table per set.")
public final class EvalCommand implements Callable<Integer> {
  @Option(names = "--queries", split = ",",
      defaultValue = "eval/queries.jsonl,eval/heldout-queries.jsonl,eval/misremembered-queries.jsonl",
      description = "Judged query sets (JSON lines, comma-separated; default: ${DEFAULT-VALUE}).")
  List<Path> queries;

  @Option(names = "--docs", split = ",", defaultValue = "../shared/corpus/seeds,../shared/corpus/laws,samples",
      description = "Document folders (comma-separated; default: ${DEFAULT-VALUE}).")
  List<Path> docs;

  @Option(names = "--verbose", description = "One line per query, ranker and variant: its top 10, with scores.")
  boolean verbose;

  @Option(names = "--cluster", paramLabel = "URL", description = "Also write the documents to this OpenSearch"
      + " cluster (into --cluster-index) and rank them there too, as \"vankien-cluster\" (README, \"On a"
      + " cluster\"). Default: none.")
  String clusterUrl;

  @Option(names = "--cluster-index", paramLabel = "NAME", defaultValue = "vankien-eval",
      description = "The cluster's index for the evaluation (default: ${DEFAULT-VALUE}).")
  String clusterIndex;

  @Option(names = "--distractors", split = ",", paramLabel = "DIR",
      description = "Also ingest these folders of unjudged documents (a bench-corpus), after the judged ones, into the"
          + " archive and the baselines: the judged queries then run against an archive of that size; the"
          + " distractors count as not relevant, and a last column scores each ranking of the judged documents"
          + " alone (EVALUATION.md, \"At archive scale\"). Default: none.")
  List<Path> distractors = List.of();

  @Option(names = "--rankings", split = ",", paramLabel = "FIRSTPASS-WINDOW", converter = RankingConverter.class,
      description = "Also rank with these alternatives to the product's ranking (all-200): the first pass on all"
          + " clauses or the required ones only, and the window the second pass ranks again; e.g."
          + " required-200,all-100. Default: none.")
  List<io.vankien.search.Ranking> rankings = List.of();

  @Override
  public Integer call() throws Exception {
    List<Path> distractorPaths = new java.util.ArrayList<>();
    for (Path d : distractors) {
      if (!Files.isDirectory(d)) {
        System.err.println("--distractors: no such folder " + d);
        return 2;
      }
      // a bench-corpus: its documents, not its manifest
      distractorPaths.addAll(Files.exists(d.resolve(io.vankien.bench.CorpusManifest.FILE))
          ? io.vankien.bench.CorpusManifest.read(d).ingestPaths() : List.of(d));
    }
    if (!distractors.isEmpty() && clusterUrl != null && !clusterUrl.isBlank()) {
      System.err.println("--distractors cannot be combined with --cluster: the cluster receives the judged documents"
          + " only");
      return 2;
    }
    List<Path> present = docs.stream().filter(Files::exists).toList();
    docs.stream().filter(p -> !Files.exists(p)).forEach(p -> System.err.println("skipping absent folder " + p));
    Map<Path, List<JudgedQuery>> sets = new LinkedHashMap<>();
    for (Path q : queries) {
      if (!Files.exists(q)) {
        System.err.println("--queries: no such file " + q);
        return 2;
      }
      sets.put(q, JudgedQuery.load(q));
    }
    io.vankien.cluster.ClusterClient cluster = clusterUrl == null || clusterUrl.isBlank() ? null
        : new io.vankien.cluster.ClusterClient(new io.vankien.cluster.ClusterTarget(
            io.vankien.cluster.ClusterTarget.parseUrls(io.vankien.config.Setting.CLUSTER_URL.canonical(clusterUrl)),
            io.vankien.config.Setting.CLUSTER_INDEX.canonical(clusterIndex), null, null));
    try (EvalSetup setup = new EvalSetup(present, cluster, distractorPaths, rankings)) {
      System.err.println("documents: " + setup.ingestReport().summary());
      if (setup.distractorReport() != null) {
        System.out.println("Distractors: " + setup.distractorReport().summary() + "\n");
      }
      for (Map.Entry<Path, List<JudgedQuery>> set : sets.entrySet()) {
        System.out.println("## " + set.getKey() + "\n");
        RelevanceEvaluation.Report r = RelevanceEvaluation.run(set.getValue(), setup.rankers(),
            verbose ? System.out : null, setup.distractorReport() == null ? null : setup.judgedDocuments());
        System.out.println(RelevanceEvaluation.table(r));
        r.problems().forEach(p -> System.out.println("- " + p));
        System.out.println();
      }
    }
    return 0;
  }
}
