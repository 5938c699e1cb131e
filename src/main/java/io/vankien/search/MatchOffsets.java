package io.vankien.search;

import io.vankien.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Where a query matches in one document's whole text, as [start, end) character offsets, sorted, each
 * range once (overlapping matches joined): the document page highlights exactly what the search matched,
 * through folding, tone style and abbreviations.
 */
final class MatchOffsets {
  private MatchOffsets() {}

  /**
   * The offsets of every match of {@code query} in the text of one archived document, found in an index of that
   * document alone (in memory): where the document lives elsewhere (an OpenSearch cluster, whose highlighter marks
   * a phrase word by word), the matches are the embedded archive's, found by the same code.
   */
  static List<int[]> of(io.vankien.index.ArchivedDocument d, Query query) throws IOException {
    try (org.apache.lucene.store.ByteBuffersDirectory dir = new org.apache.lucene.store.ByteBuffersDirectory()) {
      org.apache.lucene.index.IndexWriterConfig cfg = new org.apache.lucene.index.IndexWriterConfig(Schema.indexAnalyzer());
      cfg.setSimilarity(Schema.similarity());
      try (org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(dir, cfg)) {
        w.addDocument(new io.vankien.index.DocumentMapper(Schema.facetsConfig()).toLucene(d));
      }
      try (org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(dir)) {
        IndexSearcher s = new IndexSearcher(r);
        s.setSimilarity(Schema.similarity());
        return of(s, query, 0);
      }
    }
  }

  /** The offsets of every match of {@code query} in the text of Lucene document {@code docId}. */
  static List<int[]> of(IndexSearcher searcher, Query query, int docId) throws IOException {
    Finder f = new Finder(searcher);
    Map<String, Object[]> r = f.find(query, docId);
    Object o = r.get(Schema.TEXT)[0];
    @SuppressWarnings("unchecked")
    List<int[]> l = o == null ? List.of() : (List<int[]>) o;
    return l;
  }

  private static final class Finder extends UnifiedHighlighter {
    Finder(IndexSearcher searcher) {
      super(new Builder(searcher, Schema.indexAnalyzer())
          .withBreakIterator(WholeBreakIterator::new)
          .withMaxLength(Integer.MAX_VALUE - 1)
          .withMaxNoHighlightPassages(0)
          .withFormatter(new PassageFormatter() {
            @Override
            public Object format(Passage[] passages, String content) {
              List<int[]> all = new ArrayList<>();
              for (Passage p : passages) {
                for (int i = 0; i < p.getNumMatches(); i++) {
                  all.add(new int[] {p.getMatchStarts()[i], p.getMatchEnds()[i]});
                }
              }
              all.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
              // one range once: a word matched by two clauses (a number's key and its parts) is reported by each
              List<int[]> out = new ArrayList<>();
              for (int[] r : all) {
                int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && r[0] < last[1]) {
                  last[1] = Math.max(last[1], r[1]); // overlapping or equal: one range
                } else {
                  out.add(r);
                }
              }
              return out;
            }
          }));
    }

    Map<String, Object[]> find(Query q, int docId) throws IOException {
      return highlightFieldsAsObjects(new String[] {Schema.TEXT}, q, new int[] {docId}, new int[] {1});
    }
  }
}
