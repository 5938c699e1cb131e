package io.vankien.search;

import io.vankien.index.ArchiveSearcher;
import io.vankien.index.DocumentMapper;
import io.vankien.cite.CitationTitle;
import io.vankien.cite.Relations;
import io.vankien.cite.StoredCitations;
import io.vankien.cite.TypedCitation;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.Schema;
import io.vankien.meta.DocumentMetadata;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/** Runs a {@link SearchRequest} against the archive: query, filters, facets, highlights, paging. */
public final class SearchService {
  private final ArchiveSearcher archive;
  private final QueryFactory queries;
  // phrases on the text's positions: the tuned ranking (second pass), and where the highlighter looks
  private final QueryFactory positional;
  private final SearchTurns turns;
  private final Ranking ranking;
  private final Snippets snippets = new Snippets();
  private final DidYouMean didYouMean = new DidYouMean();
  /** Fewer matches than this, and a correction is looked for ({@link DidYouMean}; a cluster's too). */
  public static final int FEW_HITS = 3;

  public SearchService(ArchiveSearcher archive) {
    this(archive, new QueryFactory());
  }

  public SearchService(ArchiveSearcher archive, QueryFactory queries) {
    this(archive, queries, SearchTurns.UNBOUNDED);
  }

  /** @param turns how many of this service's searches, counts and tables run at once (the server's: one per core) */
  public SearchService(ArchiveSearcher archive, SearchTurns turns) {
    this(archive, new QueryFactory(), turns);
  }

  private SearchService(ArchiveSearcher archive, QueryFactory queries, SearchTurns turns) {
    this(archive, queries, queries.positional(), turns, Ranking.DEFAULT);
  }

  private SearchService(ArchiveSearcher archive, QueryFactory queries, QueryFactory positional, SearchTurns turns,
      Ranking ranking) {
    this.archive = archive;
    this.queries = queries;
    this.positional = positional;
    this.turns = turns;
    this.ranking = ranking;
  }

  /** The same service answering as one caller may read ({@link ArchiveSearcher#as}), sharing its turns. */
  public SearchService as(io.vankien.index.ReadScope scope) {
    return new SearchService(archive.as(scope), queries, positional, turns, ranking);
  }

  /** The same service ranking as {@code r} asks (the relevance evaluation's alternatives; see {@link Ranking}). */
  public SearchService ranking(Ranking r) {
    return new SearchService(archive, queries, positional, turns, r);
  }

  /**
   * Runs the request in two passes over the matches. Counting and facets need no scores, so they run
   * without them (Lucene then skips the optional proximity and title clauses entirely) on the query's cheaper
   * twin ({@link MatchingOnly}: a word's folded term instead of its exact and folded terms), and a result set
   * covering most of the archive has its facets counted from the rest ({@code FacetUniverse}); only the
   * page's top documents are ranked ({@link TwoPassRanking}: word pairs with block-max pruning, then the
   * tuned positional ranking over a window). The cost of a request thus grows with the cheap matching,
   * not with scoring every match.
   */
  public SearchResult search(SearchRequest req) throws IOException {
    try {
      return turns.run(() -> run(req, req.q(), true));
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryFactory.tooComplex(e);
    }
  }

  /**
   * @param q the query text run (the request's, or its correction)
   * @param mayCorrect whether a query that finds nothing may be answered by its correction ({@link
   *     DidYouMean}) when that finds something and the request asks for it ({@link SearchRequest#correct()}):
   *     "Lương Văn Khim" shows the documents of "Lương Văn Khiêm", saying so in {@link
   *     SearchResult#showingResultsFor()}
   */
  private SearchResult run(SearchRequest req, String q, boolean mayCorrect) throws IOException {
    long start = System.nanoTime();
    Query userQuery = queries.parse(q);
    Query positionalQuery = positional.parse(q);
    boolean browsing = q.isBlank();
    String correction;
    SearchResult result;
    try (ArchiveSearcher.View view = archive.acquire()) {
      IndexSearcher searcher = view.searcher();
      SortedSetDocValuesReaderState state = view.facetState();

      ScoreDoc[] page;
      UniverseDrillSideways.Counted r = null;
      long total;
      if (state == null) {
        total = searcher.count(RequestFilters.drillDown(view, userQuery, req));
        page = rank(searcher, view, userQuery, null, positionalQuery, req, browsing, total);
      } else {
        // counted first, on this thread: a page past the matches is not ranked. (Counting on a second core beside
        // the ranking answered 6-19% fewer requests a second over HTTP, with the same latency at light load:
        // BENCHMARKS.md, "Nineteenth session".)
        r = new UniverseDrillSideways(searcher, view.facetsConfig(), state, view.facetUniverse())
            .search(RequestFilters.drillDown(view, MatchingOnly.of(userQuery), req));
        total = r.total();
        page = rank(searcher, view, userQuery, null, positionalQuery, req, browsing, total);
      }
      if (total <= (long) (req.page() - 1) * req.size()) {
        page = new ScoreDoc[0];
      }
      Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
      Map<String, Integer> facetMore = new LinkedHashMap<>();
      if (r != null) {
        FacetListing listing = new FacetListing(r.facets(), state, req);
        facets = listing.values;
        facetMore = listing.more;
      }
      List<ArchivedDocument> docs = new ArrayList<>(page.length);
      for (ScoreDoc sd : page) {
        docs.add(view.load(sd.doc)); // record and text in one read: the snippets need the text
      }
      List<List<String>> highlights =
          snippets.highlight(searcher, positionalQuery, page, docs.stream().map(ArchivedDocument::text).toList());
      List<SearchResult.Hit> hits = new ArrayList<>();
      for (int i = 0; i < page.length; i++) {
        hits.add(toHit(docs.get(i), Float.isNaN(page[i].score) ? 0f : page[i].score, highlights.get(i)));
      }
      correction = total < FEW_HITS && !browsing ? correction(view, q, total) : null;
      long tookMs = (System.nanoTime() - start) / 1_000_000;
      result = new SearchResult(total, req.page(), req.size(), hits, facets, facetMore, RequestFilters.applied(req),
          mayCorrect ? correction : null, mayCorrect ? null : q, tookMs);
    }
    if (correction != null && mayCorrect && req.correct() && result.total() == 0) {
      return run(req, correction, false);
    }
    return result;
  }

