package io.vankien.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.opensearch.action.admin.indices.analyze.AnalyzeAction;

/**
 * A token as one comparable line: term, start and end offset, position, position length, type. Made from a
 * Lucene analyzer directly and from an OpenSearch {@code _analyze} answer, so the two can be compared line by
 * line.
 */
final class Tokens {
  private Tokens() {}

  static String line(String term, int start, int end, int position, int positionLength, String type) {
    return term + " [" + start + "-" + end + "] @" + position + " len " + positionLength + " " + type;
  }

  /** What the Lucene analyzer gives for the text (positions counted from 0 as OpenSearch counts them). */
  static List<String> lucene(Analyzer analyzer, String field, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += inc.getPositionIncrement();
        out.add(line(term.toString(), offset.startOffset(), offset.endOffset(), position, len.getPositionLength(),
            type.type()));
      }
      ts.end();
    }
    return out;
  }

  /** The tokens of an OpenSearch {@code _analyze} answer. */
  static List<String> openSearch(AnalyzeAction.Response response) {
    List<String> out = new ArrayList<>(response.getTokens().size());
    for (AnalyzeAction.AnalyzeToken t : response.getTokens()) {
      out.add(line(t.getTerm(), t.getStartOffset(), t.getEndOffset(), t.getPosition(), t.getPositionLength(),
          t.getType()));
    }
    return out;
  }

  /** Null when equal, else where they first differ, with a few tokens around it. */
  static String difference(List<String> expected, List<String> actual) {
    int n = Math.min(expected.size(), actual.size());
    int i = 0;
    while (i < n && expected.get(i).equals(actual.get(i))) {
      i++;
    }
    if (i == n && expected.size() == actual.size()) {
      return null;
    }
    int from = Math.max(0, i - 2);
    return "first difference at token " + i + " of " + expected.size() + " (Lucene) / " + actual.size()
        + " (OpenSearch)\n  Lucene:     " + expected.subList(from, Math.min(expected.size(), i + 3))
        + "\n  OpenSearch: " + actual.subList(from, Math.min(actual.size(), i + 3));
  }
}
