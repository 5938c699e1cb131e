package io.vankien.cluster;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vankien.index.Schema;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * A Lucene query as {@link io.vankien.search.QueryFactory} builds it (the user's query, analyzed here by the same
 * analyzers the plugin registers) written as OpenSearch's query DSL over the index template's fields: the query
 * language, its boosts and document-number clauses are built once, in QueryFactory, and only written out here.
 *
 * <p>Every clause becomes its DSL counterpart (bool, constant_score, term, regexp, span_near/span_or/span_term,
 * dis_max), with the same boosts. A phrase is a {@code match_phrase} of its analyzed terms through the
 * {@code whitespace} analyzer, which gives them back as they are, one position each: the same PhraseQuery. A facet
 * drill-down term ({@code $facets}: "type\u001fNghị quyết") is a term on the dimension's keyword field. Two
 * differ in scoring only, not in what they match: a SynonymQuery (a word and its folded form, stacked) is a bool
 * of its terms (OpenSearch has no DSL for stacked terms given as terms). A query of another kind is refused
 * ({@link IllegalArgumentException}), never dropped.
 */
public final class QueryDsl {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  /** OpenSearch's built-in analyzer that splits on spaces only: analyzed terms go through it unchanged. */
  static final String AS_IS = "whitespace";

  private QueryDsl() {}

  /** The query as one DSL object ({@code {"bool": {...}}}); a phrase with several terms at a position as spans. */
  public static ObjectNode of(Query q) {
    return of(q, null);
  }

  /**
   * The query as one DSL object, a phrase with several terms at a position scored as the embedded archive scores
   * it, from the whole index's {@code idf} of its terms ({@link PhraseIdf}); null: as spans (see {@link
   * #multiPhrase}).
   */
  public static ObjectNode of(Query q, PhraseIdf idf) {
    return switch (q) {
      case BooleanQuery b -> bool(b, idf);
      case BoostQuery b -> boost(of(b.getQuery(), idf), b.getBoost());
      case ConstantScoreQuery c -> constantScore(of(c.getQuery(), idf));
      case TermQuery t -> term(t.getTerm());
      case MatchAllDocsQuery m -> wrap("match_all", F.objectNode());
      case MatchNoDocsQuery m -> wrap("match_none", F.objectNode());
      case PhraseQuery p -> phrase(p);
      case MultiPhraseQuery p -> idf == null ? multiPhrase(p) : idf.phrases(p).map(QueryDsl::phrases)
          .orElseGet(() -> multiPhrase(p));
      case SynonymQuery s -> synonyms(s);
      case RegexpQuery r -> regexp(r.getField(), r.getRegexp().text());
      case io.vankien.search.SymbolKeyQuery k -> regexp(k.getField(), k.regex());
      case DisjunctionMaxQuery d -> disMax(d, idf);
      case SpanQuery s -> span(s);
      default -> throw new IllegalArgumentException("no OpenSearch query for " + q.getClass().getSimpleName()
          + ": " + q);
    };
  }

  static ObjectNode wrap(String type, ObjectNode body) {
    ObjectNode o = F.objectNode();
    o.set(type, body);
    return o;
  }

  private static ObjectNode bool(BooleanQuery b, PhraseIdf idf) {
    ObjectNode body = F.objectNode();
    for (BooleanClause c : b.clauses()) {
      String occur = switch (c.occur()) {
        case MUST -> "must";
        case SHOULD -> "should";
        case FILTER -> "filter";
        case MUST_NOT -> "must_not";
      };
      ArrayNode list = body.has(occur) ? (ArrayNode) body.get(occur) : body.putArray(occur);
      list.add(of(c.query(), idf));
    }
    if (b.getMinimumNumberShouldMatch() > 0) {
      body.put("minimum_should_match", b.getMinimumNumberShouldMatch());
    }
    return wrap("bool", body);
  }

  private static ObjectNode constantScore(ObjectNode filter) {
    ObjectNode body = F.objectNode();
    body.set("filter", filter);
    return wrap("constant_score", body);
  }

  /** The query with its score multiplied by {@code boost}: in the query's own {@code boost} where it has one. */
  static ObjectNode boost(ObjectNode q, float boost) {
    if (boost == 1f) {
      return q;
    }
    String type = q.fieldNames().next();
    ObjectNode body = (ObjectNode) q.get(type);
    ObjectNode target = switch (type) {
      case "bool", "constant_score", "match_all", "span_near", "span_or", "dis_max" -> body;
      case "term", "regexp", "match_phrase", "span_term" -> (ObjectNode) body.elements().next();
      default -> null;
    };
    if (target == null) { // match_none: nothing to weigh
      return q;
    }
    float weight = (float) (target.path("boost").asDouble(1) * boost);
    target.put("boost", Double.parseDouble(Float.toString(weight))); // 0.2, not 0.20000000298...
    return q;
  }

