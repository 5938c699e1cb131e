package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.analysis.DocumentSymbol;
import io.vankien.cite.RelationReader;
import io.vankien.cite.Relations;
import io.vankien.cite.StoredCitations;
import io.vankien.index.ArchiveSearcher;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.Schema;
import io.vankien.testing.SamplesArchiveTest;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/**
 * A document's "cited by" list and an export take each document's relations and sentences from the typed citations
 * stored beside its record (schema 15), and they are those its text gives: over every document of the samples.
 */
class CitedByStoredTest extends SamplesArchiveTest {
  @Test
  void everyCitingDocumentHasItsTypedCitationsStoredAsItsTextGivesThem() throws Exception {
    int checked = 0;
    try (ArchiveSearcher.View v = archive.searcher().acquire()) {
      for (ScoreDoc sd : v.searcher().search(new org.apache.lucene.search.MatchAllDocsQuery(), 1000).scoreDocs) {
        ArchiveSearcher.RecordAndCitations stored = v.loadRecordAndCitations(sd.doc);
        ArchivedDocument whole = v.load(sd.doc);
        assertEquals(whole.id(), stored.document().id());
        assertEquals(RelationReader.standard().read(whole.text(), whole.meta().title(), whole.meta().type(),
            whole.meta().cites()), StoredCitations.decode(stored.citations(), Relations.standard()).orElseThrow(),
            whole.sourceName());
        checked += whole.meta().cites().size();
      }
    }
    assertTrue(checked >= 10, "the samples cite at least ten symbols: " + checked);
  }

  @Test
  void theCitedByListIsWhatTheCitingTextsSay() throws Exception {
    DocumentService documents = new DocumentService(archive.searcher());
    int lists = 0;
    try (ArchiveSearcher.View v = archive.searcher().acquire()) {
      for (ScoreDoc sd : v.searcher().search(new org.apache.lucene.search.MatchAllDocsQuery(), 1000).scoreDocs) {
        ArchivedDocument d = v.loadRecord(sd.doc);
        if (d.meta().number() == null || DocumentSymbol.key(d.meta().number()).isEmpty()) {
          continue;
        }
        List<String> fromTexts = new ArrayList<>();
        for (ScoreDoc c : v.searcher().search(new TermQuery(new Term(Schema.CITES_KEY,
            DocumentSymbol.key(d.meta().number()).get())), 1000).scoreDocs) {
          ArchivedDocument citing = v.load(c.doc);
          if (!citing.id().equals(d.id())) {
            fromTexts.add(citing.id() + " " + DocumentView.Citing.of(citing, d.meta().number()));
          }
        }
        List<String> shown = documents.view(d.id()).orElseThrow().citedBy().stream()
            .map(c -> c.document().id() + " " + c).sorted().toList();
        assertEquals(fromTexts.stream().sorted().toList(), shown, d.sourceName());
        lists += shown.isEmpty() ? 0 : 1;
      }
    }
    assertTrue(lists >= 2, "at least two sample documents are cited by others: " + lists);
  }

  @Test
  void anExportWithTheStoredCitationsIsTheExportReadFromTheTexts() throws Exception {
    SearchService search = new SearchService(archive.searcher());
    for (Exporter.Format format : Exporter.Format.values()) {
      java.io.StringWriter stored = new java.io.StringWriter();
      java.io.StringWriter fromTexts = new java.io.StringWriter();
      Exporter a = new Exporter(format, stored);
      search.forEachMatch(SearchRequest.of(""), SearchService.Load.CITATIONS, a);
      a.end();
      Exporter b = new Exporter(format, fromTexts);
      search.forEachMatch(SearchRequest.of(""), SearchService.Load.TEXTS, b);
      b.end();
      assertEquals(fromTexts.toString(), stored.toString(), format.name());
      assertTrue(stored.toString().contains("\"relation\":\"implements\"") || format == Exporter.Format.CSV,
          "the samples' export holds a typed citation");
    }
  }

  @Test
  void aSymbolsPageListsWhatTheCitingTextsSay() throws Exception {
    SymbolService symbols = new SymbolService(archive.searcher());
    java.util.Set<String> numbers = new java.util.TreeSet<>();
    try (ArchiveSearcher.View v = archive.searcher().acquire()) {
      for (ScoreDoc sd : v.searcher().search(new org.apache.lucene.search.MatchAllDocsQuery(), 1000).scoreDocs) {
        numbers.addAll(v.loadRecord(sd.doc).meta().cites());
      }
      int entries = 0;
      for (String number : numbers) {
        String key = DocumentSymbol.key(number).orElseThrow();
        List<String> fromTexts = new ArrayList<>();
        for (ScoreDoc c : v.searcher().search(new TermQuery(new Term(Schema.CITES_KEY, key)), 1000).scoreDocs) {
          ArchivedDocument citing = v.load(c.doc);
          if (citing.meta().number() == null || !DocumentSymbol.key(citing.meta().number()).orElse("").equals(key)) {
            fromTexts.add(DocumentView.Citing.of(citing, number).toString());
          }
        }
        List<String> shown = symbols.symbol(number).citedBy().stream().map(Object::toString).sorted().toList();
        assertEquals(fromTexts.stream().sorted().toList(), shown, number);
        entries += shown.size();
      }
      assertTrue(entries >= 10, "the samples' symbol pages list at least ten citing documents: " + entries);
    }
  }
}
