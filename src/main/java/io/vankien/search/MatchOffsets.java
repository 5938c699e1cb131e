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
