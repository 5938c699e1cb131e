package io.vankien.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The labels held on the heap answer every look-up as the reader's doc values do, over several segments. */
class FacetLabelsTest {
  private static final FacetsConfig CONFIG = Schema.facetsConfig();
  private static final List<String> SIGNERS =
      List.of("Nguyễn Văn A", "Đỗ Thị B", "Zô C", "Ánh D", "Lê E", "Phạm F", "ấp G", "An H");

  @Test
  void lookUpsEqualTheDocValuesOfTheReader() throws IOException {
    Random rnd = new Random(7);
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
        for (int i = 0; i < 600; i++) {
          Document d = new Document();
          d.add(new SortedSetDocValuesFacetField(Schema.F_SIGNER, SIGNERS.get(rnd.nextInt(SIGNERS.size()))));
          d.add(new SortedSetDocValuesFacetField(Schema.F_YEAR, Integer.toString(2005 + rnd.nextInt(20))));
          w.addDocument(CONFIG.build(d));
          if (i % 200 == 199) {
            w.commit();
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertTrue(reader.leaves().size() > 1);
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, CONFIG);
        FacetLabels labels = new FacetLabels(state);
        SortedSetDocValues real = state.getDocValues();
        SortedSetDocValues held = labels.getDocValues();
        assertEquals(real.getValueCount(), held.getValueCount());
        for (long ord = 0; ord < real.getValueCount(); ord++) {
          BytesRef term = BytesRef.deepCopyOf(real.lookupOrd(ord));
          assertEquals(term, held.lookupOrd(ord));
          assertEquals(ord, held.lookupTerm(term));
          // a key just after this term and one just before it: absent, same insertion point
          BytesRef after = new BytesRef(term.utf8ToString() + "\u0000");
          assertEquals(real.lookupTerm(after), held.lookupTerm(after), after.utf8ToString());
          BytesRef before = new BytesRef(term.bytes, term.offset, term.length - 1);
          assertEquals(real.lookupTerm(before), held.lookupTerm(before), before.utf8ToString());
        }
        for (String absent : List.of("", "\u0000", "zzz", "\uffff", "signer\u001fĐ", "year\u001f1999")) {
          BytesRef key = new BytesRef(absent);
          assertEquals(real.lookupTerm(key), held.lookupTerm(key), absent);
        }
        assertEquals(state.getSize(), labels.getSize());
        assertEquals(state.getOrdRange(Schema.F_SIGNER).start(), labels.getOrdRange(Schema.F_SIGNER).start());
        assertTrue(labels.ramBytesUsed() > state.ramBytesUsed());
        // they hold no document: counting must read the reader's own doc values
        assertThrows(UnsupportedOperationException.class, held::nextDoc);
        assertThrows(UnsupportedOperationException.class, () -> held.advanceExact(0));
      }
    }
  }
}
