package io.vankien.index;

import java.io.IOException;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The terms of a field that a live document holds: a deleted document's terms stay in its segment until it is
 * merged away, so a term counts only when one of its documents is live. A term in several segments is handed over
 * once per segment that holds it live.
 */
public final class LiveTerms {
  private LiveTerms() {}

  /** Hands over each live term of {@code field} that starts with {@code prefix} (every live term when null). */
  public static void forEach(IndexReader reader, String field, BytesRef prefix, Consumer<BytesRef> each)
      throws IOException {
    PostingsEnum postings = null;
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      TermsEnum te = terms.iterator();
      BytesRef t = prefix == null ? te.next() : te.seekCeil(prefix) == TermsEnum.SeekStatus.END ? null : te.term();
      for (; t != null && (prefix == null || StringHelper.startsWith(t, prefix)); t = te.next()) {
        postings = te.postings(postings, PostingsEnum.NONE);
        for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
          if (live == null || live.get(d)) {
            each.accept(t);
            break;
          }
        }
      }
    }
  }
}
