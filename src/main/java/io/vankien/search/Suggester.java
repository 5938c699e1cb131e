package io.vankien.search;

import io.vankien.index.ArchiveSearcher;
import io.vankien.index.DocumentMapper;
import io.vankien.index.Schema;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.IOSupplier;

/**
 * Completions for titles, numbers and signers as the user types, with or without diacritics, looked up in
 * the archive's own index through {@link ArchiveSearcher.View#restrict}: nothing is built or held between
 * requests, so an ingest or a deletion shows at the next request. What was typed is folded ({@link
 * CompletionQuery}): every word but the last matches a whole word, the last one the start of a word
 * (the prefix fields of {@link Schema}), in any order, so "ke hoach thuc" and "Kế hoạch thự" both complete
 * to "Kế hoạch ... về thực hiện ...". A title is the citation title ({@code CitationTitle}: type, number,
 * date, issuer and subject, {@link Schema#SUGGEST_TITLE}), so "hung yen" and "nghi quyet hung" find the
 * resolutions of Tỉnh ủy Hưng Yên. Every document suggestion carries its type, number and year.
 *
 * <p>Ranking: a number weighs 3, a title 2, a signer the number of documents he or she signed (counted
 * from the signer facet over the matching documents, so each signer is one suggestion); ties go to
 * numbers, then titles, then signers; within a kind the best-scoring documents (shorter titles) first, of
 * equal scores the latest ({@link #DOCUMENT_ORDER}: a cluster ranks them alike, whatever shard holds them).
 * Each lookup ranks at most {@link #CANDIDATES_PER_SIZE} times {@code n} documents of each kind, counts
 * signers over at most {@link #MAX_SIGNER_DOCS} documents, and reads what it shows from doc values (never
 * the stored record or the text).
 */
public final class Suggester {
  /**
   * One completion: the text, what it is, and the document it opens (null for signers), with that
   * document's type, number and year of issue (each null when unknown, all null for signers).
   */
  public record Suggestion(String text, String kind, String id, String type, String number, Integer year) {
    /** A signer: a name, no document. */
    static Suggestion signer(String name) {
      return new Suggestion(name, "signer", null, null, null, null);
    }
  }

  public static final long NUMBER_WEIGHT = 3;
  public static final long TITLE_WEIGHT = 2;
  public static final int CANDIDATES_PER_SIZE = 2;
  /**
   * Signers are counted over at most this many matching documents (in index order): beyond it, as for a
   * first letter typed into a large archive, the counts are those of a sample.
   */
  public static final int MAX_SIGNER_DOCS = 4096;

  private final ArchiveSearcher archive;

  public Suggester(ArchiveSearcher archive) {
    this.archive = archive;
  }

  /** The same suggester answering as one caller may read ({@link ArchiveSearcher#as}). */
  public Suggester as(io.vankien.index.ReadScope scope) {
    return new Suggester(archive.as(scope));
  }

  /**
   * A candidate: its weight, and its suggestion, read only when it is reached ({@link #best}). The embedded archive
   * and a cluster ({@code io.vankien.cluster.ClusterSuggester}) give their candidates in the same order (numbers,
   * titles, signers; each kind best first) and rank them here.
   */
  public record Candidate(long weight, IOSupplier<Suggestion> suggestion) {}

  /**
   * What was typed, ready to look up; null when there is nothing to complete (nothing typed, or only what the
   * analyzer drops). A size outside 1 to 50 is a 400 naming {@code size}.
   */
  public static CompletionQuery typed(String prefix, int n) {
    if (prefix == null || prefix.isBlank()) {
      return null;
    }
    if (n < 1 || n > 50) {
      throw new BadRequestException("size", "phải từ 1 đến 50, không phải " + n);
    }
    CompletionQuery typed = CompletionQuery.of(prefix.stripLeading());
    return typed.isEmpty() ? null : typed;
  }

  public List<Suggestion> suggest(String prefix, int n) throws IOException {
    CompletionQuery typed = typed(prefix, n);
    if (typed == null) {
      return List.of();
    }
    try (ArchiveSearcher.View v = archive.acquire()) {
      int k = n * CANDIDATES_PER_SIZE;
      List<Candidate> candidates = new ArrayList<>();
      documents(v, typed.over(Schema.SUGGEST_NUMBER, Schema.SUGGEST_NUMBER), "number", NUMBER_WEIGHT, k,
          candidates);
      documents(v, typed.over(Schema.SUGGEST_TITLE_WORDS, Schema.SUGGEST_TITLE), "title", TITLE_WEIGHT, k,
          candidates);
      signers(v, typed.over(Schema.SIGNER_TEXT, Schema.SUGGEST_SIGNER), k, candidates);
      return best(candidates, n);
    }
  }