  /**
   * The requested page of the ranking, or none; {@code filter}: what the matches must also match, adding nothing to
   * their scores (null: nothing); {@code total}: the matches (a page past them is not ranked).
   */
  private ScoreDoc[] rank(IndexSearcher searcher, ArchiveSearcher.View view, Query userQuery, Query filter,
      Query positionalQuery, SearchRequest req, boolean browsing, long total) throws IOException {
    int topN = req.page() * req.size();
    if (topN == 0 || total <= (long) (req.page() - 1) * req.size()) {
      return new ScoreDoc[0];
    }
    Sort sort = sortOf(req.sort(), browsing);
    TopDocs top = sort == null
        ? ranked(searcher, view, userQuery, filter, positionalQuery, req, topN)
        : searcher.search(RequestFilters.drillDown(view, filtered(userQuery, filter), req),
            new TopFieldCollectorManager(sort, topN, topN));
    return slice(top.scoreDocs, (req.page() - 1) * req.size(), req.size());
  }

  /**
   * The top {@code topN} by relevance: the first pass as {@link #ranking} asks, then the tuned ranking; one pass
   * when the first pass's query scores as the tuned one does ({@code filter} aside, which scores nothing).
   */
  private TopDocs ranked(IndexSearcher searcher, ArchiveSearcher.View view, Query userQuery, Query filter,
      Query positionalQuery, SearchRequest req, int topN) throws IOException {
    Query first = ranking.firstPass().of(userQuery);
    return TwoPassRanking.top(searcher, RequestFilters.drillDown(view, filtered(first, filter), req), positionalQuery,
        topN, positionalQuery.equals(first), ranking.window());
  }

  /** The first corrected query ({@link DidYouMean}) that finds more documents than {@code total}, or null. */
  private String correction(ArchiveSearcher.View view, String q, long total) throws IOException {
    return didYouMean.firstFindingMore(view, q, total, c -> view.count(queries.parse(c)));
  }

  /** A document as a results list shows it (the embedded archive's hits and the cluster's). */
  public static SearchResult.Hit toHit(ArchivedDocument d, float score, List<String> snippetList) {
    DocumentMetadata m = d.meta();
    return new SearchResult.Hit(d.id(), d.sourceName(), CitationTitle.of(m, d.sourceName(), d.id()), m.title(),
        m.type(), m.number(), m.date(),
        m.province(), m.provinceCurrent(), m.signer(), m.issuer(), m.level(), m.term(),
        DocumentMapper.accessOf(m).label(), score, snippetList);
  }

  private static ScoreDoc[] slice(ScoreDoc[] all, int from, int size) {
    if (from >= all.length || size == 0) {
      return new ScoreDoc[0];
    }
    int to = Math.min(all.length, from + size);
    ScoreDoc[] out = new ScoreDoc[to - from];
    System.arraycopy(all, from, out, 0, out.length);
    return out;
  }

  private static Sort sortOf(SearchRequest.Sort s, boolean browsing) {
    SearchRequest.Sort eff = (s == SearchRequest.Sort.RELEVANCE && browsing) ? SearchRequest.Sort.DATE_DESC : s;
    return switch (eff) {
      case RELEVANCE -> null;
      case DATE_DESC -> new Sort(dateSort(true), SortField.FIELD_SCORE);
      case DATE_ASC -> new Sort(dateSort(false), SortField.FIELD_SCORE);
    };
  }

