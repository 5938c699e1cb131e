package io.vankien.search;

import io.vankien.analysis.VietnameseAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * What a user has typed so far, as folded terms by position ({@code VietnameseAnalyzer.forPhrase(false)}):
 * every word but the last must be a whole word of the entry, the last one (unless followed by a space)
 * the start of one, in any order, like Lucene's AnalyzingInfixSuggester. Holds at most {@link #MAX_WORDS}
 * positions, so a lookup's query stays small whatever is typed. Public for the cluster's suggester
 * ({@code io.vankien.cluster.ClusterSuggester}), which sends the same query as OpenSearch's DSL.
 */
public final class CompletionQuery {
  static final int MAX_WORDS = 12;
  private static final Analyzer TYPED = VietnameseAnalyzer.forPhrase(false);

  /** Folded terms per position (stacked terms, like a Roman numeral's number, share a position). */
  private final List<List<String>> positions;
  private final boolean lastIsWhole;

  private CompletionQuery(List<List<String>> positions, boolean lastIsWhole) {
    this.positions = positions;
    this.lastIsWhole = lastIsWhole;
  }

  public static CompletionQuery of(String typed) {
    List<List<String>> positions = new ArrayList<>();
    try (TokenStream ts = TYPED.tokenStream("", typed)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (inc.getPositionIncrement() > 0 || positions.isEmpty()) {
          if (positions.size() == MAX_WORDS) {
            break;
          }
          positions.add(new ArrayList<>());
        }
        positions.get(positions.size() - 1).add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysis of a String does no I/O
    }
    boolean whole = !typed.isEmpty() && Character.isWhitespace(typed.charAt(typed.length() - 1));
    return new CompletionQuery(positions, whole);
  }

  public boolean isEmpty() {
    return positions.isEmpty();
  }

  /**
   * The query over one kind of entry: whole words in {@code wordField} (analyzed with the index chain),
   * the last word's start in {@code prefixField} (analyzed with {@code VietnameseAnalyzer.forPrefixes()}).
   */
  public Query over(String wordField, String prefixField) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (int i = 0; i < positions.size(); i++) {
      boolean last = i == positions.size() - 1;
      b.add(anyOf(last && !lastIsWhole ? prefixField : wordField, positions.get(i)), BooleanClause.Occur.MUST);
    }
    return b.build();
  }

  private static Query anyOf(String field, List<String> terms) {
    if (terms.size() == 1) {
      return new TermQuery(new Term(field, terms.get(0)));
    }
    SynonymQuery.Builder s = new SynonymQuery.Builder(field);
    terms.stream().distinct().forEach(t -> s.addTerm(new Term(field, t)));
    return s.build();
  }
}
