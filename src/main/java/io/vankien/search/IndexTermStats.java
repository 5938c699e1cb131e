package io.vankien.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The statistics {@link SimilarTerms} chooses from, read from a Lucene index: the values MoreLikeThis reads ({@code
 * maxDoc}, {@code getDocCount}, {@code docFreq}, deleted documents counted as it counts them), but every word's
 * document frequency looked up in one terms enumeration per segment, the words in sorted order, instead of a new
 * enumeration from the root for every word and segment ({@code IndexReader.docFreq}: 97% of MoreLikeThis's
 * choice, and a third of a document page, on the 100k archive).
 */
public final class IndexTermStats implements SimilarTerms.Stats {
  private final IndexReader reader;

  public IndexTermStats(IndexReader reader) {
    this.reader = reader;
  }

  /** {@code maxDoc}, as MoreLikeThis takes its maximum document frequency from it. */
  @Override
  public long numDocs() {
    return reader.maxDoc();
  }

  @Override
  public long docCount(String field) throws IOException {
    return reader.getDocCount(field);
  }

  @Override
  public Map<String, Long> docFreqs(String field, Collection<String> words) throws IOException {
    List<BytesRef> sorted = words.stream().distinct().map(BytesRef::new).sorted().toList();
    long[] freqs = new long[sorted.size()];
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      for (int i = 0; i < sorted.size(); i++) {
        if (te.seekExact(sorted.get(i))) {
          freqs[i] += te.docFreq();
        }
      }
    }
    Map<String, Long> out = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      out.put(sorted.get(i).utf8ToString(), freqs[i]);
    }
    return out;
  }
}
