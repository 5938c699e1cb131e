package io.vankien.search;

import io.vankien.cite.Relations;
import io.vankien.cite.StoredCitations;
import io.vankien.cite.TypedCitation;
import io.vankien.index.ArchiveSearcher;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The documents of the embedded archive citing a symbol, the latest first, each with its relation to it and the
 * sentence naming it: what a document's "cited by" list and a symbol's page show. The relations are those stored
 * beside each record ({@link StoredCitations}); a text is read only when asked for or when the stored value cannot
 * answer ({@link DocumentView.Citing#relationOf}).
 */
final class CitingDocuments {
  private CitingDocuments() {}

  /**
   * At most {@code max} documents of {@code v} (within its scope) citing {@code key} ({@link Schema#CITES_KEY}), the
   * latest first, each with its relation to {@code number}; with its text when {@code withText}.
   */
  static List<SymbolService.Cited> latest(ArchiveSearcher.View v, String key, String number, int max,
      boolean withText) throws IOException {
    SortField byDate = new SortField(Schema.DATE_DAY, SortField.Type.LONG, true);
    TopDocs td = v.searcher().search(v.restrict(new TermQuery(new Term(Schema.CITES_KEY, key))), max,
        new Sort(byDate));
    List<SymbolService.Cited> out = new ArrayList<>();
    for (ScoreDoc sd : td.scoreDocs) {
      ArchiveSearcher.RecordAndCitations stored = v.loadRecordAndCitations(sd.doc);
      Optional<TypedCitation> typed = StoredCitations.decode(stored.citations(), Relations.standard())
          .flatMap(t -> StoredCitations.to(t, stored.document().meta().cites(), number));
      ArchivedDocument d = withText || typed.isEmpty() ? v.load(sd.doc) : stored.document();
      out.add(new SymbolService.Cited(d, typed.orElseGet(() -> DocumentView.Citing.relationOf(d, number))));
    }
    return out;
  }
}
