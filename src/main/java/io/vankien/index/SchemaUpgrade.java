package io.vankien.index;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;

/**
 * Brings an archive written under an older {@link Schema#VERSION} up to the current one: every stored
 * document (record and text) is indexed again with today's fields, without reading the originals or
 * extracting anything again. Runs when an archive is opened for writing; the version is recorded in the
 * commit's user data, so an up-to-date archive costs one small read.
 */
final class SchemaUpgrade {
  static final String KEY = "vankien.schema";

  private SchemaUpgrade() {}

  /** The user data every commit carries. */
  static Map<String, String> commitData() {
    return Map.of(KEY, String.valueOf(Schema.VERSION));
  }

  /** The schema version the archive's last commit was written under (null: before versions were recorded). */
  static String recorded(Directory directory) throws IOException {
    return SegmentInfos.readLatestCommit(directory).getUserData().get(KEY);
  }

  /** Re-indexes every document when the last commit was made under another schema; returns how many. */
  static int apply(Directory directory, IndexWriter writer, DocumentMapper mapper) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return 0;
    }
    String recorded = recorded(directory);
    if (String.valueOf(Schema.VERSION).equals(recorded)) {
      return 0;
    }
    int n = 0;
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      if (reader.numDocs() > 0) {
        System.err.printf("vankien: re-indexing %d documents for archive schema %d (was %s); originals"
            + " and metadata are kept%n", reader.numDocs(), Schema.VERSION, recorded == null ? "1" : recorded);
      }
      for (LeafReaderContext ctx : reader.leaves()) {
        LeafReader leaf = ctx.reader();
        Bits live = leaf.getLiveDocs();
        StoredFields stored = leaf.storedFields();
        for (int d = 0; d < leaf.maxDoc(); d++) {
          if (live == null || live.get(d)) {
            ArchivedDocument doc = DocumentMapper.fromLucene(stored.document(d));
            writer.updateDocument(new Term(Schema.ID, doc.id()), mapper.toLucene(doc));
            n++;
          }
        }
      }
    }
    writer.setLiveCommitData(commitData().entrySet());
    writer.commit();
    return n;
  }
}
