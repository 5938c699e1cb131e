package io.vankien.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer that searches merges through postings and stored fields opened for the merge, not through the search
 * readers' random-advised mappings; the merged index holds the same documents; nothing opened outlives the merge.
 */
class MergeMappingsTest {
  private static final int SEGMENTS = 4;
  private static final int DOCS_PER_SEGMENT = 50;

  @Test
  void aMergeReadsPostingsAndStoredFieldsOfItsOwnAndClosesThemAtItsEnd(@TempDir Path dir) throws Exception {
    assertMergesThroughOwnMappings(dir, false);
  }

  @Test
  void compoundSegmentsToo(@TempDir Path dir) throws Exception {
    assertMergesThroughOwnMappings(dir, true);
  }

  private static void assertMergesThroughOwnMappings(Path dir, boolean compound) throws Exception {
    List<Seen> seen = new ArrayList<>();
    try (Directory d = IndexReadAdvice.open(dir)) {
      IndexWriterConfig cfg = new IndexWriterConfig(new StandardAnalyzer());
      TieredMergePolicy tiered = new TieredMergePolicy();
      tiered.setNoCFSRatio(compound ? 1.0 : 0.0);
      cfg.setUseCompoundFile(compound);
      cfg.setMergePolicy(new Recording(new MergeMappings(tiered, dir), seen));
      try (IndexWriter w = new IndexWriter(d, cfg)) {
        for (int s = 0; s < SEGMENTS; s++) {
          for (int i = 0; i < DOCS_PER_SEGMENT; i++) {
            int n = s * DOCS_PER_SEGMENT + i;
            Document doc = new Document();
            doc.add(new StringField("id", "d" + n, Field.Store.YES));
            doc.add(new TextField("text", "nghị quyết số " + n + (n % 3 == 0 ? " ban chấp hành" : " tỉnh ủy"),
                Field.Store.YES));
            w.addDocument(doc);
          }
          w.commit();
        }
        w.deleteDocuments(new Term("id", "d3"), new Term("id", "d77")); // deletions the merge must leave out
        w.commit();
        try (DirectoryReader searched = DirectoryReader.open(w)) { // pools the readers a merge then uses
          assertEquals(SEGMENTS, searched.leaves().size());
          List<String> before = documents(searched);
          assertEquals(SEGMENTS * DOCS_PER_SEGMENT - 2, before.size());
          assertEquals(compound, SegmentInfos.readLatestCommit(d).info(0).info.getUseCompoundFile());
          w.forceMerge(1);
          w.commit();
          assertEquals(SEGMENTS, seen.size(), "each merged segment is read through the merge's own readers");
          for (Seen s : seen) {
            assertFalse(s.samePostings, "postings opened for the merge");
            assertFalse(s.sameStoredFields, "stored fields opened for the merge");
            assertThrows(AlreadyClosedException.class,
                () -> s.merged.getFieldsReader().document(0, new DocumentStoredFieldVisitor()),
                "what the merge opened is closed when it ends");
          }
          searched.storedFields().document(0); // the search's readers are still open
          try (DirectoryReader merged = DirectoryReader.open(d)) {
            assertEquals(1, merged.leaves().size());
            assertEquals(before, documents(merged));
            PhraseQuery phrase = new PhraseQuery("text", "ban", "chấp", "hành");
            assertEquals(new IndexSearcher(searched).count(phrase), new IndexSearcher(merged).count(phrase));
            assertTrue(new IndexSearcher(merged).count(phrase) > 0);
          }
        }
      }
    }
  }

  /** Every live document's stored fields, in id order. */
  private static List<String> documents(DirectoryReader reader) throws IOException {
    List<String> all = new ArrayList<>();
    StoredFields stored = reader.storedFields();
    Bits live = MultiBits.getLiveDocs(reader); // null: no deletions
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      Document d = stored.document(doc);
      all.add(d.get("id") + ": " + d.get("text"));
    }
    all.sort(null);
    return all;
  }

  /** What the merge got for a segment, and whether its postings and stored fields were the search reader's. */
  private record Seen(CodecReader merged, boolean samePostings, boolean sameStoredFields) {}

  /** Records what each merge of {@code in} gives the merge for a segment, and passes its end on. */
  private static final class Recording extends FilterMergePolicy {
    private final List<Seen> seen;

    Recording(MergePolicy in, List<Seen> seen) {
      super(in);
      this.seen = seen;
    }

    @Override
    public MergeSpecification findForcedMerges(SegmentInfos infos, int max, Map<SegmentCommitInfo, Boolean> toMerge,
        MergeContext context) throws IOException {
      MergeSpecification spec = in.findForcedMerges(infos, max, toMerge, context);
      if (spec == null) {
        return null;
      }
      MergeSpecification recorded = new MergeSpecification();
      for (OneMerge m : spec.merges) {
        recorded.add(new OneMerge(m) {
          @Override
          public CodecReader wrapForMerge(CodecReader reader) throws IOException {
            CodecReader wrapped = m.wrapForMerge(reader);
            SegmentReader searched = assertInstanceOf(SegmentReader.class, reader);
            seen.add(new Seen(wrapped, wrapped.getPostingsReader() == searched.getPostingsReader(),
                wrapped.getFieldsReader() == searched.getFieldsReader()));
            return wrapped;
          }

          @Override
          public void mergeFinished(boolean success, boolean segmentDropped) throws IOException {
            m.mergeFinished(success, segmentDropped);
          }
        });
      }
      return recorded;
    }
  }
}
