package io.vankien.search;

import io.vankien.index.ReadScope;
import java.io.IOException;

/**
 * Where {@code serve} answers searches from: the embedded Lucene archive ({@link #embedded}, the default) or an
 * OpenSearch cluster ({@code io.vankien.cluster.ClusterSearch}, {@code serve --cluster}). Both take the same
 * {@link SearchRequest} and give the same {@link SearchResult}, within what {@code scope} may read.
 */
public interface SearchBackend {
  /** A results page: hits, total, facets counted sideways, highlights ({@link SearchService#search}). */
  SearchResult search(SearchRequest req, ReadScope scope) throws IOException;

  /** Total and facets of every match of the query and every filter, no hits ({@link SearchService#counts}). */
  SearchResult counts(SearchRequest req, ReadScope scope) throws IOException;

  /** Documents the scope may read. */
  long documents(ReadScope scope) throws IOException;

  /**
   * Every match of the request (all pages), in the order of its pages, as stored records with their typed citations
   * (stored beside the record, or read from the text where they are not: {@link Exporter#citations}), each made into
   * a row and written by {@code rows}: what {@code /api/export} writes ({@link SearchService#forEachMatch(SearchRequest,
   * SearchService.Load, MatchRows)}).
   */
  <R> void forEachMatch(SearchRequest req, ReadScope scope, MatchRows<R> rows) throws IOException;

  /**
   * The document {@code id} names (its permanent id or any version's) with its links and where {@code q} (may
   * be null) matches its text, if the scope may read it ({@link DocumentService#view}).
   */
  java.util.Optional<DocumentView> view(String id, String q, ReadScope scope) throws IOException;

  /**
   * The stored record (without text) of the document {@code id} names, its permanent id or any version's, if the
   * scope may read it ({@link DocumentService#get}).
   */
  java.util.Optional<io.vankien.index.ArchivedDocument> record(String id, ReadScope scope) throws IOException;

  /** The request's matches counted by province and period ({@link SearchService#provinceTime}). */
  ProvinceTimeTable provinceTime(SearchRequest req, ProvinceTimeTable.By by, ReadScope scope) throws IOException;

  /**
   * Completions of what the user has typed: document numbers, citation titles and signers the scope may read, at
   * most {@code n} ({@link Suggester#suggest}).
   */
  java.util.List<Suggester.Suggestion> suggest(String typed, int n, ReadScope scope) throws IOException;

  /** A cited symbol's page: its document, the documents citing it ({@link SymbolService#symbol}). */
  SymbolService.SymbolView symbol(String number, ReadScope scope) throws IOException;

  /** A symbol's implementation chain ({@link SymbolService#chain}). */
  SymbolService.ChainView chain(String number, ReadScope scope) throws IOException;

  /** Documents of one access level, whoever may read them: the admin's metrics ({@code /api/metrics}). */
  long documentsAt(io.vankien.meta.AccessLevel level) throws IOException;

  /** True for the archive in the data folder, false for a cluster. */
  boolean embedded();

  /** The archive's own search service, as each caller may read it. */
  static SearchBackend embedded(SearchService service, DocumentService documents, Suggester suggester,
      SymbolService symbols) {
    return new SearchBackend() {
      @Override
      public SearchResult search(SearchRequest req, ReadScope scope) throws IOException {
        return service.as(scope).search(req);
      }

      @Override
      public SearchResult counts(SearchRequest req, ReadScope scope) throws IOException {
        return service.as(scope).counts(req);
      }

      @Override
      public long documents(ReadScope scope) throws IOException {
        return service.as(scope).count(null);
      }

      @Override
      public <R> void forEachMatch(SearchRequest req, ReadScope scope, MatchRows<R> rows) throws IOException {
        service.as(scope).forEachMatch(req, SearchService.Load.CITATIONS, rows);
      }

      @Override
      public java.util.Optional<DocumentView> view(String id, String q, ReadScope scope) throws IOException {
        return documents.as(scope).view(id, q);
      }

      @Override
      public ProvinceTimeTable provinceTime(SearchRequest req, ProvinceTimeTable.By by, ReadScope scope)
          throws IOException {
        return service.as(scope).provinceTime(req, by);
      }

      @Override
      public java.util.Optional<io.vankien.index.ArchivedDocument> record(String id, ReadScope scope)
          throws IOException {
        return documents.as(scope).get(id);
      }

      @Override
      public java.util.List<Suggester.Suggestion> suggest(String typed, int n, ReadScope scope) throws IOException {
        return suggester.as(scope).suggest(typed, n);
      }

      @Override
      public SymbolService.SymbolView symbol(String number, ReadScope scope) throws IOException {
        return symbols.as(scope).symbol(number);
      }

      @Override
      public SymbolService.ChainView chain(String number, ReadScope scope) throws IOException {
        return symbols.as(scope).chain(number);
      }

      @Override
      public long documentsAt(io.vankien.meta.AccessLevel level) throws IOException {
        return service.as(ReadScope.EVERYTHING).count(new org.apache.lucene.search.TermQuery(
            new org.apache.lucene.index.Term(io.vankien.index.Schema.ACCESS, level.code())));
      }

      @Override
      public boolean embedded() {
        return true;
      }
    };
  }
}
