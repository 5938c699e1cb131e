package io.vankien.index;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;

/**
 * The stored records of an archive's last commit, read back for {@link ArchiveUpgrade}: every document
 * (record and text) as it was archived, whatever fields the index had then, so that it can be indexed
 * again with today's fields without reading the originals or extracting anything again.
 */
final class SchemaUpgrade {
  /** The commit user data key of {@link Schema#VERSION} (the first one recorded; see {@link ArchiveFormat}). */
  static final String KEY = ArchiveFormat.SCHEMA_KEY;

  private SchemaUpgrade() {}

  /** What one stored document becomes. */
  interface Step {
    void accept(ArchivedDocument doc) throws IOException;
  }

  /** The format the archive's last commit was written in. */
  static ArchiveFormat recorded(Directory directory) throws IOException {
    return ArchiveFormat.of(SegmentInfos.readLatestCommit(directory).getUserData());
  }

  /** The live documents of the last commit. */
  static int count(Directory directory) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      return reader.numDocs();
    }
  }

  /** Gives every live document of the last commit, as stored, to {@code step}; returns how many. */
  static int forEachStored(Directory directory, Step step) throws IOException {
    int n = 0;
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext ctx : reader.leaves()) {
        LeafReader leaf = ctx.reader();
        Bits live = leaf.getLiveDocs();
        StoredFields stored = leaf.storedFields();
        for (int d = 0; d < leaf.maxDoc(); d++) {
          if (live == null || live.get(d)) {
            step.accept(DocumentMapper.fromLucene(stored.document(d)));
            n++;
          }
        }
      }
    }
    return n;
  }
}
