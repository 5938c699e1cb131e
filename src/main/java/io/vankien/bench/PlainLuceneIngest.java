package io.vankien.bench;

import io.vankien.index.IngestReport;
import io.vankien.index.Ingester;
import io.vankien.index.Schema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The ingest baselines, run as their own process so they are timed like {@code vankien ingest}: the same
 * files (the same walk as vankien's ingest), read as UTF-8, indexed by a fixed number of threads into a
 * new Lucene index, one commit at the end.
 *
 * <ul>
 *   <li>{@code plain}: StandardAnalyzer, one unstored TextField, Lucene's default writer settings;
 *   <li>{@code schema}: vankien's text field and nothing else: {@link Schema#indexAnalyzer()}, {@link
 *       Schema#TEXT_TYPE} (positions, offsets, stored text) and the archive's writer settings, without
 *       extraction, metadata, store or facets (the "about 0.47x" floor);
 *   <li>{@code ranking}: {@code schema} plus the folded word-pair field ({@link Schema#TEXT_PAIRS_FOLDED},
 *       {@link Schema#PAIRS_TYPE}) that answers phrases: the two fields every search reads, as the archive
 *       indexes them, and nothing else.
 * </ul>
 *
 * <p>Usage: {@code PlainLuceneIngest plain|schema|ranking INDEX_DIR THREADS PATH...}; prints the number of
 * documents and bytes read.
 */
public final class PlainLuceneIngest {
  private PlainLuceneIngest() {}

  public static void main(String[] args) throws Exception {
    List<String> modes = List.of("plain", "schema", "ranking");
    if (args.length < 4 || !modes.contains(args[0])) {
      System.err.println("usage: PlainLuceneIngest plain|schema|ranking INDEX_DIR THREADS PATH...");
      System.exit(2);
    }
    String mode = args[0];
    Path indexDir = Path.of(args[1]);
    int threads = Integer.parseInt(args[2]);
    List<Path> roots = new ArrayList<>();
    for (int i = 3; i < args.length; i++) {
      roots.add(Path.of(args[i]));
    }
    IngestReport walk = new IngestReport();
    List<Path> files = Ingester.collectFiles(roots, walk);
    if (walk.failed() > 0) {
      throw new IllegalArgumentException("cannot list: " + walk.failures());
    }
    AtomicLong bytes = new AtomicLong();
    try (FSDirectory dir = FSDirectory.open(indexDir); IndexWriter w = new IndexWriter(dir, config(mode))) {
      PoolIndexing.index(files, threads, w, f -> {
        byte[] raw = Files.readAllBytes(f);
        bytes.addAndGet(raw.length);
        return document(mode, new String(raw, StandardCharsets.UTF_8));
      });
    }
    System.out.println("documents " + files.size() + " bytes " + bytes.get());
  }

  private static Document document(String mode, String text) {
    Document d = new Document();
    if (mode.equals("plain")) {
      d.add(new TextField(PlainLuceneQueries.FIELD, text, Field.Store.NO));
      return d;
    }
    d.add(new Field(Schema.TEXT, text, Schema.TEXT_TYPE));
    if (mode.equals("ranking")) {
      d.add(new Field(Schema.TEXT_PAIRS_FOLDED, text, Schema.PAIRS_TYPE));
    }
    return d;
  }

  private static IndexWriterConfig config(String mode) {
    if (mode.equals("plain")) {
      return new IndexWriterConfig(new PlainLuceneQueries().analyzer());
    }
    IndexWriterConfig cfg = new IndexWriterConfig(Schema.indexAnalyzer());
    cfg.setSimilarity(Schema.similarity());
    cfg.setRAMBufferSizeMB(64); // as Archive's writer
    return cfg;
  }
}