  /** A term on its field; a facet drill-down term on the dimension's keyword field (hierarchical: each level). */
  static ObjectNode term(Term t) {
    if (t.field().equals(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)) {
      String[] path = FacetsConfig.stringToPath(t.text());
      if (path.length == 2) {
        return keyword(path[0], path[1]);
      }
      if (path.length == 3 && path[0].equals(Schema.F_PROVINCE_CURRENT)) { // provinceCurrent / then-province
        ObjectNode body = F.objectNode();
        body.putArray("filter").add(keyword(path[0], path[1])).add(keyword(Schema.F_PROVINCE, path[2]));
        return wrap("bool", body);
      }
      throw new IllegalArgumentException("no OpenSearch field for the facet term " + String.join("/", path));
    }
    return keyword(t.field(), t.text());
  }

  /** A sort on the document's date, {@code descending} or not, undated documents last either way. */
  static ObjectNode byDate(boolean descending) {
    ObjectNode date = F.objectNode();
    date.putObject(Schema.DATE_DAY).put("order", descending ? "desc" : "asc").put("missing", "_last");
    return date;
  }

  static ObjectNode keyword(String field, String value) {
    ObjectNode body = F.objectNode();
    body.putObject(field).put("value", value);
    return wrap("term", body);
  }

  private static ObjectNode phrase(PhraseQuery p) {
    Term[] terms = p.getTerms();
    int[] positions = p.getPositions();
    if (terms.length == 0) {
      return wrap("match_none", F.objectNode());
    }
    if (terms.length == 1) {
      return term(terms[0]);
    }
    List<String> words = new ArrayList<>();
    for (int i = 0; i < terms.length; i++) {
      String text = terms[i].text();
      if (positions[i] != positions[0] + i || text.isEmpty() || text.chars().anyMatch(Character::isWhitespace)) {
        return span(toSpan(p)); // a gap, or a term with a space: the terms as spans
      }
      words.add(text);
    }
    ObjectNode field = F.objectNode().put("query", String.join(" ", words)).put("analyzer", AS_IS);
    if (p.getSlop() > 0) {
      field.put("slop", p.getSlop());
    }
    ObjectNode body = F.objectNode();
    body.set(terms[0].field(), field);
    return wrap("match_phrase", body);
  }

  private static SpanQuery toSpan(PhraseQuery p) {
    Term[] terms = p.getTerms();
    SpanNearQuery.Builder b = SpanNearQuery.newOrderedNearQuery(terms[0].field()).setSlop(p.getSlop());
    int[] positions = p.getPositions();
    for (int i = 0; i < terms.length; i++) {
      if (i > 0 && positions[i] - positions[i - 1] != 1) {
        throw new IllegalArgumentException("no OpenSearch query for a phrase with a gap or stacked terms: " + p);
      }
      b.addClause(new SpanTermQuery(terms[i]));
    }
    return b.build();
  }

  /**
   * A phrase with several terms at a position ("nhiệm kỳ" and "nhiệm kì") as a span_near of span_or clauses, in
   * order, within the same slop: the same documents for a phrase without slop (the factory's phrases are). Its
   * score is the embedded archive's on one shard only: a shard sums the idf of the terms it holds, so on a shard
   * without the rare spelling ("kì") the phrase weighs less than in the whole index (measured: 19 of 37 judged
   * queries ranked differently on 3 shards, README "On a cluster"); {@link PhraseIdf} is the cure.
   */
  private static ObjectNode multiPhrase(MultiPhraseQuery p) {
    Term[][] terms = p.getTermArrays();
    int[] positions = p.getPositions();
    ObjectNode body = F.objectNode();
    ArrayNode clauses = body.putArray("clauses");
    for (int i = 0; i < terms.length; i++) {
      if (i > 0 && positions[i] - positions[i - 1] != 1) {
        throw new IllegalArgumentException("no OpenSearch query for a phrase with a gap: " + p);
      }
      ArrayNode or = F.arrayNode();
      for (Term t : terms[i]) {
        ObjectNode term = F.objectNode();
        term.putObject(t.field()).put("value", t.text());
        or.add(wrap("span_term", term));
      }
      if (or.size() == 1) {
        clauses.add(or.get(0));
      } else {
        ObjectNode spanOr = F.objectNode();
        spanOr.set("clauses", or);
        clauses.add(wrap("span_or", spanOr));
      }
    }
    body.put("slop", p.getSlop()).put("in_order", true);
    return wrap("span_near", body);
  }