  private static SortField dateSort(boolean reverse) {
    SortField f = new SortField(Schema.DATE_DAY, SortField.Type.LONG, reverse);
    f.setMissingValue(reverse ? Long.MIN_VALUE : Long.MAX_VALUE); // undated last
    return f;
  }

  /** Everything matching the request (all pages), in order, for export: stored records, without text. */
  public void forEachMatch(SearchRequest req, java.util.function.Consumer<ArchivedDocument> sink)
      throws IOException {
    forEachMatch(req, Load.RECORDS, MatchRows.of(sink));
  }

  /** Every match as {@link #forEachMatch(SearchRequest, java.util.function.Consumer)}, text included. */
  public void forEachMatchWithText(SearchRequest req, java.util.function.Consumer<ArchivedDocument> sink)
      throws IOException {
    forEachMatch(req, Load.TEXTS, MatchRows.of(sink));
  }

  /** What {@link #forEachMatch(SearchRequest, Load, MatchRows)} reads of each match. */
  public enum Load {
    /** The stored record, without the text: {@link MatchRows#row(ArchivedDocument)}. */
    RECORDS,
    /**
     * The stored record and the typed citations stored beside it ({@link Schema#CITATIONS}): {@link
     * MatchRows#row(ArchivedDocument, List)}; a document without them (an archive of another schema) is loaded with its
     * text instead, for {@link MatchRows#row(ArchivedDocument)}, which reads them from it.
     */
    CITATIONS,
    /** The whole document, text included: {@link MatchRows#row(ArchivedDocument)}. */
    TEXTS
  }

  /** Most rows of an export made in one turn; the turn is also given back after {@link #ROWS_TURN_NANOS}. */
  static final int ROWS_PER_TURN = 256;
  /** How long an export makes rows before it gives its turn back (and waits for the next, behind any search). */
  static final long ROWS_TURN_NANOS = 10_000_000L;

  /**
   * Every match of the request (all pages), in the order of its pages, each made into a row by {@code rows} and
   * written. The export runs in the search turns, behind the searches: the ranking takes one turn as a search does
   * (or the export is refused as {@link SearchTurns.Busy}, before any row), then rows are made about {@link
   * #ROWS_TURN_NANOS} at a time, each batch in a turn taken only when no search waits for one ({@link
   * SearchTurns#runBehind}), and written to the reader out of the turn. So exports, however many and however long,
   * hold at most all turns but one, and a search waits at most for one batch of rows.
   *
   * @param load what is read of each document
   */
  public <R> void forEachMatch(SearchRequest req, Load load, MatchRows<R> rows) throws IOException {
    try {
      eachMatch(req, load, rows);
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryFactory.tooComplex(e);
    }
  }

  private <R> void eachMatch(SearchRequest req, Load load, MatchRows<R> rows) throws IOException {
    Query userQuery = queries.parse(req.q());
    Query positionalQuery = positional.parse(req.q());
    try (ArchiveSearcher.View view = archive.acquire()) {
      DrillDownQuery ddq = RequestFilters.drillDown(view, userQuery, req);
      ScoreDoc[] order = turns.run(() -> {
        Sort sort = sortOf(req.sort(), req.q().isBlank());
        int n = Math.max(1, view.searcher().count(ddq));
        TopDocs td = sort == null // the order search pages show
            ? ranked(view.searcher(), view, userQuery, null, positionalQuery, req, n)
            : view.searcher().search(ddq, n, sort);
        return td.scoreDocs;
      });
      List<R> batch = new ArrayList<>();
      for (int next = 0; next < order.length; ) {
        int from = next;
        batch.clear();
        next = turns.runBehind(() -> {
          long start = System.nanoTime();
          int i = from;
          do {
            batch.add(row(view, order[i++].doc, load, rows));
          } while (i < order.length && i - from < ROWS_PER_TURN && System.nanoTime() - start < ROWS_TURN_NANOS);
          return i;
        });
        for (R row : batch) {
          rows.write(row);
        }
      }
    }
  }

  private static <R> R row(ArchiveSearcher.View view, int doc, Load load, MatchRows<R> rows) throws IOException {
    if (load == Load.CITATIONS) {
      ArchiveSearcher.RecordAndCitations stored = view.loadRecordAndCitations(doc);
      Optional<List<TypedCitation>> typed = StoredCitations.decode(stored.citations(), Relations.standard());
      return typed.isPresent() ? rows.row(stored.document(), typed.get()) : rows.row(view.load(doc));
    }
    return rows.row(load == Load.TEXTS ? view.load(doc) : view.loadRecord(doc));
  }

  /**
   * The request's matches that also match a filter: how many ({@code total}), the request's page of them ({@code
   * page}: the documents with their text) and how many of the request's matches match each counted query.
   */
  public record Within(long total, List<ArchivedDocument> page, Map<String, Long> counts) {}

