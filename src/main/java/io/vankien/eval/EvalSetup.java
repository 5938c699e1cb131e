package io.vankien.eval;

import io.vankien.index.Archive;
import io.vankien.index.Folders;
import io.vankien.index.IngestListener;
import io.vankien.index.IngestOptions;
import io.vankien.index.IngestReport;
import io.vankien.index.Ingester;
import io.vankien.search.SearchRequest;
import io.vankien.search.SearchService;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  public EvalSetup(List<Path> documentFolders) throws IOException {
    this(documentFolders, null);
  }

  /**
   * @param cluster an OpenSearch cluster that receives the same documents (its index, from the template when
   *     missing) and answers as one more ranker, "vankien-cluster" ({@code eval --cluster}); null for none
   */
  public EvalSetup(List<Path> documentFolders, io.vankien.cluster.ClusterClient cluster) throws IOException {
    tmp = Files.createTempDirectory("vankien-eval");
    archive = Archive.openForWriting(tmp);
    io.vankien.cluster.OpenSearchSink sink = cluster == null ? null : io.vankien.cluster.OpenSearchSink.open(cluster);
    if (sink != null) {
      archive.mirrorTo(sink);
    }
    Ingester ingester = Ingester.standard(archive, new IngestOptions(1, 500, IngestOptions.defaults().maxFileBytes()));
    ingestReport = ingester.ingest(documentFolders, IngestListener.NONE);
    if (sink != null) {
      io.vankien.cluster.ClusterIngest.Report sent = io.vankien.cluster.ClusterIngest.complete(archive, sink,
          documentFolders);
      if (!sent.failures().isEmpty()) {
        throw new IOException(sent.summary() + ": " + sent.failures());
      }
    }
    SearchService search = new SearchService(archive.searcher());
    Map<String, String> texts = new LinkedHashMap<>();
    search.forEachMatchWithText(SearchRequest.builder().build(), d -> texts.put(d.sourceName(), d.text()));
    rankers.add(new ArchiveRanker(search));
    rankers.add(new ArchiveRanker(search, true));
    if (cluster != null) {
      rankers.add(new BackendRanker("vankien-cluster", new io.vankien.cluster.ClusterSearch(cluster)));
    }
    baselines.add(new PlainLuceneRanker("standard", new StandardAnalyzer(), texts));
    baselines.add(new PlainLuceneRanker("icu-folding", icuFolding(), texts));
    rankers.addAll(baselines);
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
