package io.vankien.search;

import io.vankien.analysis.DocumentSymbol;
import io.vankien.analysis.VietnameseAnalyzer;
import io.vankien.text.VietnameseText;
import io.vankien.index.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * The user's query (see {@link QueryLexer}) to a Lucene query over the archive's fields.
 *
 * <p>The term space is chosen once per query: a query with diacritics anywhere takes every word as
 * written, with the folded forms weighted down ({@code VietnameseAnalyzer.forQuery(true)}); a query
 * without diacritics matches folded forms only ({@code forQuery(false)}), since its words may stand for
 * any diacritized word. Every plain word must match the text (exactly, or through folding, tone style or
 * abbreviation). Runs of plain words get proximity boosts: the whole run as a phrase, and each adjacent
 * pair of words as a phrase, so documents where a word's syllables stand together ("nông thôn mới") rank
 * above those where they are scattered. In a query with diacritics each phrase is asked for exactly, and
 * again in folded form at {@code foldedPhrase} (see {@link Weights}) of its weight. Title matches get a boost. A
 * document symbol matches the text containing it, and the document whose own number it is ranks first; a
 * number as half remembered ({@link LooseNumber}: "01/NQ-TU", "NQ12-TU", "45/QH13") matches the documents
 * whose number or citation it may be. A type named among the words ("nghị quyết 57", "nghi quyet hung yen
 * 2020") counts the document's type, the number after it and the year ({@link TypedReference}).
 * "a OR -b" is a, or every document without b.
 */
public final class QueryFactory {
  static final float OWN_NUMBER_BOOST = 1000f;
  /**
   * A number as half remembered ({@link LooseNumber}): the documents whose own number it may be, below the
   * one whose number was typed exactly, and the documents citing it.
   */
  static final float LOOSE_OWN_NUMBER_BOOST = 500f;
  static final float LOOSE_CITED_BOOST = 5f;
  /** Longest query accepted, in characters: bounds the work of one request. */
  public static final int MAX_QUERY_CHARS = 1_000;
  /** Most words, phrases and numbers in one query (each adds clauses and proximity pairs). */
  public static final int MAX_QUERY_ITEMS = 64;

  /**
   * Lucene's clause limit ({@link IndexSearcher#getMaxClauseCount()}) reached by a query, as a 400 naming
   * {@code q}: the net behind the limits above, which keep every accepted query within it.
   */
  public static BadRequestException tooComplex(IndexSearcher.TooManyClauses e) {
    return new BadRequestException("q", "query-too-complex", "từ khóa quá phức tạp, vượt quá "
        + IndexSearcher.getMaxClauseCount() + " điều kiện tìm kiếm; hãy bớt từ", null);
  }

  /**
   * Weights of the proximity and title clauses.
   *
   * @param title boost of the title match of a run of words (and of a quoted phrase in the title)
   * @param run boost of a run of words found as a phrase
   * @param pair boost of each adjacent pair of words found as a phrase
   * @param pairSlop slop of the pair phrases (0: adjacent, in order)
   * @param foldedPhrase weight of a phrase's folded form against its exact form, in a query with diacritics
   */
  public record Weights(float title, float run, float pair, int pairSlop, float foldedPhrase) {
    /**
     * The weights chosen by the relevance evaluation ({@code RelevanceSweep}, table in EVALUATION.md): with
     * exact-only phrases the proximity clauses must weigh about as much as the words themselves (run and
     * pair 10-16 form a plateau, 2 was 0.04-0.05 nDCG@10 lower); a title boost above 1 hurts; a slop of
     * 1 on pairs does not help.
     */
    public static final Weights DEFAULT = new Weights(1f, 12f, 12f, 0, VietnameseAnalyzer.FOLDED_QUERY_BOOST);
  }

  /**
   * Weight of an abbreviation's expansion matched with its words together (measured on both judged query
   * sets: 1 keeps their figures, 3 or 12 lower them: 3 gave 0.949 and 0.921 as written).
   */
  static final float EXPANSION_TOGETHER = 1f;

  private final Weights weights;
  /** False: phrases on the text field's positions (see {@link #positional()}). */
  private final boolean pairs;

  public QueryFactory() {
    this(Weights.DEFAULT);
  }

  public QueryFactory(Weights weights) {
    this(weights, true);
  }

  private QueryFactory(Weights weights, boolean pairs) {
    this.weights = weights;
    this.pairs = pairs;
  }

  /**
   * The same queries with every phrase asked of the text field's positions instead of the word-pair
   * fields: the ranking the relevance evaluation tuned ({@link TwoPassRanking}'s second pass), and what
   * highlighting and match offsets need. Matches the same documents.
   */
  public QueryFactory positional() {
    return pairs ? new QueryFactory(weights, false) : this;
  }

  /** The query builders of one term space. */
  private record Space(boolean exact, QueryBuilder words, QueryBuilder expansionPhrases, QueryBuilder phrases) {
    static Space of(boolean exact) {
      QueryBuilder words = new QueryBuilder(VietnameseAnalyzer.forQuery(exact));
      words.setEnableGraphQueries(true);
      // the same, but a multi-word abbreviation expansion must stand together: "HĐND" = "hội đồng nhân dân"
      QueryBuilder expansionPhrases = new QueryBuilder(VietnameseAnalyzer.forQuery(exact));
      expansionPhrases.setEnableGraphQueries(true);
      expansionPhrases.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
      return new Space(exact, words, expansionPhrases, new QueryBuilder(VietnameseAnalyzer.forPhrase(exact)));
    }
  }

  private final Space exactSpace = Space.of(true);
  private final Space foldedSpace = Space.of(false);

  /** The query for what the user typed; blank means every document. */
  public Query parse(String q) {
    if (q == null || q.isBlank()) {
      return new MatchAllDocsQuery();
    }
    if (q.length() > MAX_QUERY_CHARS) {
      throw new BadRequestException("q", "query-too-long", "quá dài: " + q.length() + " ký tự (tối đa "
          + MAX_QUERY_CHARS + ")", null);
    }
    List<QueryItem> items = QueryLexer.lex(q);
    if (items.size() > MAX_QUERY_ITEMS) {
      throw new BadRequestException("q", "query-too-many-words", "quá nhiều từ: " + items.size() + " (tối đa "
          + MAX_QUERY_ITEMS + " từ, cụm từ hoặc số hiệu)", null);
    }
    Space space = VietnameseText.hasDiacritics(q) ? exactSpace : foldedSpace;
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
      anyPositive |= flushRun(space, run, top);
      if (item instanceof QueryItem.Or) {
        continue;
      }
      if (inOr) {
        // collect the whole a OR b OR c chain
        BooleanQuery.Builder or = new BooleanQuery.Builder();
        int j = k;
        while (true) {
          Query alt = alternative(space, items.get(j));
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
        Query neg = itemQuery(space, not.item());
        if (neg != null) {
          top.add(neg, Occur.MUST_NOT);
        }
      } else {
        Query pos = itemQuery(space, item);
        if (pos != null) {
          top.add(pos, Occur.MUST);
          anyPositive = true;
        }
      }
    }
    anyPositive |= flushRun(space, run, top);
    if (!anyPositive) {
      top.add(new MatchAllDocsQuery(), Occur.MUST); // only exclusions: everything but those
    }
    return top.build();
  }

  private boolean flushRun(Space space, List<String> run, BooleanQuery.Builder top) {
    if (run.isEmpty()) {
      return false;
    }
    String text = String.join(" ", run);
    Query must = space.words().createBooleanQuery(Schema.TEXT, text, Occur.MUST);
    if (must == null) {
      run.clear();
      return false;
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(must, Occur.MUST);
    // an abbreviation matched through its expansion counts as a phrase match when the words stand together
    Query together = space.expansionPhrases().createBooleanQuery(Schema.TEXT, text, Occur.MUST);
    if (together != null && !together.equals(must)) {
      addShould(q, pairs ? onWordPairs(together) : together, EXPANSION_TOGETHER);
    }
    addShould(q, space.words().createBooleanQuery(Schema.TITLE, text, Occur.SHOULD), weights.title());
    TypedReference.of(run).addTo(q);
    if (run.size() > 1) {
      // a phrase asked twice (the run of two words is its one pair; "a b a b" has "a b" twice) is one clause
      // weighing both: the same score (a boost scales it), its postings and positions read once
      Map<Query, Float> phrases = new LinkedHashMap<>();
      Query whole = phrase(space, Schema.TEXT, text, 0);
      if (whole != null) {
        phrases.merge(whole, weights.run(), Float::sum);
      }
      for (int i = 0; i + 1 < run.size(); i++) {
        Query pair = phrase(space, Schema.TEXT, run.get(i) + " " + run.get(i + 1), weights.pairSlop());
        if (pair != null) {
          phrases.merge(pair, weights.pair(), Float::sum);
        }
      }
      phrases.forEach((phrase, boost) -> addShould(q, phrase, boost));
    }
    top.add(q.build(), Occur.MUST);
    run.clear();
    return true;
  }

  /**
   * A phrase in the query's term space: folded terms for a query without diacritics; for one with
   * diacritics the exact phrase, or the folded phrase at {@code foldedPhrase} (see {@link Weights}) of the weight
   * (a document matching exactly matches both). Null when the text has no terms.
   *
   * <p>Through the word pairs (not {@link #positional()}), both are the folded pair query: the pair field is
   * folded only, and an exact match is one of its matches; the query with diacritics weighs it as an exact
   * match would be (1 + {@code foldedPhrase}). The same documents match; the ranking's second pass ({@link
   * TwoPassRanking}) scores the exact and folded phrases apart on the text's positions.
   */
  private Query phrase(Space space, String field, String text, int slop) {
    Query foldedPairs = pairs && slop == 0 && field.equals(Schema.TEXT)
        ? WordPairPhrases.phrase(foldedSpace.phrases().getAnalyzer(), text)
        : null;
    if (foldedPairs != null) {
      return space.exact() ? new BoostQuery(foldedPairs, 1f + weights.foldedPhrase()) : foldedPairs;
    }
    Query folded = foldedSpace.phrases().createPhraseQuery(field, text, slop);
    if (!space.exact() || folded == null) {
      return folded;
    }
    Query exact = space.phrases().createPhraseQuery(field, text, slop);
    BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
    if (exact != null) {
      b.add(exact, Occur.SHOULD);
    }
    b.add(new BoostQuery(folded, weights.foldedPhrase()), Occur.SHOULD);
    return b.build();
  }

  /**
   * The same scoring clause with each phrase of the text asked of the word pairs ({@link WordPairPhrases}): an
   * abbreviation's expansion standing together ("ubnd": "ủy ban nhân dân") is a phrase of words found in most
   * documents, whose positions the first pass would otherwise check on every match. The clause only scores, so
   * the matches are the same; the second pass scores the positional phrase ({@link TwoPassRanking}).
   */
  private Query onWordPairs(Query q) {
    return switch (q) {
      case BooleanQuery b -> {
        BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
        b.clauses().forEach(c -> out.add(onWordPairs(c.query()), c.occur()));
        yield out.build();
      }
      case BoostQuery boost -> new BoostQuery(onWordPairs(boost.getQuery()), boost.getBoost());
      case PhraseQuery p when p.getSlop() == 0 && p.getField().equals(Schema.TEXT) && consecutive(p) -> {
        List<String> words = new ArrayList<>();
        for (Term t : p.getTerms()) {
          String w = t.text();
          words.add(w.startsWith(FOLDED_MARKER) ? w.substring(1) : w);
        }
        Query onPairs = WordPairPhrases.phrase(foldedSpace.phrases().getAnalyzer(), String.join(" ", words));
        yield onPairs != null ? onPairs : p;
      }
      default -> q;
    };
  }

  private static final String FOLDED_MARKER = String.valueOf(io.vankien.analysis.VietnameseFoldingFilter.MARKER);

  private static boolean consecutive(PhraseQuery p) {
    int[] at = p.getPositions();
    for (int i = 0; i < at.length; i++) {
      if (at[i] != i) {
        return false;
      }
    }
    return true;
  }

  private static void addShould(BooleanQuery.Builder b, Query q, float boost) {
    if (q != null) {
      b.add(new BoostQuery(q, boost), Occur.SHOULD);
    }
  }

  /**
   * One side of an OR: the item's query, or for an exclusion "-b" every document without b, so that
   * "a OR -b" finds what has a or lacks b (the negation is not dropped).
   */
  private Query alternative(Space space, QueryItem item) {
    if (item instanceof QueryItem.Not not) {
      Query neg = itemQuery(space, not.item());
      return neg == null ? null : new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
          .add(neg, Occur.MUST_NOT).build();
    }
    return itemQuery(space, item);
  }

  private Query itemQuery(Space space, QueryItem item) {
    return switch (item) {
      case QueryItem.Word w -> space.words().createBooleanQuery(Schema.TEXT, w.text(), Occur.MUST);
      case QueryItem.Phrase p -> quoted(space, p.text());
      case QueryItem.Symbol s -> symbol(space, s.text());
      case QueryItem.Fielded f -> fielded(space, f);
      case QueryItem.Not n -> itemQuery(space, n.item());
      case QueryItem.Or o -> null;
    };
  }

  private Query quoted(Space space, String text) {
    Query p = phrase(space, Schema.TEXT, text, 0);
    if (p == null) {
      return null;
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(p, Occur.MUST);
    addShould(q, phrase(space, Schema.TITLE, text, 0), weights.title());
    return q.build();
  }

  private Query symbol(Space space, String raw) {
    BooleanQuery.Builder q = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
    Query inText = phrase(space, Schema.TEXT, raw, 0);
    if (inText != null) {
      q.add(inText, Occur.SHOULD);
    }
    DocumentSymbol.key(raw).ifPresent(key -> q.add(new BoostQuery(
        new ConstantScoreQuery(new TermQuery(new Term(Schema.NUMBER_KEY, key))), OWN_NUMBER_BOOST), Occur.SHOULD));
    LooseNumber.of(raw).ifPresent(n -> {
      q.add(new BoostQuery(n.ownNumber(), LOOSE_OWN_NUMBER_BOOST), Occur.SHOULD);
      q.add(new BoostQuery(n.cited(), LOOSE_CITED_BOOST), Occur.SHOULD);
    });
    return q.build();
  }

  private Query fielded(Space space, QueryItem.Fielded f) {
    return switch (f.field()) {
      case "signer" -> orNone(phrase(space, Schema.SIGNER_TEXT, f.value(), 1));
      case "title" -> orNone(f.quoted()
          ? phrase(space, Schema.TITLE, f.value(), 0)
          : space.words().createBooleanQuery(Schema.TITLE, f.value(), Occur.MUST));
      case "number" -> new TermQuery(new Term(Schema.NUMBER_KEY, symbolKey("number", f.value())));
      case "cites" -> new TermQuery(new Term(Schema.CITES_KEY, symbolKey("cites", f.value())));
      case String r when io.vankien.cite.Relations.standard().of(r).isPresent() ->
          new TermQuery(new Term(Schema.CITES_RELATION_KEY, r + ":" + symbolKey(r, f.value())));
      default -> throw new BadRequestException("q", "unknown-field", "không có trường tìm kiếm “" + f.field() + ":”",
          null);
    };
  }

  private static String symbolKey(String field, String value) {
    return DocumentSymbol.key(value).orElseThrow(() -> new BadRequestException("q", "not-a-number",
        "“" + field + ":" + value + "” không phải số hiệu văn bản (ví dụ đúng: 01-NQ/TU, 45/2013/QH13)", null));
  }

  private static Query orNone(Query q) {
    return q == null ? new MatchNoDocsQuery("nothing to match") : q;
  }
}
