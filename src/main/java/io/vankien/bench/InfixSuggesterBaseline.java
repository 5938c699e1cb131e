package io.vankien.bench;

import io.vankien.analysis.VietnameseAnalyzer;
import io.vankien.index.ArchiveSearcher;
import io.vankien.index.ArchivedDocument;
import io.vankien.search.Suggester.Suggestion;
import io.vankien.meta.DocumentMetadata;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The suggester as it was before issue 12, kept as the baseline of {@link SuggestBenchmark}: an in-memory
 * AnalyzingInfixSuggester built from every document's stored record (full text loaded) whenever the index
 * reader changed. Not used by the server.
 */
final class InfixSuggesterBaseline {
  private final ArchiveSearcher archive;
  private volatile Built built;

  private record Built(IndexReader reader, AnalyzingInfixSuggester suggester) {}

  InfixSuggesterBaseline(ArchiveSearcher archive) {
    this.archive = archive;
  }

  List<Suggestion> suggest(String prefix, int n) throws IOException {
    if (prefix == null || prefix.isBlank()) {
      return List.of();
    }
    AnalyzingInfixSuggester s = current();
    if (s == null) {
      return List.of();
    }
    List<Suggestion> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Lookup.LookupResult r : s.lookup(prefix.strip(), n * 2, true, false)) {
      String[] kindAndId = r.payload.utf8ToString().split("\t", 2);
      String text = r.key.toString();
      if (seen.add(kindAndId[0] + text) && out.size() < n) {
        out.add(new Suggestion(text, kindAndId[0], kindAndId[1].isEmpty() ? null : kindAndId[1], null, null, null));
      }
    }
    return out;
  }

  private AnalyzingInfixSuggester current() throws IOException {
    try (ArchiveSearcher.View v = archive.acquire()) {
      IndexReader reader = v.searcher().getIndexReader();
      Built b = built;
      if (b != null && b.reader() == reader) {
        return b.suggester();
      }
      synchronized (this) {
        b = built;
        if (b == null || b.reader() != reader) {
          AnalyzingInfixSuggester s = build(v);
          if (b != null && b.suggester() != null) {
            b.suggester().close();
          }
          built = new Built(reader, s);
          return s;
        }
        return b.suggester();
      }
    }
  }

  private static AnalyzingInfixSuggester build(ArchiveSearcher.View v) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (ScoreDoc sd : v.searcher().search(v.restrict(new MatchAllDocsQuery()), Integer.MAX_VALUE).scoreDocs) {
      ArchivedDocument d = v.load(sd.doc);
      DocumentMetadata m = d.meta();
      add(entries, m.title(), "title", d.id(), 2);
      add(entries, m.number(), "number", d.id(), 3);
      add(entries, m.signer(), "signer", "", 1);
    }
    if (entries.isEmpty()) {
      return null;
    }
    AnalyzingInfixSuggester s = new AnalyzingInfixSuggester(new ByteBuffersDirectory(),
        VietnameseAnalyzer.forIndex(), VietnameseAnalyzer.forPhrase(false), 1, true);
    for (Entry e : entries.values()) {
      s.add(new BytesRef(e.text), null, e.weight, new BytesRef(e.kind + "\t" + e.id));
    }
    s.refresh();
    return s;
  }

  private static final class Entry {
    final String text;
    final String kind;
    final String id;
    long weight;

    Entry(String text, String kind, String id, long weight) {
      this.text = text;
      this.kind = kind;
      this.id = id;
      this.weight = weight;
    }
  }

  private static void add(Map<String, Entry> entries, String text, String kind, String id, long weight) {
    if (text == null || text.isBlank()) {
      return;
    }
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.length() > 300) {
      t = t.substring(0, 300);
    }
    Entry e = entries.get(kind + "\u0000" + t);
    if (e == null) {
      entries.put(kind + "\u0000" + t, new Entry(t, kind, id, weight));
    } else {
      e.weight += weight; // a signer of many documents ranks higher
    }
  }

}
