package io.vankien.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.apache.lucene.util.PriorityQueue;

/**
 * The terms of a document's "similar documents" query, chosen as Lucene's {@link MoreLikeThis} chooses them with
 * DocumentService's settings (terms at least twice in the text, in at least one and at most half of the documents,
 * the 40 of highest tf × idf), from the statistics of an index: the embedded archive's ({@link IndexTermStats},
 * every document frequency read in one pass over each segment's terms) or the whole cluster index's
 * (io.vankien.cluster.ClusterDocumentView). OpenSearch's own {@code more_like_this} chooses on each shard with that
 * shard's statistics, so on several shards it picks other terms, and other documents, than the embedded archive.
 * The same steps as MoreLikeThis: the text analyzed by the index analyzer (at most MoreLikeThis's 5,000 tokens), a
 * word's frequency counted in a HashMap, candidates kept in Lucene's priority queue by ClassicSimilarity's idf (over
 * the documents with the field) times tf, the chosen terms listed as the queue pops them (the same terms as
 * MoreLikeThis on every sample: SimilarTermsTest).
 */
public final class SimilarTerms {
  static final int MIN_TERM_FREQ = 2;
  static final int MIN_DOC_FREQ = 1;
  static final int MAX_QUERY_TERMS = 40;
  static final int MAX_DOC_FREQ_PCT = 50;

  /** What the term choice needs of the index: the cluster's, or the embedded archive's ({@link IndexTermStats}). */
  public interface Stats {
    /**
     * Documents in the index, deleted ones not yet merged away included (MoreLikeThis's {@code IndexReader.maxDoc},
     * of which its maximum document frequency is a percentage).
     */
    long numDocs() throws IOException;

    /** Documents with the field (IndexReader.getDocCount). */
    long docCount(String field) throws IOException;

    /** The document frequency of each word in the field. */
    Map<String, Long> docFreqs(String field, Collection<String> words) throws IOException;
  }

  private SimilarTerms() {}

  private record Scored(String word, float score) {}

  /** The terms of the query, in MoreLikeThis's order; none for a text without a term worth asking. */
  public static List<String> choose(String text, Analyzer analyzer, String field, Stats stats) throws IOException {
    Map<String, int[]> tf = new HashMap<>();
    int tokens = 0;
    try (TokenStream ts = analyzer.tokenStream(field, new StringReader(text == null ? "" : text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (++tokens > MoreLikeThis.DEFAULT_MAX_NUM_TOKENS_PARSED) {
          break;
        }
        tf.computeIfAbsent(term.toString(), k -> new int[1])[0]++;
      }
      ts.end();
    }
    List<String> candidates = new ArrayList<>();
    for (Map.Entry<String, int[]> e : tf.entrySet()) {
      if (e.getValue()[0] >= MIN_TERM_FREQ) {
        candidates.add(e.getKey());
      }
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    Map<String, Long> docFreqs = stats.docFreqs(field, candidates);
    long maxDocFreq = MAX_DOC_FREQ_PCT * stats.numDocs() / 100;
    long numDocs = stats.docCount(field);
    ClassicSimilarity similarity = new ClassicSimilarity();
    int limit = Math.min(MAX_QUERY_TERMS, tf.size());
    PriorityQueue<Scored> queue = new PriorityQueue<>(limit) {
      @Override
      protected boolean lessThan(Scored a, Scored b) {
        return a.score() < b.score();
      }
    };
    for (Map.Entry<String, int[]> e : tf.entrySet()) { // the HashMap's order, as MoreLikeThis iterates
      int freq = e.getValue()[0];
      if (freq < MIN_TERM_FREQ) {
        continue;
      }
      long docFreq = docFreqs.getOrDefault(e.getKey(), 0L);
      if (docFreq < MIN_DOC_FREQ || docFreq > maxDocFreq || docFreq == 0) {
        continue;
      }
      float score = freq * similarity.idf(docFreq, numDocs);
      if (queue.size() < limit) {
        queue.add(new Scored(e.getKey(), score));
      } else if (queue.top().score() < score) {
        queue.updateTop(new Scored(e.getKey(), score));
      }
    }
    List<String> out = new ArrayList<>(queue.size());
    for (Scored s = queue.pop(); s != null; s = queue.pop()) {
      out.add(s.word());
    }
    return out;
  }
}
