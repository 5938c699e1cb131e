package io.vankien.backup;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * Copies the latest commit of a Lucene index that another process may be writing: exactly the files the
 * commit names. Commit files are written once and never changed, so a copy is consistent; one may vanish
 * before it is opened (the writer's deletion policy drops an older commit), and then the newer commit is
 * copied instead, keeping the files already copied that it shares.
 */
final class CommitCopy {
  /** Attempts before giving up on an index that changes faster than it can be copied. */
  static final int MAX_ATTEMPTS = 20;

  private CommitCopy() {}

  /** What was copied: the commit, its files and its document counts (checked on the copy). */
  record Copied(long generation, String segmentsFile, List<String> files, int maxDoc, int numDocs,
      Map<String, String> userData) {}

  /**
   * Copies the latest commit of {@code from} into {@code to} (which holds nothing else afterwards), syncs
   * it, and checks that the copy opens, passes Lucene's checksums and holds the commit's maxDoc and numDocs.
   */
  static Copied latest(Directory from, Directory to) throws IOException {
    IOException last = null;
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      SegmentInfos commit;
      try {
        commit = SegmentInfos.readLatestCommit(from);
      } catch (NoSuchFileException | FileNotFoundException e) {
        last = e;
        continue;
      }
      List<String> files = new ArrayList<>(commit.files(false));
      files.add(commit.getSegmentsFileName()); // last: the copy is an index only once every file is in
      try {
        for (String f : files) {
          copyUnlessSame(from, to, f);
        }
      } catch (NoSuchFileException | FileNotFoundException e) {
        last = e; // a newer commit replaced this one meanwhile
        continue;
      }
      to.sync(files);
      to.syncMetaData();
      removeAllBut(to, files);
      return verified(to, commit, files);
    }
    throw new BackupException("the index changed faster than it could be copied: no commit copied whole in "
        + MAX_ATTEMPTS + " attempts (last: " + last + ")", last);
  }

  /** Copies the file unless the target already holds it (same length and Lucene footer checksum). */
  private static void copyUnlessSame(Directory from, Directory to, String name) throws IOException {
    if (exists(to, name)) {
      try (IndexInput a = from.openInput(name, IOContext.READONCE);
          IndexInput b = to.openInput(name, IOContext.READONCE)) {
        if (a.length() == b.length() && CodecUtil.retrieveChecksum(a) == CodecUtil.retrieveChecksum(b)) {
          return;
        }
      } catch (org.apache.lucene.index.CorruptIndexException e) {
        // a partial copy from an earlier attempt: copy again
      }
      to.deleteFile(name);
    }
    to.copyFrom(from, name, name, IOContext.READONCE);
  }

  private static boolean exists(Directory dir, String name) throws IOException {
    for (String f : dir.listAll()) {
      if (f.equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static void removeAllBut(Directory dir, List<String> keep) throws IOException {
    Set<String> k = new HashSet<>(keep);
    for (String f : dir.listAll()) {
      if (!k.contains(f) && !f.equals(IndexWriter.WRITE_LOCK_NAME)) {
        dir.deleteFile(f);
      }
    }
  }

  private static Copied verified(Directory to, SegmentInfos commit, List<String> files) throws IOException {
    int maxDoc = commit.totalMaxDoc();
    int numDocs = 0;
    for (SegmentCommitInfo si : commit) {
      numDocs += si.info.maxDoc() - si.getDelCount();
    }
    try (DirectoryReader r = DirectoryReader.open(to)) {
      if (r.getIndexCommit().getGeneration() != commit.getGeneration() || r.maxDoc() != maxDoc
          || r.numDocs() != numDocs) {
        throw new BackupException(String.format("the copied index differs from the commit read: generation %d,"
            + " maxDoc %d, numDocs %d in the copy; %d, %d, %d in the commit", r.getIndexCommit().getGeneration(),
            r.maxDoc(), r.numDocs(), commit.getGeneration(), maxDoc, numDocs));
      }
      for (LeafReaderContext leaf : r.leaves()) {
        leaf.reader().checkIntegrity();
      }
    }
    return new Copied(commit.getGeneration(), commit.getSegmentsFileName(), List.copyOf(files), maxDoc, numDocs,
        Map.copyOf(commit.getUserData()));
  }
}
