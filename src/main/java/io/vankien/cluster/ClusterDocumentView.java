package io.vankien.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vankien.analysis.DocumentSymbol;
import io.vankien.cite.CitationTitle;
import io.vankien.cite.DownloadName;
import io.vankien.cite.RelationReader;
import io.vankien.cite.TypedCitation;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.DocumentMapper;
import io.vankien.index.ReadScope;
import io.vankien.index.Schema;
import io.vankien.index.VersionHistory;
import io.vankien.search.DocumentService;
import io.vankien.search.DocumentView;
import io.vankien.search.QueryFactory;
import io.vankien.search.SimilarTerms;
import io.vankien.search.SymbolService;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/documents/{id}} from the cluster, as the embedded archive's {@code DocumentService} answers it,
 * every request within what the caller may read ({@link ClusterAccess}): the document by its permanent id or any
 * version's ({@code version_id}), with its text; what it cites (the document holding each cited number), what
 * cites it (newest first), similar documents ({@code more_like_this} with the embedded archive's MoreLikeThis
 * settings) and where the query matches its text.
 */
final class ClusterDocumentView {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final int MAX_CITED_BY = 200;
  private static final int SIMILAR = 5;

  /** Sends a {@code _search} body to the index, returns the answer. */
  interface Searcher {
    JsonNode search(ObjectNode body) throws IOException;
  }

  private final Searcher cluster;
  private final QueryFactory queries;

  ClusterDocumentView(Searcher cluster, QueryFactory queries) {
    this.cluster = cluster;
    this.queries = queries;
  }

  Optional<DocumentView> view(String id, String q, ReadScope scope) throws IOException {
    ObjectNode body = body(QueryDsl.keyword(Schema.VERSION_ID, id), scope, 1);
    body.putArray("_source").add(Schema.RECORD).add(Schema.TEXT);
    JsonNode hits = cluster.search(body).path("hits").path("hits");
    if (hits.isEmpty()) {
      return Optional.empty();
    }
    JsonNode hit = hits.get(0);
    ArchivedDocument d = record(hit).withText(hit.path("_source").path(Schema.TEXT).asText(null));
    List<int[]> matches = q == null || q.isBlank() ? List.of() : matches(d, q);
    return Optional.of(new DocumentView(d.id(), CitationTitle.of(d.meta(), d.sourceName(), d.id()),
        DownloadName.of(d.meta(), d.sourceName(), d.id()).utf8(), d.sourceName(),
        d.sources().stream().map(ArchivedDocument.Source::name).toList(), d.sha256(), d.mediaType(),
        d.sizeBytes(), d.extraction(), d.extractionNotes(), d.ingestedAt(), d.meta(), d.text(),
        cites(d, scope), citedBy(d, scope), similar(d, scope), matches, DocumentMapper.keyedFacets(d.meta()),
        VersionHistory.of(d), id.equals(d.id()) ? null : id));
  }

  /** The record of the document {@code id} names (its id or any version's), without text, as the scope may read it. */
  Optional<ArchivedDocument> record(String id, ReadScope scope) throws IOException {
    JsonNode hits = cluster.search(body(QueryDsl.keyword(Schema.VERSION_ID, id), scope, 1)).path("hits").path("hits");
    return hits.isEmpty() ? Optional.empty() : Optional.of(record(hits.get(0)));
  }

  static ArchivedDocument record(JsonNode hit) throws IOException {
    return DocumentMapper.fromRecord(ClusterDocuments.JSON.writeValueAsString(hit.path("_source").path(Schema.RECORD)),
        hit.path("_id").asText());
  }

  /** A body: the query within the caller's reach, {@code size} hits, records only. */
  static ObjectNode body(ObjectNode query, ReadScope scope, int size) {
    ObjectNode body = F.objectNode();
    body.set("query", ClusterAccess.within(query, scope));
    body.put("size", size);
    body.putArray("_source").add(Schema.RECORD);
    return body;
  }

  private List<DocumentView.Citation> cites(ArchivedDocument d, ReadScope scope) throws IOException {
    List<DocumentView.Citation> out = new ArrayList<>();
    for (TypedCitation t : RelationReader.standard().read(d.text(), d.meta().title(), d.meta().type(),
        d.meta().cites())) {
      DocumentView.DocRef ref = null;
      Optional<String> key = DocumentSymbol.key(t.number());
      if (key.isPresent()) {
        JsonNode hits = cluster.search(body(QueryDsl.keyword(Schema.NUMBER_KEY, key.get()), scope, 1))
            .path("hits").path("hits");
        if (!hits.isEmpty()) {
          ArchivedDocument target = record(hits.get(0));
          if (!target.id().equals(d.id())) {
            ref = DocumentView.DocRef.of(target);
          }
        }
      }
      out.add(new DocumentView.Citation(t.number(), ref, t.relation().code(), t.relation().label(), t.sentence()));
    }
    return out;
  }

