package io.vankien.search;

import io.vankien.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted passages of the text field: matched words wrapped in {@code <mark>}, the rest HTML-escaped.
 * Offsets come from the postings, so words matched through folding, tone style or abbreviation are
 * highlighted where they stand in the original text.
 */
final class Snippets {
  static final String PRE = "<mark>";
  static final String POST = "</mark>";
  private static final String SEPARATOR = "\u241E";
  private static final int PASSAGES = 3;

  List<List<String>> highlight(IndexSearcher searcher, Query query, ScoreDoc[] docs) throws IOException {
    List<List<String>> out = new ArrayList<>();
    if (docs.length == 0) {
      return out;
    }
    UnifiedHighlighter uh = new UnifiedHighlighter.Builder(searcher, io.vankien.index.Schema.indexAnalyzer())
        .withFormatter(new DefaultPassageFormatter(PRE, POST, SEPARATOR, true))
        .withScorer(new PassageRanking())
        .withMaxNoHighlightPassages(1)
        .withMaxLength(200_000)
        .build();
    TopDocs td = new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
    String[] h = uh.highlight(Schema.TEXT, query, td, PASSAGES);
    for (String s : h) {
      if (s == null) {
        out.add(List.of());
      } else {
        out.add(Arrays.stream(s.split(SEPARATOR)).map(String::strip).filter(x -> !x.isEmpty())
            .map(x -> x.replaceAll("\\s+", " ")).toList());
      }
    }
    return out;
  }
}
