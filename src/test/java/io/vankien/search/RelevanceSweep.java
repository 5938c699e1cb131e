package io.vankien.search;

import io.vankien.eval.ArchiveRanker;
import io.vankien.eval.JudgedQuery;
import io.vankien.eval.RelevanceEvaluation;
import io.vankien.extract.TextExtractor;
import io.vankien.index.Archive;
import io.vankien.index.IngestListener;
import io.vankien.index.IngestOptions;
import io.vankien.index.Ingester;
import io.vankien.meta.MetadataExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Measures relevance variants (BM25 parameters, proximity weights) on one archive built once: the
 * experiments behind the choices recorded in EVALUATION.md. Not a test; run from the project root after
 * {@code mvn -q -B -DskipTests package}:
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -cp 'target/classes:target/test-classes:target/lib/*' \
 *     io.vankien.search.RelevanceSweep title,run,pair,pairSlop,foldedPhrase ...
 * </pre>
 *
 * Each argument is one variant of {@link QueryFactory.Weights}. BM25 parameters are fixed in {@code
 * Schema.similarity()}; the k1/b rows of EVALUATION.md were measured at commit 18411a9, where that method
 * read them from system properties for the experiment.
 */
public final class RelevanceSweep {
  public static void main(String[] args) throws Exception {
    List<JudgedQuery> qs = JudgedQuery.load(Path.of("eval/queries.jsonl"));
    Path tmp = Files.createTempDirectory("vankien-sweep");
    try (Archive archive = Archive.openForWriting(tmp)) {
      new Ingester(archive, new TextExtractor(), new MetadataExtractor(), IngestOptions.defaults())
          .ingest(List.of(Path.of("../shared/corpus/seeds"), Path.of("../shared/corpus/laws"), Path.of("samples")),
              IngestListener.NONE);
      System.out.println("| title | run | pair | pair slop | folded phrase | as written | no diacritics | other tone | tone identical | symbols first |");
      for (String a : args) {
        String[] v = a.split(",");
        if (v.length != 5) {
          throw new IllegalArgumentException("variant '" + a + "': expected title,run,pair,pairSlop,foldedPhrase");
        }
        QueryFactory.Weights w = new QueryFactory.Weights(Float.parseFloat(v[0]), Float.parseFloat(v[1]),
            Float.parseFloat(v[2]), Integer.parseInt(v[3]), Float.parseFloat(v[4]));
        ArchiveRanker r = new ArchiveRanker(new SearchService(archive.searcher(), new QueryFactory(w)));
        RelevanceEvaluation.Report rep = RelevanceEvaluation.run(qs, List.of(r), null);
        System.out.printf("| %s | %.3f | %.3f | %.3f | %d/%d | %d/%d |%n", String.join(" | ", v),
            rep.get("vankien", "as written").ndcg(), rep.get("vankien", "no diacritics").ndcg(),
            rep.get("vankien", "other tone style").ndcg(), rep.toneIdentical(), rep.toneQueries(),
            rep.symbolFirst(), rep.symbolQueries());
      }
    }
  }
}
