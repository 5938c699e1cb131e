package io.vankien.index;

import java.io.IOException;
import java.util.Collection;
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

  /** Hands over each live term of {@code field}. */
  public static void forEach(IndexReader reader, String field, Consumer<BytesRef> each) throws IOException {
    forEach(reader, field, null, each);
  }

  /**
   * Hands over each live term of {@code field} that starts with one of {@code prefixes} (every live term when
   * null), through one terms enum per segment for all of them.
   */
  public static void forEach(IndexReader reader, String field, Collection<BytesRef> prefixes, Consumer<BytesRef> each)
      throws IOException {
    PostingsEnum postings = null;
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      TermsEnum te = terms.iterator();
      if (prefixes == null) {
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          postings = handOverIfLive(te, t, live, postings, each);
        }
        continue;
      }
      for (BytesRef prefix : prefixes) {
        BytesRef t = te.seekCeil(prefix) == TermsEnum.SeekStatus.END ? null : te.term();
        for (; t != null && StringHelper.startsWith(t, prefix); t = te.next()) {
          postings = handOverIfLive(te, t, live, postings, each);
        }
      }
    }
  }

  /** Hands over the enum's current term when a live document holds it; the postings enum to reuse. */
  private static PostingsEnum handOverIfLive(TermsEnum te, BytesRef t, Bits live, PostingsEnum reuse,
      Consumer<BytesRef> each) throws IOException {
    PostingsEnum postings = te.postings(reuse, PostingsEnum.NONE);
    for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
      if (live == null || live.get(d)) {
        each.accept(t);
        break;
      }
    }
    return postings;
  }
}
