package io.vankien.search;

import io.vankien.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.DocIdSetIterator;
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
 *
 * <p>The work per hit is bounded: only the first {@link #MAX_CHARS} characters of a text are searched for
 * passages, and the texts are the ones the caller already loaded with the hits (each stored document is
 * read once per request, not once for the hit and again for its snippet).
 */
final class Snippets {
  static final String PRE = "<mark>";
  static final String POST = "</mark>";
  /** Characters of a text searched for passages (a long law's first 30 or so pages). */
  static final int MAX_CHARS = 100_000;
  private static final String SEPARATOR = "\u241E";
  private static final int PASSAGES = 3;

  /**
   * Passages of each document, in the order of {@code docs}.
   *
   * @param texts the text of each document, in the order of {@code docs}
   */
  List<List<String>> highlight(IndexSearcher searcher, Query query, ScoreDoc[] docs, List<String> texts)
      throws IOException {
    List<List<String>> out = new ArrayList<>();
    if (docs.length == 0) {
      return out;
    }
    Map<Integer, String> byDoc = new HashMap<>();
    for (int i = 0; i < docs.length; i++) {
      byDoc.put(docs[i].doc, texts.get(i));
    }
    UnifiedHighlighter.Builder b = new UnifiedHighlighter.Builder(searcher, Schema.indexAnalyzer())
        .withFormatter(new DefaultPassageFormatter(PRE, POST, SEPARATOR, true))
        .withScorer(new PassageRanking())
        .withMaxNoHighlightPassages(1)
        .withBreakIterator(SentenceBreaks::new)
        .withMaxLength(MAX_CHARS);
    UnifiedHighlighter uh = new PreloadedTexts(b, byDoc);
    TopDocs td = new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
    String[] h = uh.highlight(Schema.TEXT, searcher.rewrite(query), td, PASSAGES);
    for (String s : h) {
      if (s == null) {
        out.add(List.of());
      } else {
        out.add(Arrays.stream(s.split(SEPARATOR)).map(String::strip).filter(x -> !x.isEmpty())
            .map(Snippets::collapseSpaces).toList());
      }
    }
    return out;
  }

  /** Runs of white space as one space, as {@code s.replaceAll("\\s+", " ")} without a regular expression. */
  static String collapseSpaces(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean inSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        if (!inSpace) {
          b.append(' ');
        }
        inSpace = true;
      } else {
        b.append(c);
        inSpace = false;
      }
    }
    return b.toString();
  }

  /** A highlighter that takes the texts from the hits already loaded, and offsets from the postings. */
  private static final class PreloadedTexts extends UnifiedHighlighter {
    private final Map<Integer, String> texts;

    PreloadedTexts(UnifiedHighlighter.Builder builder, Map<Integer, String> texts) {
      super(builder);
      this.texts = texts;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
        int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
        String t = texts.get(doc);
        t = t == null ? "" : t;
        CharSequence[] perField = new CharSequence[fields.length];
        Arrays.fill(perField, t.length() > MAX_CHARS ? t.substring(0, MAX_CHARS) : t);
        values.add(perField);
      }
      return values;
    }

    @Override
    protected OffsetSource getOffsetSource(String field) {
      return OffsetSource.POSTINGS; // Schema.TEXT_TYPE indexes offsets in the postings
    }
  }
}
