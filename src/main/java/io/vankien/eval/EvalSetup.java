package io.vankien.eval;

import io.vankien.index.Archive;
import io.vankien.index.Folders;
import io.vankien.index.IngestListener;
import io.vankien.index.IngestOptions;
import io.vankien.index.IngestReport;
import io.vankien.index.Ingester;
import io.vankien.search.MatchRows;
import io.vankien.search.Ranking;
import io.vankien.search.SearchRequest;
import io.vankien.search.SearchService;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Builds the systems compared by the relevance evaluation over one set of documents: vankien (a real
 * archive in a temporary folder; as a default request, and as one asking for the correction of a query
 * that finds nothing), plain Lucene with StandardAnalyzer, and ICU tokenizer + ICU folding.
 * The baselines index the same cleaned texts the archive holds. One ingest thread, so documents get the
 * same internal order every run and ties rank the same: the figures are reproducible to the digit.
 */
public final class EvalSetup implements Closeable {
  private final Path tmp;
  private final Archive archive;
  private final List<Ranker> rankers = new ArrayList<>();
  private final List<PlainLuceneRanker> baselines = new ArrayList<>();
  private final IngestReport ingestReport;
  private final Set<String> judgedDocuments = new HashSet<>();
  private final IngestReport distractorReport;

  public EvalSetup(List<Path> documentFolders) throws IOException {
    this(documentFolders, null);
  }

  /**
   * @param cluster an OpenSearch cluster that receives the same documents (its index, from the template when
   *     missing) and answers as one more ranker, "vankien-cluster" ({@code eval --cluster}); null for none
   */
  public EvalSetup(List<Path> documentFolders, io.vankien.cluster.ClusterClient cluster) throws IOException {
    this(documentFolders, cluster, List.of(), List.of());
  }

  /**
   * @param distractors folders of unjudged documents (a {@code bench-corpus}) ingested after the judged ones, on
   *     every core, into the same archive and the baselines' indexes: the judged queries then run against an
   *     archive of that size ({@code eval --distractors}; their documents count as not relevant, and {@link
   *     #judgedDocuments()} lets the evaluation also score the ranking of the judged documents alone)
   * @param rankings alternative rankings of the same archive ({@link Ranking}), each one more ranker named
   *     "vankien[NAME]"
   */
  public EvalSetup(List<Path> documentFolders, io.vankien.cluster.ClusterClient cluster, List<Path> distractors,
      List<Ranking> rankings) throws IOException {
    tmp = Files.createTempDirectory("vankien-eval");
    archive = Archive.openForWriting(tmp);
    io.vankien.cluster.OpenSearchSink sink = cluster == null ? null : io.vankien.cluster.OpenSearchSink.open(cluster);
    if (sink != null) {
      archive.mirrorTo(sink);
    }
    Ingester ingester = Ingester.standard(archive, new IngestOptions(1, 500, IngestOptions.defaults().maxFileBytes()));
    ingestReport = ingester.ingest(documentFolders, IngestListener.NONE);
    new SearchService(archive.searcher()).forEachMatch(SearchRequest.builder().build(), SearchService.Load.RECORDS,
        MatchRows.of(d -> judgedDocuments.add(d.sourceName())));
    if (!distractors.isEmpty()) {
      int before = judgedDocuments.size();
      distractorReport = Ingester.standard(archive, new IngestOptions(Runtime.getRuntime().availableProcessors(),
          IngestOptions.DEFAULT_BATCH, IngestOptions.defaults().maxFileBytes())).ingest(distractors, IngestListener.NONE);
      Set<String> all = new HashSet<>();
      new SearchService(archive.searcher()).forEachMatch(SearchRequest.builder().build(), SearchService.Load.RECORDS,
          MatchRows.of(d -> all.add(d.sourceName())));
      if (all.size() != before + distractorReport.ingested()) {
        throw new IOException("the evaluation tells documents apart by file name, and " + before + " judged + "
            + distractorReport.ingested() + " distractors ingested left " + all.size() + " names in the archive: a"
            + " distractor has the name of a judged document or of another distractor");
      }
    } else {
      distractorReport = null;
    }
    if (sink != null) {
      io.vankien.cluster.ClusterIngest.Report sent = io.vankien.cluster.ClusterIngest.complete(archive, sink,
          documentFolders);
      if (!sent.failures().isEmpty()) {
        throw new IOException(sent.summary() + ": " + sent.failures());
      }
    }
    SearchService search = new SearchService(archive.searcher());
    rankers.add(new ArchiveRanker(search));
    rankers.add(new ArchiveRanker(search, true));
    for (Ranking r : rankings) {
      rankers.add(new ArchiveRanker("vankien[" + r.name() + "]", search.ranking(r)));
    }
    if (cluster != null) {
      rankers.add(new BackendRanker("vankien-cluster", new io.vankien.cluster.ClusterSearch(cluster)));
    }
    baselines.add(new PlainLuceneRanker("standard", new StandardAnalyzer(), tmp.resolve("baseline-standard")));
    baselines.add(new PlainLuceneRanker("icu-folding", icuFolding(), tmp.resolve("baseline-icu-folding")));
    search.forEachMatchWithText(SearchRequest.builder().build(), d -> baselines.forEach(b -> b.add(d.sourceName(),
        d.text())));
    for (PlainLuceneRanker b : baselines) {
      b.open();
    }
    rankers.addAll(baselines);
  }

  /** The file names of the judged documents (not the distractors). */
  public Set<String> judgedDocuments() {
    return judgedDocuments;
  }

  /** What ingesting the distractors reported, or null when there were none. */
  public IngestReport distractorReport() {
    return distractorReport;
  }

  static Analyzer icuFolding() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        ICUTokenizer t = new ICUTokenizer();
        TokenStream ts = new ICUFoldingFilter(t);
        return new TokenStreamComponents(t, ts);
      }
    };
  }

  public List<Ranker> rankers() {
    return rankers;
  }

  public IngestReport ingestReport() {
    return ingestReport;
  }

  @Override
  public void close() throws IOException {
    for (PlainLuceneRanker b : baselines) {
      b.close();
    }
    archive.close();
    Folders.deleteRecursively(tmp);
  }
}