  /**
   * The first n distinct suggestions (by kind and text) of the candidates ranked by weight; ties keep the order
   * given (the kind order, then each kind's own). Only the suggestions reached are read.
   */
  public static List<Suggestion> best(List<Candidate> candidates, int n) throws IOException {
    List<Candidate> ranked = new ArrayList<>(candidates);
    ranked.sort(Comparator.comparingLong(Candidate::weight).reversed()); // stable: ties keep kind order
    List<Suggestion> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Candidate c : ranked) {
      if (out.size() == n) {
        break;
      }
      Suggestion s = c.suggestion().get();
      if (s.text() != null && seen.add(s.kind() + "\u0000" + s.text())) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Signer candidates from the signer facet's top values ({@code labels} with their counts, most first, ties in
   * label order): one name written with different spacing is one signer, most documents first.
   */
  public static List<Candidate> signerCandidates(Map<String, Long> labels) {
    Map<String, Long> counts = new LinkedHashMap<>();
    labels.forEach((label, n) -> counts.merge(DocumentMapper.suggestionText(label), n, Long::sum));
    List<Candidate> out = new ArrayList<>();
    counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> out.add(new Candidate(e.getValue(), () -> Suggestion.signer(e.getKey()))));
    return out;
  }

  /**
   * The order of a kind's documents: score, then the latest date (no date last). A cluster sorts alike
   * ({@code io.vankien.cluster.ClusterSuggester}); only documents of equal score and date are then listed in each
   * index's own order.
   */
  static final Sort DOCUMENT_ORDER;

  static {
    SortField latest = new SortField(Schema.DATE_DAY, SortField.Type.LONG, true);
    latest.setMissingValue(Long.MIN_VALUE);
    DOCUMENT_ORDER = new Sort(SortField.FIELD_SCORE, latest);
  }

  private static void documents(ArchiveSearcher.View v, Query q, String kind, long weight, int k,
      List<Candidate> out) throws IOException {
    List<LeafReaderContext> leaves = v.searcher().getIndexReader().leaves();
    for (ScoreDoc sd : v.searcher().search(v.restrict(q), k, DOCUMENT_ORDER).scoreDocs) {
      out.add(new Candidate(weight, () -> document(v, leaves, sd.doc, kind)));
    }
  }

  /** The signers of the matching documents, most documents first (one candidate each). */
  private static void signers(ArchiveSearcher.View v, Query q, int k, List<Candidate> out) throws IOException {
    SortedSetDocValuesReaderState state = v.facetState();
    if (state == null || !hasDim(state, Schema.F_SIGNER)) {
      return;
    }
    FacetsCollector fc = v.searcher().search(v.restrict(q), new CappedFacetsCollectorManager(MAX_SIGNER_DOCS));
    FacetResult top = new SortedSetDocValuesFacetCounts(state, fc).getTopChildren(k, Schema.F_SIGNER);
    if (top == null) {
      return;
    }
    Map<String, Long> labels = new LinkedHashMap<>();
    for (LabelAndValue lv : top.labelValues) {
      labels.put(lv.label, lv.value.longValue());
    }
    out.addAll(signerCandidates(labels));
  }

  private static boolean hasDim(SortedSetDocValuesReaderState state, String dim) {
    for (String d : state.getDims()) {
      if (d.equals(dim)) {
        return true;
      }
    }
    return false;
  }

  /** A document's suggestion, its text and id read from doc values. */
  private static Suggestion document(ArchiveSearcher.View v, List<LeafReaderContext> leaves, int globalDoc,
      String kind) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(globalDoc, leaves));
    int doc = globalDoc - leaf.docBase;
    String number = value(leaf, Schema.SUGGEST_NUMBER, doc);
    String text = kind.equals("number") ? number : value(leaf, Schema.SUGGEST_TITLE, doc);
    return new Suggestion(text, kind, value(leaf, Schema.ID_VALUE, doc), type(v, leaf, doc), number, year(leaf, doc));
  }

  /** The document's type, from the type facet's doc values (null when it has none). */
  private static String type(ArchiveSearcher.View v, LeafReaderContext leaf, int doc) throws IOException {
    SortedSetDocValuesReaderState state = v.facetState();
    if (state == null) {
      return null;
    }
    SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), state.getField());
    if (!dv.advanceExact(doc)) {
      return null;
    }
    for (int i = 0; i < dv.docValueCount(); i++) {
      String[] path = FacetsConfig.stringToPath(dv.lookupOrd(dv.nextOrd()).utf8ToString());
      if (path.length == 2 && path[0].equals(Schema.F_TYPE)) {
        return path[1];
      }
    }
    return null;
  }

  /** The year of issue, from the date's doc values (null when the document has no date). */
  private static Integer year(LeafReaderContext leaf, int doc) throws IOException {
    NumericDocValues dv = DocValues.getNumeric(leaf.reader(), Schema.DATE_DAY);
    return dv.advanceExact(doc) ? LocalDate.ofEpochDay(dv.longValue()).getYear() : null;
  }

  private static String value(LeafReaderContext leaf, String field, int doc) throws IOException {
    BinaryDocValues dv = DocValues.getBinary(leaf.reader(), field);
    return dv.advanceExact(doc) ? dv.binaryValue().utf8ToString() : null;
  }
}
