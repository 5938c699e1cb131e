package io.vankien.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.ReadAdvice;

/**
 * How the kernel is told to read the archive's index files when they are memory-mapped. A search reads the
 * positions, the offsets and the stored fields a few bytes at a time at scattered places (the window's phrase
 * checks, the page's snippets and records), while it reads a term's postings and the terms dictionary in order.
 * Lucene's default asks for normal reading everywhere, and on a page fault in a normally advised mapping Linux
 * reads around the faulting page as far as the device's read-ahead (8 MB on the benchmark's host): a page of
 * positions cost a whole window of them, and a larger-than-memory archive evicted the postings it needed next
 * (BENCHMARKS.md, "Twenty-fifth session"). So the scattered files are advised random (each fault reads its page),
 * and so are compound files, which hold a smaller segment's positions, offsets and stored fields beside its
 * postings: on the million-document archive that took what the query mix keeps in memory from 6.0 to 3.6 GB, its
 * cold and warm passes as fast within the host's spread. Merges and flushes that open files of their own read in
 * order as Lucene advises them, and every other file keeps Lucene's choice.
 *
 * <p>A writer that also searches (the server) merges through the readers it searches with, so its merges open the
 * postings and stored fields they read again, with Lucene's advice ({@link MergeMappings}); a bulk ingest and
 * compaction, which read whole files, open the archive without this advice ({@link Archive#openForBulkWriting}).
 */
final class IndexReadAdvice {
  /**
   * Positions ({@code .pos}), offsets and payloads ({@code .pay}), stored fields ({@code .fdt}), compound files
   * ({@code .cfs}).
   */
  static final Set<String> SCATTERED = Set.of("pos", "pay", "fdt", "cfs");

  private IndexReadAdvice() {}

  /** The index folder, memory-mapped with this advice where the platform maps it. */
  static Directory open(Path luceneDir) throws IOException {
    FSDirectory dir = FSDirectory.open(luceneDir);
    if (dir instanceof MMapDirectory m) {
      m.setReadAdvice(IndexReadAdvice::of);
    }
    return dir;
  }

  /** The advice for one file opened in one context; empty: Lucene's default. */
  static Optional<ReadAdvice> of(String fileName, IOContext context) {
    Optional<ReadAdvice> lucene = MMapDirectory.ADVISE_BY_CONTEXT.apply(fileName, context);
    if (context.context() == IOContext.Context.MERGE || context.context() == IOContext.Context.FLUSH) {
      return lucene; // read in order
    }
    String extension = IndexFileNames.getExtension(fileName); // null: none ("segments_4")
    return extension != null && SCATTERED.contains(extension) ? Optional.of(ReadAdvice.RANDOM) : lucene;
  }
}
