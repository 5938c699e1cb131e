package io.vankien.index;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The single read entry point of the archive. Every read path (hits, counts, facets, suggest, similar,
 * citations, export, originals) acquires a {@link View} here and builds its queries through {@link
 * View#restrict(Query)}, which is where access-level filtering will sit.
 */
public final class ArchiveSearcher {
  private final SearcherManager manager;
  private final FacetsConfig facetsConfig;
  private volatile StateCache stateCache;

  /** Facet state and universe of one reader (the universe once the read rules vary: per rule set too). */
  private record StateCache(IndexReader reader, SortedSetDocValuesReaderState state, FacetUniverse universe) {}

  ArchiveSearcher(SearcherManager manager, FacetsConfig facetsConfig) {
    this.manager = manager;
    this.facetsConfig = facetsConfig;
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

  private StateCache stateCache(View view) throws IOException {
    IndexReader reader = view.searcher.getIndexReader();
    StateCache c = stateCache;
    if (c == null || c.reader() != reader) {
      synchronized (this) {
        c = stateCache;
        if (c == null || c.reader() != reader) {
          SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
          c = new StateCache(reader, state,
              FacetUniverse.of(view.searcher, view.restrict(new MatchAllDocsQuery()), state));
          stateCache = c;
        }
      }
    }
    return c;
  }

  /** Reads the stored record field and stops: the text stored after it is never read. */
  private static final class RecordVisitor extends StoredFieldVisitor {
    private String record;

    @Override
    public Status needsField(FieldInfo fieldInfo) {
      if (record != null) {
        return Status.STOP;
      }
      return Schema.RECORD.equals(fieldInfo.name) ? Status.YES : Status.NO;
    }

    @Override
    public void stringField(FieldInfo fieldInfo, String value) {
      record = value;
    }
  }

  /** One acquired searcher with the archive's read rules applied. */
  public final class View implements AutoCloseable {
    private final IndexSearcher searcher;

    private View(IndexSearcher searcher) {
      this.searcher = searcher;
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
      try {
        return ArchiveSearcher.this.stateCache(this).state();
      } catch (IllegalArgumentException e) {
        return null; // no facet field indexed yet (empty archive)
      }
    }

    /**
     * The documents this view may show, with their facet counts, for counting the facets of large result
     * sets ({@link FacetUniverse#facetsOf}); null when {@link #facetState()} is.
     */
    public FacetUniverse facetUniverse() throws IOException {
      try {
        return ArchiveSearcher.this.stateCache(this).universe();
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    /** The query restricted to what the caller may read (today: everything). */
    public Query restrict(Query q) {
      return new BooleanQuery.Builder()
          .add(q, BooleanClause.Occur.MUST)
          .add(accessFilter(), BooleanClause.Occur.FILTER)
          .build();
    }

    private Query accessFilter() {
      return new MatchAllDocsQuery();
    }

    public Optional<ArchivedDocument> byId(String id) throws IOException {
      TopDocs td = searcher.search(restrict(new TermQuery(new Term(Schema.ID, id))), 1);
      if (td.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(load(td.scoreDocs[0].doc));
    }

    /** The whole document, text included (the document view, similar-documents analysis). */
    public ArchivedDocument load(int docId) throws IOException {
      return DocumentMapper.fromLucene(searcher.storedFields().document(docId));
    }

    /**
     * The document's stored record without its text: what hits, references and exports show. Reading stops
     * after the record, so a long text is neither decompressed nor copied.
     */
    public ArchivedDocument loadRecord(int docId) throws IOException {
      RecordVisitor visitor = new RecordVisitor();
      searcher.storedFields().document(docId, visitor);
      return DocumentMapper.fromRecord(visitor.record, docId);
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
