package io.vankien.search;

import io.vankien.analysis.DocumentSymbol;
import io.vankien.cite.CitationTitle;
import io.vankien.cite.DownloadName;
import io.vankien.index.ArchiveSearcher;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.DocumentMapper;
import io.vankien.index.Schema;
import io.vankien.index.VersionHistory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** One document with its links: what it cites (resolved in the archive), what cites it, what is like it. */
public final class DocumentService {
  private static final int MAX_CITED_BY = 200;
  private static final int SIMILAR = 5;

  private final ArchiveSearcher archive;
  private final QueryFactory queries; // positional: match offsets in the text

  public DocumentService(ArchiveSearcher archive) {
    this(archive, new QueryFactory().positional());
  }

  private DocumentService(ArchiveSearcher archive, QueryFactory queries) {
    this.archive = archive;
    this.queries = queries;
  }

  /** The same service answering as one caller may read ({@link ArchiveSearcher#as}). */
  public DocumentService as(io.vankien.index.ReadScope scope) {
    return new DocumentService(archive.as(scope), queries);
  }

  /**
   * The document {@code id} names, as this caller may read it: by its permanent id or by the id of any of its
   * versions (a link made before a corrected version replaced the original).
   */
  public Optional<ArchivedDocument> get(String id) throws IOException {
    return archive.resolve(id);
  }

  public Optional<DocumentView> view(String id) throws IOException {
    return view(id, null);
  }

  /**
   * The document {@code id} names (its permanent id, or any version's: see {@link #get}), with where {@code
   * q} (the user's query, may be null) matches its text.
   */
  public Optional<DocumentView> view(String id, String q) throws IOException {
    try {
      return viewWithMatches(id, q);
    } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
      throw QueryFactory.tooComplex(e);
    }
  }

  private Optional<DocumentView> viewWithMatches(String id, String q) throws IOException {
    Query userQuery = q == null || q.isBlank() ? null : queries.parse(q);
    try (ArchiveSearcher.View v = archive.acquire()) {
      int docId = v.resolveDoc(id); // the permanent id, or any version's
      if (docId < 0) {
        return Optional.empty();
      }
      ArchivedDocument d = v.load(docId);
      List<int[]> matches = userQuery == null ? List.of() : MatchOffsets.of(v.searcher(), userQuery, docId);
      return Optional.of(new DocumentView(d.id(), CitationTitle.of(d.meta(), d.sourceName(), d.id()),
          DownloadName.of(d.meta(), d.sourceName(), d.id()).utf8(), d.sourceName(),
          d.sources().stream().map(ArchivedDocument.Source::name).toList(), d.sha256(), d.mediaType(),
          d.sizeBytes(), d.extraction(), d.extractionNotes(), d.ingestedAt(), d.meta(), d.text(),
          cites(v, d), citedBy(v, d), similar(v, d), matches, DocumentMapper.keyedFacets(d.meta()),
          VersionHistory.of(d), id.equals(d.id()) ? null : id));
    }
  }

  /**
   * Where a query ({@link QueryFactory#positional()}'s) matches the text of a document read elsewhere (an
   * OpenSearch cluster), as {@link #view} gives them: the same highlighter over an index of that document alone.
   */
  public static List<int[]> matches(ArchivedDocument d, Query positionalQuery) throws IOException {
    try {
      return MatchOffsets.of(d, positionalQuery);
    } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
      throw QueryFactory.tooComplex(e);
    }
  }

  private static List<DocumentView.Citation> cites(ArchiveSearcher.View v, ArchivedDocument d)
      throws IOException {
    List<DocumentView.Citation> out = new ArrayList<>();
    List<io.vankien.cite.TypedCitation> typed = io.vankien.cite.RelationReader.standard()
        .read(d.text(), d.meta().title(), d.meta().type(), d.meta().cites());
    for (io.vankien.cite.TypedCitation t : typed) {
      String c = t.number();
      DocumentView.DocRef ref = null;
      Optional<String> key = DocumentSymbol.key(c);
      if (key.isPresent()) {
        TopDocs td = v.searcher().search(v.restrict(new TermQuery(new Term(Schema.NUMBER_KEY, key.get()))), 1);
        if (td.scoreDocs.length > 0) {
          ArchivedDocument target = v.loadRecord(td.scoreDocs[0].doc);
          if (!target.id().equals(d.id())) {
            ref = DocumentView.DocRef.of(target);
          }
        }
      }
      out.add(new DocumentView.Citation(c, ref, t.relation().code(), t.relation().label(), t.sentence()));
    }
    return out;
  }

  /**
   * The documents citing this one that the caller may read ({@code v} is restricted to its scope), the latest first,
   * each with its relation to this document and the sentence naming it ({@link CitingDocuments}: as stored beside its
   * record, read from its text only when not stored there).
   */
  private static List<DocumentView.Citing> citedBy(ArchiveSearcher.View v, ArchivedDocument d)
      throws IOException {
    Optional<String> key = DocumentSymbol.key(d.meta().number());
    if (key.isEmpty()) {
      return List.of();
    }
    List<DocumentView.Citing> out = new ArrayList<>();
    for (SymbolService.Cited c : CitingDocuments.latest(v, key.get(), d.meta().number(), MAX_CITED_BY, false)) {
      if (!c.doc().id().equals(d.id())) {
        out.add(DocumentView.Citing.of(c.doc(), c.typed()));
      }
    }
    return out;
  }

  /**
   * The documents most like this one: Lucene's MoreLikeThis query (terms at least twice in the text, in at most half
   * the documents, the 40 of highest tf × idf, as {@link SimilarTerms} chooses them with the index's statistics),
   * without the document itself.
   */
  private static List<DocumentView.DocRef> similar(ArchiveSearcher.View v, ArchivedDocument d)
      throws IOException {
    BooleanQuery.Builder terms = new BooleanQuery.Builder(); // MoreLikeThis's query: its terms as SHOULD clauses
    for (String t : SimilarTerms.choose(d.text(), Schema.indexAnalyzer(), Schema.TEXT,
        new IndexTermStats(v.searcher().getIndexReader()))) {
      terms.add(new TermQuery(new Term(Schema.TEXT, t)), Occur.SHOULD);
    }
    Query like = terms.build();
    Query q = new BooleanQuery.Builder()
        .add(like, Occur.MUST)
        .add(new TermQuery(new Term(Schema.ID, d.id())), Occur.MUST_NOT)
        .build();
    TopDocs td = v.searcher().search(v.restrict(q), SIMILAR);
    List<DocumentView.DocRef> out = new ArrayList<>();
    for (ScoreDoc sd : td.scoreDocs) {
      out.add(DocumentView.DocRef.of(v.loadRecord(sd.doc)));
    }
    return out;
  }
}