  /**
   * The request's matches that also match {@code filter}: how many, the request's page of them in the order of the
   * results pages of the request so filtered, and how many of the request's matches (without the filter) match each
   * of {@code counted}. Counts and one page, in one search turn, every read restricted as the service's: what the
   * review queue reads (io.vankien.review), instead of every match's record.
   */
  public Within within(SearchRequest req, Query filter, Map<String, Query> counted) throws IOException {
    try {
      return turns.run(() -> withinNow(req, filter, counted));
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryFactory.tooComplex(e);
    }
  }

  private Within withinNow(SearchRequest req, Query filter, Map<String, Query> counted) throws IOException {
    Query userQuery = queries.parse(req.q());
    Query positionalQuery = positional.parse(req.q());
    try (ArchiveSearcher.View view = archive.acquire()) {
      IndexSearcher searcher = view.searcher();
      DrillDownQuery all = RequestFilters.drillDown(view, userQuery, req);
      Map<String, Long> counts = new LinkedHashMap<>();
      for (Map.Entry<String, Query> c : counted.entrySet()) {
        counts.put(c.getKey(), (long) searcher.count(filtered(all, c.getValue())));
      }
      DrillDownQuery ddq = RequestFilters.drillDown(view, filtered(userQuery, filter), req);
      long total = searcher.count(ddq);
      List<ArchivedDocument> page = new ArrayList<>();
      for (ScoreDoc sd : rank(searcher, view, userQuery, filter, positionalQuery, req, req.q().isBlank(), total)) {
        page.add(view.load(sd.doc));
      }
      return new Within(total, page, counts);
    }
  }

  /** {@code q}, keeping only documents matching {@code filter} (which adds nothing to the scores); null: {@code q}. */
  private static Query filtered(Query q, Query filter) {
    if (filter == null) {
      return q;
    }
    return new org.apache.lucene.search.BooleanQuery.Builder()
        .add(q, org.apache.lucene.search.BooleanClause.Occur.MUST)
        .add(filter, org.apache.lucene.search.BooleanClause.Occur.FILTER).build();
  }

  /**
   * The request's matches counted by province and period ({@link ProvinceTimeTable}): one pass over the
   * matches of the query and every filter, within the caller's reach.
   */
  public ProvinceTimeTable provinceTime(SearchRequest req, ProvinceTimeTable.By by) throws IOException {
    return turns.run(() -> provinceTimeNow(req, by));
  }

  private ProvinceTimeTable provinceTimeNow(SearchRequest req, ProvinceTimeTable.By by) throws IOException {
    try (ArchiveSearcher.View view = archive.acquire()) {
      DrillDownQuery ddq = RequestFilters.drillDown(view, queries.parse(req.q()), req);
      var cells = view.searcher().search(ddq, new ProvinceTimeCounter(view.facetsConfig(), by.dim));
      return ProvinceTimeTable.of(cells, by, RequestFilters.applied(req));
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryFactory.tooComplex(e);
    }
  }

  /**
   * Counts of the request's matches, total and facets, every count of documents matching the query and every
   * filter (a drill down: unlike {@link #search}'s facets, a filtered dimension lists only what is chosen).
   */
  public SearchResult counts(SearchRequest req) throws IOException {
    return turns.run(() -> countsNow(req));
  }

  private SearchResult countsNow(SearchRequest req) throws IOException {
    long start = System.nanoTime();
    try (ArchiveSearcher.View view = archive.acquire()) {
      DrillDownQuery ddq = RequestFilters.drillDown(view, queries.parse(req.q()), req);
      SortedSetDocValuesReaderState state = view.facetState();
      Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
      Map<String, Integer> facetMore = new LinkedHashMap<>();
      long total;
      if (state == null) {
        total = view.searcher().count(ddq);
      } else {
        org.apache.lucene.facet.FacetsCollector fc =
            view.searcher().search(ddq, new org.apache.lucene.facet.FacetsCollectorManager());
        total = fc.getMatchingDocs().stream().mapToLong(md -> md.totalHits()).sum();
        FacetListing listing = new FacetListing(view.facetUniverse().facetsOf(fc), state, req);
        facets = listing.values;
        facetMore = listing.more;
      }
      return new SearchResult(total, 1, 0, List.of(), facets, facetMore, RequestFilters.applied(req), null, null,
          (System.nanoTime() - start) / 1_000_000);
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryFactory.tooComplex(e);
    }
  }

  /** Matches for a plain Lucene query (used by citations and tools), restricted like every read. */
  public int count(Query q) throws IOException {
    try (ArchiveSearcher.View view = archive.acquire()) {
      return view.count(q == null ? new MatchAllDocsQuery() : q);
    }
  }
}
