package io.vankien.index;

import io.vankien.meta.AccessLevel;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The single read entry point of the archive. Every read path (hits, counts, facets, suggest, similar,
 * citations, export, originals) acquires a {@link View} here and builds its queries through {@link
 * View#restrict(Query)}, which filters by the caller's {@link ReadScope}: {@link Archive#searcher()} reads
 * everything, {@link #as(ReadScope)} what one caller may read.
 */
public final class ArchiveSearcher {
  private final SearcherManager manager;
  private final FacetsConfig facetsConfig;
  private final ReadScope scope;
  private final Shared shared;

  /** What every scope's searcher of one archive shares: the facet state of the current reader. */
  private static final class Shared {
    volatile StateCache stateCache;
    final SegmentOrdinals ordinals = new SegmentOrdinals();
  }

  /**
   * Facet state of one reader, whether it holds any document that is not public, and the universe (the
   * readable documents with their facet counts) of each scope asked so far.
   */
  private record StateCache(IndexReader reader, SortedSetDocValuesReaderState state, boolean allPublic,
      Map<ReadScope, FacetUniverse> universes) {}

  /** More distinct scopes than this (accounts of many provinces) and the universes are counted again. */
  private static final int MAX_UNIVERSES = 256;

  ArchiveSearcher(SearcherManager manager, FacetsConfig facetsConfig) {
    this(manager, facetsConfig, ReadScope.EVERYTHING, new Shared());
  }

  private ArchiveSearcher(SearcherManager manager, FacetsConfig facetsConfig, ReadScope scope, Shared shared) {
    this.manager = manager;
    this.facetsConfig = facetsConfig;
    this.scope = scope;
    this.shared = shared;
  }

  /** The same archive as one caller may read it. */
  public ArchiveSearcher as(ReadScope scope) {
    return scope.equals(this.scope) ? this : new ArchiveSearcher(manager, facetsConfig, scope, shared);
  }

  public ReadScope scope() {
    return scope;
  }

  /**
   * A point-in-time view of what was last committed (writers refresh after each commit); close it when
   * done.
   */
  public View acquire() throws IOException {
    IndexSearcher s = manager.acquire();
    s.setSimilarity(Schema.similarity());
    return new View(s);
  }

  public Optional<ArchivedDocument> byId(String id) throws IOException {
    try (View v = acquire()) {
      return v.byId(id);
    }
  }

  /**
   * The document this id names, as this scope may read it: by its permanent id, else by the id of any of
   * its versions (a link made before a corrected version replaced the original).
   */
  public Optional<ArchivedDocument> resolve(String id) throws IOException {
    try (View v = acquire()) {
      return v.resolve(id);
    }
  }

  private StateCache stateCache(IndexReader reader) throws IOException {
    StateCache c = shared.stateCache;
    if (c == null || c.reader() != reader) {
      synchronized (shared) {
        c = shared.stateCache;
        if (c == null || c.reader() != reader) {
          SortedSetDocValuesReaderState state;
          try {
            state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
          } catch (IllegalArgumentException e) {
            state = null; // no facet field indexed yet (empty archive)
          }
          boolean allPublic = reader.docFreq(new Term(Schema.ACCESS, AccessLevel.INTERNAL.code())) == 0
              && reader.docFreq(new Term(Schema.ACCESS, AccessLevel.RESTRICTED.code())) == 0;
          c = new StateCache(reader, state, allPublic, new ConcurrentHashMap<>());
          shared.stateCache = c;
        }
      }
    }
    return c;
  }

  /** The filter of this searcher's scope over one reader; null when it lets every document through. */
  private Query accessFilter(IndexReader reader) throws IOException {
    if (scope.equals(ReadScope.EVERYTHING) || stateCache(reader).allPublic()) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    any.add(new TermQuery(new Term(Schema.ACCESS, AccessLevel.PUBLIC.code())), BooleanClause.Occur.SHOULD);
    Query provinces = scope.isProvincial() ? provinces() : null;
    for (AccessLevel level : AccessLevel.values()) {
      if (level == AccessLevel.PUBLIC || !scope.clearance().covers(level)) {
        continue;
      }
      Query atLevel = new TermQuery(new Term(Schema.ACCESS, level.code()));
      any.add(provinces == null ? atLevel : new BooleanQuery.Builder()
          .add(atLevel, BooleanClause.Occur.FILTER)
          .add(provinces, BooleanClause.Occur.FILTER)
          .build(), BooleanClause.Occur.SHOULD);
    }
    return new ConstantScoreQuery(any.build());
  }

  /** Documents of the scope's provinces, as named then or now (the facets' drill-down terms). */
  private Query provinces() {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String p : scope.provinces()) {
      b.add(new TermQuery(DrillDownQuery.term(facetsConfig.getDimConfig(Schema.F_PROVINCE).indexFieldName,
          Schema.F_PROVINCE, p)), BooleanClause.Occur.SHOULD);
      b.add(new TermQuery(DrillDownQuery.term(facetsConfig.getDimConfig(Schema.F_PROVINCE_CURRENT).indexFieldName,
          Schema.F_PROVINCE_CURRENT, p)), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /**
   * Reads the stored record field (and the typed citations stored after it, when asked) and stops: the text stored
   * after them is never decoded.
   */
  private static final class RecordVisitor extends StoredFieldVisitor {
    private final boolean withCitations;
    private String record;
    private String citations;

    RecordVisitor(boolean withCitations) {
      this.withCitations = withCitations;
    }

    @Override
    public Status needsField(FieldInfo fieldInfo) {
      if (Schema.RECORD.equals(fieldInfo.name) || (withCitations && Schema.CITATIONS.equals(fieldInfo.name))) {
        return Status.YES;
      }
      return record != null && (!withCitations || citations != null || Schema.TEXT.equals(fieldInfo.name))
          ? Status.STOP : Status.NO;
    }

    @Override
    public void stringField(FieldInfo fieldInfo, String value) {
      if (Schema.RECORD.equals(fieldInfo.name)) {
        record = value;
      } else {
        citations = value;
      }
    }
  }

  /**
   * A stored record (its text not read) and the document's typed citations as stored beside it ({@link
   * Schema#CITATIONS}), null when not stored.
   */
  public record RecordAndCitations(ArchivedDocument document, String citations) {}

  /**
   * The stored fields {@link View#load} reads: the record, id and text; the others (the typed citations, the title
   * and signer as stored for highlighting) are skipped undecoded.
   */
  private static final java.util.Set<String> WHOLE_DOCUMENT = java.util.Set.of(Schema.RECORD, Schema.ID, Schema.TEXT);

  /** One acquired searcher with the archive's read rules applied. */
  public final class View implements AutoCloseable {
    private final IndexSearcher searcher;
    private final Query accessFilter;

    private View(IndexSearcher searcher) throws IOException {
      this.searcher = searcher;
      this.accessFilter = accessFilter(searcher.getIndexReader());
    }

    /** Who this view reads for. */
    public ReadScope scope() {
      return scope;
    }

    public IndexSearcher searcher() {
      return searcher;
    }

    public FacetsConfig facetsConfig() {
      return facetsConfig;
    }

    /**
     * Facet state for this view's reader, or null when no document has any facet value yet.
     */
    public SortedSetDocValuesReaderState facetState() throws IOException {
      return stateCache(searcher.getIndexReader()).state();
    }

    /**
     * The documents this view may show, with their facet counts, for counting the facets of large result
     * sets ({@link FacetUniverse#facetsOf}); null when {@link #facetState()} is.
     */
    public FacetUniverse facetUniverse() throws IOException {
      StateCache c = stateCache(searcher.getIndexReader());
      if (c.state() == null) {
        return null;
      }
      ReadScope key = accessFilter == null ? ReadScope.EVERYTHING : scope; // unfiltered: one universe
      FacetUniverse u = c.universes().get(key);
      if (u == null) {
        if (c.universes().size() >= MAX_UNIVERSES) {
          c.universes().clear();
        }
        try { // one computation per scope: the first request waits for the start-up's warm-up search, not redoing it
          u = c.universes().computeIfAbsent(key, k -> {
            try {
              return FacetUniverse.of(searcher, restrict(new MatchAllDocsQuery()), c.state(), shared.ordinals);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
        } catch (java.io.UncheckedIOException e) {
          throw e.getCause();
        }
      }
      return u;
    }

    /** The query restricted to what the caller may read. */
    public Query restrict(Query q) {
      if (accessFilter == null) {
        return q;
      }
      return new BooleanQuery.Builder()
          .add(q, BooleanClause.Occur.MUST)
          .add(accessFilter, BooleanClause.Occur.FILTER)
          .build();
    }

    public Optional<ArchivedDocument> byId(String id) throws IOException {
      TopDocs td = searcher.search(restrict(new TermQuery(new Term(Schema.ID, id))), 1);
      if (td.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(load(td.scoreDocs[0].doc));
    }

    /**
     * The Lucene document id of what {@code id} names: the document with that permanent id or with a version
     * of that id (one term: the permanent id is among the version ids, and no two documents share one);
     * -1 when there is none the caller may read.
     */
    public int resolveDoc(String id) throws IOException {
      TopDocs td = searcher.search(restrict(new TermQuery(new Term(Schema.VERSION_ID, id))), 1);
      return td.scoreDocs.length == 0 ? -1 : td.scoreDocs[0].doc;
    }

    /** As {@link #resolveDoc}, the document itself (text included). */
    public Optional<ArchivedDocument> resolve(String id) throws IOException {
      int doc = resolveDoc(id);
      return doc < 0 ? Optional.empty() : Optional.of(load(doc));
    }

    /** The whole document, text included (the document view, similar-documents analysis). */
    public ArchivedDocument load(int docId) throws IOException {
      return DocumentMapper.fromLucene(searcher.storedFields().document(docId, WHOLE_DOCUMENT));
    }

    /**
     * The document's stored record without its text: what hits, references and exports show. Reading stops
     * after the record, so a long text is neither decoded nor copied.
     */
    public ArchivedDocument loadRecord(int docId) throws IOException {
      RecordVisitor visitor = new RecordVisitor(false);
      searcher.storedFields().document(docId, visitor);
      return DocumentMapper.fromRecord(visitor.record, docId);
    }

    /**
     * As {@link #loadRecord}, with the typed citations stored after the record: what a list of citing documents
     * shows of each without its text.
     */
    public RecordAndCitations loadRecordAndCitations(int docId) throws IOException {
      RecordVisitor visitor = new RecordVisitor(true);
      searcher.storedFields().document(docId, visitor);
      return new RecordAndCitations(DocumentMapper.fromRecord(visitor.record, docId), visitor.citations);
    }

    public int count(Query q) throws IOException {
      return searcher.count(restrict(q));
    }

    @Override
    public void close() throws IOException {
      manager.release(searcher);
    }
  }
}
