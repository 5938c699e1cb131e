package io.vankien.bench;

import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;

/**
 * The baseline of {@code vankien compact}, run as its own process so both are timed alike: Lucene's {@code
 * forceMerge} of a plain index to at most N segments, then a commit.
 *
 * <p>Usage: {@code PlainLuceneMerge INDEX_DIR SEGMENTS}; prints the segment counts before and after.
 */
public final class PlainLuceneMerge {
  private PlainLuceneMerge() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: PlainLuceneMerge INDEX_DIR SEGMENTS");
      System.exit(2);
    }
    int segments = Integer.parseInt(args[1]);
    try (FSDirectory dir = FSDirectory.open(Path.of(args[0]));
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      int before = SegmentInfos.readLatestCommit(dir).size();
      w.forceMerge(segments);
      w.commit();
      System.out.println("segments " + before + " -> " + SegmentInfos.readLatestCommit(dir).size());
    }
  }
}
