package io.vankien.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The commit copy when the writer replaces the commit being copied: it copies the newer one, and only it. */
class CommitCopyTest {
  @Test
  @Timeout(30)
  void aCommitMergedAwayMidCopyIsReplacedByTheNewerOne() throws Exception {
    try (Directory source = new ByteBuffersDirectory(); Directory target = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(source, new IndexWriterConfig())) {
      for (int i = 0; i < 3; i++) { // three commits, three segments
        w.addDocument(doc("d" + i));
        w.commit();
      }
      w.deleteDocuments(new Term("id", "d1"));
      w.commit();
      Set<String> firstCommit = new TreeSet<>(SegmentInfos.readLatestCommit(source).files(true));
      int[] merges = {0};
      // Before the first file is opened, the writer adds a document, merges everything and commits: the
      // deletion policy removes every file of the commit the copy started from.
      Directory racing = new FilterDirectory(source) {
        @Override
        public IndexInput openInput(String name, IOContext context) throws IOException {
          if (merges[0]++ == 0) {
            w.addDocument(doc("d3"));
            w.forceMerge(1);
            w.commit();
          }
          return super.openInput(name, context);
        }
      };
      CommitCopy.Copied c = CommitCopy.latest(racing, target);

      SegmentInfos now = SegmentInfos.readLatestCommit(source);
      assertTrue(now.getGeneration() > 4, "the writer committed during the copy");
      Set<String> sourceFiles = Set.of(source.listAll());
      assertTrue(firstCommit.stream().noneMatch(sourceFiles::contains),
          "the first commit's files are gone from the source: " + firstCommit);
      assertEquals(now.getGeneration(), c.generation(), "the newer commit was copied");
      assertEquals(new TreeSet<>(now.files(true)), new TreeSet<>(Set.of(target.listAll())), "exactly its files");
      assertEquals(3, c.numDocs());
      assertEquals(3, c.maxDoc()); // merged: the deleted document is gone
      try (DirectoryReader r = DirectoryReader.open(target)) {
        assertEquals(3, r.numDocs());
      }
    }
  }

  @Test
  @Timeout(30)
  void aCommitWithDeletionsIsCopiedWithItsCounts() throws Exception {
    try (Directory source = new ByteBuffersDirectory(); Directory target = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(source, new IndexWriterConfig())) {
      for (int i = 0; i < 5; i++) {
        w.addDocument(doc("d" + i));
      }
      w.commit();
      w.deleteDocuments(new Term("id", "d2"));
      w.commit();
      w.addDocument(doc("uncommitted"));
      w.flush(); // written to files, but no commit names it
      CommitCopy.Copied c = CommitCopy.latest(source, target);
      assertEquals(5, c.maxDoc());
      assertEquals(4, c.numDocs());
      assertEquals(new TreeSet<>(SegmentInfos.readLatestCommit(source).files(true)), new TreeSet<>(Set.of(target.listAll())));
    }
  }

  private static Document doc(String id) {
    Document d = new Document();
    d.add(new StringField("id", id, Field.Store.YES));
    return d;
  }
}
