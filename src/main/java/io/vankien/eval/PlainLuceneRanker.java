package io.vankien.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * A baseline: plain Lucene over the same cleaned texts, one analyzer for index and query, BM25, the
 * query's terms OR-ed (Lucene's default operator).
 */
public final class PlainLuceneRanker implements Ranker, AutoCloseable {
  private static final String TEXT = "text";
  private static final String FILE = "file";

  private final String name;
  private final QueryBuilder builder;
  private final Directory dir;
  private IndexWriter writer;
  private DirectoryReader reader;
  private IndexSearcher searcher;

  /**
   * A baseline indexed in {@code folder} (made if missing): {@link #add} each text, then {@link #open} before
   * ranking.
   */
  public PlainLuceneRanker(String name, Analyzer analyzer, Path folder) throws IOException {
    this.name = name;
    this.builder = new QueryBuilder(analyzer);
    this.dir = FSDirectory.open(folder);
    this.writer = new IndexWriter(dir, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(64));
  }

  /** Indexes one document's text under its file name. */
  public void add(String file, String text) {
    Document d = new Document();
    d.add(new StoredField(FILE, file));
    d.add(new TextField(TEXT, text, Field.Store.NO));
    try {
      writer.addDocument(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ends the indexing: from now on the baseline ranks what was added. */
  public void open() throws IOException {
    writer.close();
    writer = null;
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> rank(String query, int k) throws IOException {
    Query q = builder.createBooleanQuery(TEXT, query, BooleanClause.Occur.SHOULD);
    List<String> out = new ArrayList<>();
    if (q == null) {
      return out;
    }
    for (ScoreDoc sd : searcher.search(q, k).scoreDocs) {
      out.add(searcher.storedFields().document(sd.doc).get(FILE));
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    if (writer != null) {
      writer.close();
    }
    if (reader != null) {
      reader.close();
    }
    dir.close();
  }
}
