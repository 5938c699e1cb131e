package io.vankien.review;

import io.vankien.index.ArchiveSearcher;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.ReadScope;
import io.vankien.index.Schema;
import io.vankien.meta.DocumentMetadata;
import io.vankien.meta.ReviewProblems;
import io.vankien.search.SearchRequest;
import io.vankien.search.SearchService;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The documents of a search (its query and filters, as {@code /api/search} takes them) that need an
 * archivist's look ({@link ReviewProblems}), a page at a time, each value with its provenance and the line
 * it came from. Every read goes through the archive's searcher as the caller's scope reads it: the queue
 * holds only documents the caller may read.
 */
public final class ReviewQueue {
  private final SearchService search;

  /** The queue of {@code archive}, its counts and pages searched without a bound on searches at once. */
  public ReviewQueue(ArchiveSearcher archive) {
    this(new SearchService(archive));
  }

  /** The queue of the archive {@code search} reads, its counts and pages searched by it (the server's: in its turns). */
  public ReviewQueue(SearchService search) {
    this.search = search;
  }

  /** The same queue as one caller may read it. */
  public ReviewQueue as(ReadScope scope) {
    return new ReviewQueue(search.as(scope));
  }

  /** One document of the queue: its metadata, its problems, and per checked field the value's evidence. */
  public record Item(String id, String source, String type, String level, String access, String title,
      List<String> problems, Map<String, Value> values) {}

  /** A checked field's value, where it came from (extracted, edited, ...), and the line of the text holding it. */
  public record Value(String value, String provenance, String line) {}

  /**
   * @param total documents of the search with a problem among {@code fields} (all of them when empty)
   * @param counts per field, documents of the search with that field missing or uncertain
   */
  public record Page(int total, int page, int size, Map<String, Integer> counts, List<Item> items) {}

  /**
   * A page of the documents matching {@code req} (its page and size) with a problem in one of {@code fields}
   * (any field when empty), in the search's order.
   */
  public Page page(SearchRequest req, Set<String> fields) throws IOException {
    Map<String, Query> byField = new LinkedHashMap<>();
    ReviewProblems.FIELDS.forEach(f -> byField.put(f, new TermQuery(new Term(Schema.REVIEW, f))));
    // the index holds each document's problem fields (Schema.REVIEW): counted and paged as a search, no record read
    Query wanted = new TermInSetQuery(Schema.REVIEW,
        (fields.isEmpty() ? ReviewProblems.FIELDS : List.copyOf(fields)).stream().map(BytesRef::new).toList());
    SearchService.Within within = search.within(req, wanted, byField);
    Map<String, Integer> counts = new LinkedHashMap<>();
    within.counts().forEach((f, n) -> counts.put(f, Math.toIntExact(n)));
    List<Item> items = new ArrayList<>();
    for (ArchivedDocument d : within.page()) { // with its text, read in the search's view of the caller's scope
      items.add(item(d));
    }
    return new Page(Math.toIntExact(within.total()), req.page(), req.size(), counts, items);
  }

  private static Item item(ArchivedDocument d) {
    DocumentMetadata m = d.meta();
    Map<String, Value> values = new LinkedHashMap<>();
    for (String field : ReviewProblems.FIELDS) {
      String v = ReviewProblems.value(m, field);
      String provenance = v == null ? null : m.provenance().getOrDefault(field, DocumentMetadata.EXTRACTED);
      String line = SourceLines.find(d.text(), field, v).orElse(null);
      values.put(field, new Value(v, provenance, line));
    }
    return new Item(d.id(), d.sourceName(), m.type(), m.level(), m.access(), m.title(), ReviewProblems.of(m),
        values);
  }
}