  /**
   * A phrase with several terms at a position as {@link PhraseIdf#phrases} spells it out: a dis_max of its plain
   * phrases, each weighted to score as the whole phrase does.
   */
  private static ObjectNode phrases(List<PhraseIdf.Weighted> spelled) {
    if (spelled.isEmpty()) { // a position whose terms no document has
      return wrap("match_none", F.objectNode());
    }
    ObjectNode body = F.objectNode();
    ArrayNode queries = body.putArray("queries");
    spelled.forEach(w -> queries.add(boost(phrase(w.phrase()), w.weight())));
    return wrap("dis_max", body);
  }

  private static ObjectNode synonyms(SynonymQuery s) {
    List<Term> terms = s.getTerms();
    float[] boosts = boosts(s, terms);
    ObjectNode body = F.objectNode();
    ArrayNode should = body.putArray("should");
    for (int i = 0; i < terms.size(); i++) {
      should.add(boost(keyword(s.getField(), terms.get(i).text()), boosts[i]));
    }
    return wrap("bool", body);
  }

  /**
   * The weight of each term of a SynonymQuery (the folded form's is lower, {@code BoostAttribute}): Lucene shows
   * them in its text only, so each assignment of the weights shown there (and 1) is tried until the query built
   * with it equals this one.
   */
  static float[] boosts(SynonymQuery s, List<Term> terms) {
    List<Float> candidates = new ArrayList<>(List.of(1f));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\^([0-9.Ee+-]+)").matcher(s.toString());
    while (m.find()) {
      try {
        float b = Float.parseFloat(m.group(1));
        if (b > 0f && b <= 1f && !candidates.contains(b)) { // what a SynonymQuery term may weigh
          candidates.add(b);
        }
      } catch (NumberFormatException e) {
        // a ^ inside a term's text
      }
    }
    int n = terms.size();
    int[] pick = new int[n];
    long combinations = (long) Math.pow(candidates.size(), n);
    if (combinations > 100_000) {
      throw new IllegalArgumentException("no OpenSearch query for a synonym query of " + n + " terms: " + s);
    }
    for (long c = 0; c < combinations; c++) {
      long rest = c;
      SynonymQuery.Builder b = new SynonymQuery.Builder(s.getField());
      float[] boosts = new float[n];
      for (int i = 0; i < n; i++) {
        pick[i] = (int) (rest % candidates.size());
        rest /= candidates.size();
        boosts[i] = candidates.get(pick[i]);
        b.addTerm(terms.get(i), boosts[i]);
      }
      if (b.build().equals(s)) {
        return boosts;
      }
    }
    throw new IllegalArgumentException("no OpenSearch query for the synonym query " + s + " (its weights unread)");
  }

  private static ObjectNode regexp(String field, String regexp) {
    ObjectNode body = F.objectNode();
    body.putObject(field).put("value", regexp).put("flags", "ALL");
    return wrap("regexp", body);
  }

  private static ObjectNode disMax(DisjunctionMaxQuery d, PhraseIdf idf) {
    ObjectNode body = F.objectNode();
    ArrayNode queries = body.putArray("queries");
    d.getDisjuncts().forEach(q -> queries.add(of(q, idf)));
    if (d.getTieBreakerMultiplier() != 0f) {
      body.put("tie_breaker", d.getTieBreakerMultiplier());
    }
    return wrap("dis_max", body);
  }

  private static ObjectNode span(SpanQuery s) {
    return switch (s) {
      case SpanTermQuery t -> {
        ObjectNode body = F.objectNode();
        body.putObject(t.getTerm().field()).put("value", t.getTerm().text());
        yield wrap("span_term", body);
      }
      case SpanOrQuery o -> {
        ObjectNode body = F.objectNode();
        ArrayNode clauses = body.putArray("clauses");
        for (SpanQuery c : o.getClauses()) {
          clauses.add(span(c));
        }
        yield wrap("span_or", body);
      }
      case SpanNearQuery n -> {
        ObjectNode body = F.objectNode();
        ArrayNode clauses = body.putArray("clauses");
        for (SpanQuery c : n.getClauses()) {
          clauses.add(span(c));
        }
        body.put("slop", n.getSlop()).put("in_order", n.isInOrder());
        yield wrap("span_near", body);
      }
      default -> throw new IllegalArgumentException("no OpenSearch span query for " + s.getClass().getSimpleName()
          + ": " + s);
    };
  }
}
