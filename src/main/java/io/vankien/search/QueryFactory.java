package io.vankien.search;

import io.vankien.analysis.DocumentSymbol;
import io.vankien.analysis.VietnameseAnalyzer;
import io.vankien.index.Schema;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * The user's query (see {@link QueryLexer}) to a Lucene query over the archive's fields.
 *
 * <p>Every plain word must match the text (exactly, or through folding, tone style or abbreviation:
 * the query analyzer stacks those forms). Runs of plain words get proximity boosts: the whole run as a
 * phrase, and each adjacent pair of words as a phrase, so documents where a word's syllables stand
 * together ("nông thôn mới") rank above those where they are scattered. Title matches get a boost. A
 * document symbol matches the text containing it, and the document whose own number it is ranks first.
 */
public final class QueryFactory {
  static final float TITLE_BOOST = 2f;
  static final float RUN_PHRASE_BOOST = 2f;
  static final float PAIR_PHRASE_BOOST = 1f;
  static final float OWN_NUMBER_BOOST = 1000f;

  private final QueryBuilder builder;
  private final QueryBuilder phrases;

  public QueryFactory() {
    this(VietnameseAnalyzer.forQuery(), VietnameseAnalyzer.forPhrase());
  }

  /**
   * @param queryAnalyzer for word matching (may branch: abbreviations expand as a graph)
   * @param phraseAnalyzer for phrases and proximity (never branches, so one phrase query per phrase)
   */
  public QueryFactory(Analyzer queryAnalyzer, Analyzer phraseAnalyzer) {
    this.builder = new QueryBuilder(queryAnalyzer);
    this.builder.setEnableGraphQueries(true);
    this.phrases = new QueryBuilder(phraseAnalyzer);
  }

  /** The query for what the user typed; blank means every document. */
  public Query parse(String q) {
    if (q == null || q.isBlank()) {
      return new MatchAllDocsQuery();
    }
    List<QueryItem> items = QueryLexer.lex(q);
    BooleanQuery.Builder top = new BooleanQuery.Builder();
    boolean anyPositive = false;
    List<String> run = new ArrayList<>();
    for (int k = 0; k < items.size(); k++) {
      QueryItem item = items.get(k);
      boolean inOr = (k + 1 < items.size() && items.get(k + 1) instanceof QueryItem.Or)
          || (k > 0 && items.get(k - 1) instanceof QueryItem.Or);
      if (item instanceof QueryItem.Word w && !inOr) {
        run.add(w.text());
        continue;
      }
      anyPositive |= flushRun(run, top);
      if (item instanceof QueryItem.Or) {
        continue;
      }
      if (inOr) {
        // collect the whole a OR b OR c chain
        BooleanQuery.Builder or = new BooleanQuery.Builder();
        int j = k;
        while (true) {
          Query alt = itemQuery(items.get(j));
          if (alt != null) {
            or.add(alt, Occur.SHOULD);
          }
          if (j + 2 < items.size() && items.get(j + 1) instanceof QueryItem.Or) {
            j += 2;
          } else {
            break;
          }
        }
        k = j;
        top.add(or.build(), Occur.MUST);
        anyPositive = true;
      } else if (item instanceof QueryItem.Not not) {
        Query neg = itemQuery(not.item());
        if (neg != null) {
          top.add(neg, Occur.MUST_NOT);
        }
      } else {
        Query pos = itemQuery(item);
        if (pos != null) {
          top.add(pos, Occur.MUST);
          anyPositive = true;
        }
      }
    }
    anyPositive |= flushRun(run, top);
    if (!anyPositive) {
      top.add(new MatchAllDocsQuery(), Occur.MUST); // only exclusions: everything but those
    }
    return top.build();
  }

  private boolean flushRun(List<String> run, BooleanQuery.Builder top) {
    if (run.isEmpty()) {
      return false;
    }
    String text = String.join(" ", run);
    Query must = builder.createBooleanQuery(Schema.TEXT, text, Occur.MUST);
    if (must == null) {
      run.clear();
      return false;
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(must, Occur.MUST);
    addShould(q, builder.createBooleanQuery(Schema.TITLE, text, Occur.SHOULD), TITLE_BOOST);
    if (run.size() > 1) {
      addShould(q, phrases.createPhraseQuery(Schema.TEXT, text, 0), RUN_PHRASE_BOOST);
      for (int i = 0; i + 1 < run.size(); i++) {
        addShould(q, phrases.createPhraseQuery(Schema.TEXT, run.get(i) + " " + run.get(i + 1), 0),
            PAIR_PHRASE_BOOST);
      }
    }
    top.add(q.build(), Occur.MUST);
    run.clear();
    return true;
  }

  private static void addShould(BooleanQuery.Builder b, Query q, float boost) {
    if (q != null) {
      b.add(new BoostQuery(q, boost), Occur.SHOULD);
    }
  }

  private Query itemQuery(QueryItem item) {
    return switch (item) {
      case QueryItem.Word w -> builder.createBooleanQuery(Schema.TEXT, w.text(), Occur.MUST);
      case QueryItem.Phrase p -> phrase(p.text());
      case QueryItem.Symbol s -> symbol(s.text());
      case QueryItem.Fielded f -> fielded(f);
      case QueryItem.Not n -> itemQuery(n.item());
      case QueryItem.Or o -> null;
    };
  }

  private Query phrase(String text) {
    Query p = phrases.createPhraseQuery(Schema.TEXT, text, 0);
    if (p == null) {
      return null;
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(p, Occur.MUST);
    addShould(q, phrases.createPhraseQuery(Schema.TITLE, text, 0), TITLE_BOOST);
    return q.build();
  }

  private Query symbol(String raw) {
    BooleanQuery.Builder q = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
    Query inText = phrases.createPhraseQuery(Schema.TEXT, raw, 0);
    if (inText != null) {
      q.add(inText, Occur.SHOULD);
    }
    DocumentSymbol.key(raw).ifPresent(key -> q.add(new BoostQuery(
        new ConstantScoreQuery(new TermQuery(new Term(Schema.NUMBER_KEY, key))), OWN_NUMBER_BOOST), Occur.SHOULD));
    return q.build();
  }

  private Query fielded(QueryItem.Fielded f) {
    return switch (f.field()) {
      case "signer" -> orNone(phrases.createPhraseQuery(Schema.SIGNER_TEXT, f.value(), 1));
      case "title" -> orNone(f.quoted()
          ? phrases.createPhraseQuery(Schema.TITLE, f.value(), 0)
          : builder.createBooleanQuery(Schema.TITLE, f.value(), Occur.MUST));
      case "number" -> new TermQuery(new Term(Schema.NUMBER_KEY, symbolKey("number", f.value())));
      case "cites" -> new TermQuery(new Term(Schema.CITES_KEY, symbolKey("cites", f.value())));
      default -> throw new BadRequestException("q", "unknown field '" + f.field() + ":'");
    };
  }

  private static String symbolKey(String field, String value) {
    return DocumentSymbol.key(value).orElseThrow(() -> new BadRequestException("q",
        field + ": '" + value + "' is not a document number (like 01-NQ/TU or 45/2013/QH13)"));
  }

  private static Query orNone(Query q) {
    return q == null ? new MatchNoDocsQuery("nothing to match") : q;
  }
}
