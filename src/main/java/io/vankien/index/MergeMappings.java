package io.vankien.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FieldsProducer;
import org.apache.lucene.codecs.StoredFieldsReader;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.FilterCodecReader;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.Sorter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.util.IOUtils;

/**
 * Merges of a serving archive read their segments' postings and stored fields through mappings of their own. A writer
 * that also searches merges through the readers it searches with (Lucene pools them), and those map the positions,
 * the stored fields and the compound files advised random ({@link IndexReadAdvice}): a merge, which reads them front
 * to back, faulted them in a page at a time (the 100k archive compacted in 63 s instead of 28, with 600,000 major page
 * faults; BENCHMARKS.md, "Twenty-sixth session"). So each merge opens the postings and stored fields of every segment
 * it merges again, from a directory with Lucene's default advice and in a merge context, and closes them when the
 * merge ends; the rest of each segment (norms, doc values, points) is read through the search readers as before.
 */
final class MergeMappings extends FilterMergePolicy {
  private final Path luceneDir;

  /** {@code in}'s merges, each reading from the index folder {@code luceneDir} through mappings of its own. */
  MergeMappings(MergePolicy in, Path luceneDir) {
    super(in);
    this.luceneDir = luceneDir;
  }

  @Override
  public MergeSpecification findMerges(MergeTrigger trigger, SegmentInfos infos, MergeContext context)
      throws IOException {
    return ownMappings(in.findMerges(trigger, infos, context));
  }

  @Override
  public MergeSpecification findForcedMerges(SegmentInfos infos, int maxSegmentCount,
      Map<SegmentCommitInfo, Boolean> segmentsToMerge, MergeContext context) throws IOException {
    return ownMappings(in.findForcedMerges(infos, maxSegmentCount, segmentsToMerge, context));
  }

  @Override
  public MergeSpecification findForcedDeletesMerges(SegmentInfos infos, MergeContext context) throws IOException {
    return ownMappings(in.findForcedDeletesMerges(infos, context));
  }

  // findFullFlushMerges is left to FilterMergePolicy: IndexWriter wraps those merges in its own, which would not tell
  // ours when they end (and TieredMergePolicy finds none).

  private MergeSpecification ownMappings(MergeSpecification spec) {
    if (spec == null) {
      return null;
    }
    MergeSpecification own = new MergeSpecification();
    for (OneMerge merge : spec.merges) {
      own.add(new OwnMappingsMerge(merge, luceneDir));
    }
    return own;
  }

  /** One merge whose segments' postings and stored fields are opened for it alone, and closed when it ends. */
  private static final class OwnMappingsMerge extends OneMerge {
    private final OneMerge inner;
    private final Path luceneDir;
    private final List<Closeable> opened = new ArrayList<>(); // the directory first
    private Directory directory;

    OwnMappingsMerge(OneMerge inner, Path luceneDir) {
      super(inner);
      this.inner = inner;
      this.luceneDir = luceneDir;
    }

    @Override
    public synchronized CodecReader wrapForMerge(CodecReader reader) throws IOException {
      CodecReader wrapped = inner.wrapForMerge(reader);
      if (!(wrapped instanceof SegmentReader segment)) {
        return wrapped; // changed by the merge it wraps: left as it is
      }
      SegmentInfo info = segment.getSegmentInfo().info;
      Codec codec = info.getCodec();
      IOContext context = IOContext.merge(getStoreMergeInfo());
      Directory files = info.getUseCompoundFile()
          ? keep(codec.compoundFormat().getCompoundReader(directory(), info))
          : directory();
      FieldInfos fieldInfos = codec.fieldInfosFormat().read(files, info, "", context);
      FieldsProducer postings = fieldInfos.hasPostings()
          ? keep(codec.postingsFormat().fieldsProducer(new SegmentReadState(files, info, fieldInfos, context)))
          : null;
      StoredFieldsReader stored = keep(codec.storedFieldsFormat().fieldsReader(files, info, fieldInfos, context));
      return new OwnMappingsReader(segment, postings, stored);
    }

    private Directory directory() throws IOException {
      if (directory == null) {
        directory = keep(FSDirectory.open(luceneDir)); // Lucene's default advice: no madvise
      }
      return directory;
    }

    /** Closed when the merge ends. */
    private <T extends Closeable> T keep(T c) {
      opened.add(c);
      return c;
    }

    @Override
    public synchronized void mergeFinished(boolean success, boolean segmentDropped) throws IOException {
      try {
        inner.mergeFinished(success, segmentDropped);
      } finally {
        List<Closeable> last = new ArrayList<>(opened);
        opened.clear();
        directory = null;
        IOUtils.close(last.reversed()); // readers before the compound files before the directory
      }
    }

    @Override
    public Sorter.DocMap reorder(CodecReader reader, Directory dir, Executor executor) throws IOException {
      return inner.reorder(reader, dir, executor);
    }
  }

  /** A segment read as the search reader has it, but for postings and stored fields opened for the merge. */
  private static final class OwnMappingsReader extends FilterCodecReader {
    private final FieldsProducer postings;
    private final StoredFieldsReader stored;

    OwnMappingsReader(SegmentReader in, FieldsProducer postings, StoredFieldsReader stored) {
      super(in);
      this.postings = postings;
      this.stored = stored;
    }

    @Override
    public FieldsProducer getPostingsReader() {
      return postings;
    }

    @Override
    public StoredFieldsReader getFieldsReader() {
      return stored;
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
      return null; // a merge's view, never cached
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return null;
    }
  }
}
