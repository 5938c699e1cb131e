package io.vankien.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The whole index's BM25 idf of the terms of the phrases with several terms at a position ("quản lý thuế" asked
 * as "quan (ly li) thue"), so that a cluster of several shards scores them as the embedded archive does.
 *
 * <p>Lucene weighs such a phrase (MultiPhraseQuery, or the cluster's span_near of span_or) by the sum of the idf
 * of every term it holds that the index has. The embedded archive is one index: the rare spelling ("li", in one
 * document of the judged corpus) counts for every document, and weighs most (idf 4.6 beside 0.02-0.6 for "quan",
 * "ly", "thue"). A shard sums only the terms it holds itself, even with {@code dfs_query_then_fetch} (Lucene asks
 * the statistics of a term only when the shard has it), so on the two shards without "li" the phrase weighed a
 * sixth of its weight and the law on tax administration fell from first to third (README, "On a cluster").
 *
 * <p>Here the phrase is spelled out: one plain phrase per choice of terms ({@code quan ly thue}, {@code quan li
 * thue}), each weighted by {@code idf(all terms) / idf(its terms)}. A shard scores a plain phrase only where it
 * holds all its terms, with the whole index's statistics (DFS), so a document with one spelling scores exactly as
 * the embedded archive's phrase; a document with both, by its best spelling (the embedded archive counts both
 * spellings' matches together: a little higher). The statistics are counts of the whole index (documents with
 * the field, documents with each term), as the embedded archive's Lucene statistics are of its whole index, not
 * of what the caller may read; they shape scores only, and no count is shown. An index with deleted documents
 * not yet merged away counts them in Lucene's statistics but not here: the weights are then nearly, not exactly,
 * the embedded archive's.
 */
public final class PhraseIdf {
  /** Most plain phrases one phrase is spelled out into; beyond, the phrase stays spans (a shard's own weights). */
  static final int MAX_SPELLINGS = 16;

  /** One plain phrase of a spelled-out phrase and the weight that makes it score as the whole phrase. */
  public record Weighted(PhraseQuery phrase, float weight) {}

  /** A size-0 search of the whole index ({@code _search}, no access filter: statistics only). */
  @FunctionalInterface
  public interface Counts {
    JsonNode search(ObjectNode body) throws IOException;
  }

  private final Map<String, Long> docCounts;
  private final Map<Term, Long> docFreqs;

  PhraseIdf(Map<String, Long> docCounts, Map<Term, Long> docFreqs) {
    this.docCounts = docCounts;
    this.docFreqs = docFreqs;
  }

  /**
   * The statistics the stacked phrases of {@code q} need, in one size-0 search; null (no search) when {@code q}
   * has none.
   */
  public static PhraseIdf of(Query q, Counts counts) throws IOException {
    Set<Term> terms = stackedTerms(q);
    if (terms.isEmpty()) {
      return null;
    }
    JsonNodeFactory f = JsonNodeFactory.instance;
    List<Term> list = new ArrayList<>(terms);
    List<String> fields = list.stream().map(Term::field).distinct().toList();
    ObjectNode filters = f.objectNode();
    for (int i = 0; i < list.size(); i++) {
      filters.set("t" + i, QueryDsl.keyword(list.get(i).field(), list.get(i).text()));
    }
    for (int i = 0; i < fields.size(); i++) {
      filters.set("f" + i, QueryDsl.wrap("exists", f.objectNode().put("field", fields.get(i))));
    }
    ObjectNode body = f.objectNode().put("size", 0);
    body.putObject("aggs").putObject("n").putObject("filters").set("filters", filters);
    JsonNode buckets = counts.search(body).path("aggregations").path("n").path("buckets");
    Map<Term, Long> docFreqs = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      docFreqs.put(list.get(i), buckets.path("t" + i).path("doc_count").asLong());
    }
    Map<String, Long> docCounts = new HashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      docCounts.put(fields.get(i), buckets.path("f" + i).path("doc_count").asLong());
    }
    return new PhraseIdf(docCounts, docFreqs);
  }

  /** The terms of every phrase of {@code q} with several terms at a position. */
  static Set<Term> stackedTerms(Query q) {
    Set<Term> out = new LinkedHashSet<>();
    q.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        if (query instanceof MultiPhraseQuery) {
          out.addAll(List.of(terms));
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this; // MUST_NOT clauses too: they are written out the same way
      }
    });
    return out;
  }

  /**
   * The phrase as plain phrases, one per choice of the terms the index has, each weighted by the idf of all the
   * phrase's terms over its own; empty when they are more than {@link #MAX_SPELLINGS} or a statistic is missing.
   */
  public Optional<List<Weighted>> phrases(MultiPhraseQuery p) {
    Term[][] positions = p.getTermArrays();
    int[] at = p.getPositions();
    double all = 0; // as Lucene sums a phrase's idf: each term's, a float, into a double
    List<List<Term>> present = new ArrayList<>();
    long spellings = 1;
    for (Term[] alternatives : positions) {
      List<Term> held = new ArrayList<>();
      for (Term t : alternatives) {
        Float idf = idf(t);
        if (idf == null) {
          return Optional.empty();
        }
        if (idf > 0f) {
          all += idf;
          held.add(t);
        }
      }
      present.add(held);
      spellings *= held.size();
      if (spellings > MAX_SPELLINGS) {
        return Optional.empty();
      }
    }
    List<Weighted> out = new ArrayList<>();
    int[] pick = new int[positions.length];
    for (long s = 0; s < spellings; s++) {
      long rest = s;
      PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(p.getSlop());
      double own = 0;
      for (int i = 0; i < positions.length; i++) {
        List<Term> held = present.get(i);
        pick[i] = (int) (rest % held.size());
        rest /= held.size();
        Term t = held.get(pick[i]);
        b.add(t, at[i]);
        own += idf(t);
      }
      out.add(new Weighted(b.build(), (float) ((float) all / (float) own)));
    }
    return Optional.of(out);
  }

  /** BM25's idf of the term in the whole index (Lucene's formula); 0 when no document has it; null: unknown. */
  Float idf(Term t) {
    Long df = docFreqs.get(t);
    Long n = docCounts.get(t.field());
    if (df == null || n == null) {
      return null;
    }
    if (df == 0) {
      return 0f;
    }
    return (float) Math.log(1 + (n - df + 0.5D) / (df + 0.5D));
  }
}
