package io.vankien.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.apache.lucene.store.ByteBuffersDirectory;
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
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  public PlainLuceneRanker(String name, Analyzer analyzer, Map<String, String> textsByFile) throws IOException {
    this.name = name;
    this.builder = new QueryBuilder(analyzer);
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (Map.Entry<String, String> e : textsByFile.entrySet()) {
        Document d = new Document();
        d.add(new StoredField(FILE, e.getKey()));
        d.add(new TextField(TEXT, e.getValue(), Field.Store.NO));
        w.addDocument(d);
      }
    }
    this.reader = DirectoryReader.open(dir);
    this.searcher = new IndexSearcher(reader);
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
    reader.close();
  }
}