  /**
   * What cites the document, newest first, each with its relation as the embedded archive reads it ({@link
   * ClusterCiting}).
   */
  private List<DocumentView.Citing> citedBy(ArchivedDocument d, ReadScope scope) throws IOException {
    Optional<String> key = DocumentSymbol.key(d.meta().number());
    if (key.isEmpty()) {
      return List.of();
    }
    List<DocumentView.Citing> out = new ArrayList<>();
    for (SymbolService.Cited c : ClusterCiting.latest(cluster, key.get(), d.meta().number(), MAX_CITED_BY, scope,
        false)) {
      if (!c.doc().id().equals(d.id())) {
        out.add(DocumentView.Citing.of(c.doc(), c.typed()));
      }
    }
    return out;
  }

  /**
   * The embedded archive's MoreLikeThis (terms twice in the text, in at most half the documents, 40 at most), its
   * terms chosen with the whole index's statistics ({@link SimilarTerms}), asked as a bool of term queries (scored
   * with the whole index's statistics too: the searcher's {@code dfs_query_then_fetch}).
   */
  private List<DocumentView.DocRef> similar(ArchivedDocument d, ReadScope scope) throws IOException {
    List<String> terms = SimilarTerms.choose(d.text(), Schema.indexAnalyzer(), Schema.TEXT, stats);
    if (terms.isEmpty()) {
      return List.of();
    }
    ObjectNode like = F.objectNode();
    ArrayNode should = like.putArray("should");
    for (String t : terms) {
      should.add(QueryDsl.keyword(Schema.TEXT, t));
    }
    ObjectNode bool = F.objectNode();
    bool.putArray("must").add(QueryDsl.wrap("bool", like));
    bool.putArray("must_not").add(QueryDsl.keyword(Schema.ID, d.id()));
    List<DocumentView.DocRef> out = new ArrayList<>();
    for (JsonNode h : cluster.search(body(QueryDsl.wrap("bool", bool), scope, SIMILAR)).path("hits").path("hits")) {
      out.add(DocumentView.DocRef.of(record(h)));
    }
    return out;
  }

  /** Terms asked per request for their document frequencies. */
  private static final int DOC_FREQS_PER_REQUEST = 1000;

  /**
   * The whole index's statistics (every document, whoever may read it, as the embedded archive's IndexReader counts
   * them), from size-0 searches: documents, documents with the field, and each word's documents (a filters
   * aggregation of term queries).
   */
  private final SimilarTerms.Stats stats = new SimilarTerms.Stats() {
    @Override
    public long numDocs() throws IOException {
      return count(QueryDsl.wrap("match_all", F.objectNode()));
    }

    @Override
    public long docCount(String field) throws IOException {
      return count(QueryDsl.wrap("exists", F.objectNode().put("field", field)));
    }

    private long count(ObjectNode query) throws IOException {
      ObjectNode body = F.objectNode().put("size", 0).put("track_total_hits", true);
      body.set("query", query);
      return cluster.search(body).path("hits").path("total").path("value").asLong();
    }

    @Override
    public Map<String, Long> docFreqs(String field, Collection<String> words) throws IOException {
      List<String> all = new ArrayList<>(words);
      Map<String, Long> out = new HashMap<>();
      for (int from = 0; from < all.size(); from += DOC_FREQS_PER_REQUEST) {
        List<String> chunk = all.subList(from, Math.min(all.size(), from + DOC_FREQS_PER_REQUEST));
        ObjectNode filters = F.objectNode();
        for (int i = 0; i < chunk.size(); i++) {
          filters.set(Integer.toString(i), QueryDsl.keyword(field, chunk.get(i)));
        }
        ObjectNode body = F.objectNode().put("size", 0);
        body.putObject("aggs").putObject("df").putObject("filters").set("filters", filters);
        JsonNode buckets = cluster.search(body).path("aggregations").path("df").path("buckets");
        for (int i = 0; i < chunk.size(); i++) {
          out.put(chunk.get(i), buckets.path(Integer.toString(i)).path("doc_count").asLong());
        }
      }
      return out;
    }
  };

  /**
   * Where the query matches the document's text: the embedded archive's highlighter over an index of the document
   * alone ({@link DocumentService#matches}), since OpenSearch's marks a phrase word by word where Lucene's weight
   * matches mark it whole.
   */
  private List<int[]> matches(ArchivedDocument d, String q) throws IOException {
    return DocumentService.matches(d, queries.parse(q));
  }
}
