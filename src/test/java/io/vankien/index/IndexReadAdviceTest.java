package io.vankien.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.MergeInfo;
import org.apache.lucene.store.ReadAdvice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index files a search reads at scattered places are advised random; the others keep Lucene's advice. */
class IndexReadAdviceTest {
  private static final IOContext MERGE = IOContext.merge(new MergeInfo(10, 1 << 20, false, 1));

  @Test
  void positionsOffsetsStoredFieldsAndCompoundFilesAreRandomWhenSearched() {
    for (String f : new String[] {"_0_Lucene104_0.pos", "_3k_Lucene104_0.pay", "_0.fdt", "_zr.cfs"}) {
      assertEquals(Optional.of(ReadAdvice.RANDOM), IndexReadAdvice.of(f, IOContext.DEFAULT), f);
      assertEquals(Optional.of(ReadAdvice.RANDOM), IndexReadAdvice.of(f, IOContext.READONCE), f);
    }
  }

  @Test
  void postingsTermsAndDocValuesKeepLucenesAdvice() {
    for (String f : new String[] {"_0_Lucene104_0.doc", "_0_Lucene104_0.tim", "_0_Lucene103_0.tip", "_0.nvd",
        "_0_Lucene90_0.dvd", "_0.cfe", "_0.fdx", "segments_4", "write.lock"}) {
      Optional<ReadAdvice> lucenes = MMapDirectory.ADVISE_BY_CONTEXT.apply(f, IOContext.DEFAULT);
      assertEquals(lucenes, IndexReadAdvice.of(f, IOContext.DEFAULT), f);
      assertEquals(Optional.of(ReadAdvice.NORMAL), IndexReadAdvice.of(f, IOContext.DEFAULT), f);
    }
  }

  @Test
  void aMergeReadsEveryFileInOrder() {
    for (String f : new String[] {"_0_Lucene104_0.pos", "_0.fdt", "_0.cfs", "_0_Lucene104_0.doc"}) {
      assertEquals(Optional.of(ReadAdvice.SEQUENTIAL), IndexReadAdvice.of(f, MERGE), f);
    }
  }

  @Test
  void aServingOrReadingArchiveUsesThisAdvice(@TempDir Path dir) throws Exception {
    try (Archive a = Archive.openForWriting(dir)) {
      assertEquals(Optional.of(ReadAdvice.RANDOM), adviceOf(a).apply("_0_Lucene104_0.pos", IOContext.DEFAULT));
      assertEquals(Optional.of(ReadAdvice.NORMAL), adviceOf(a).apply("_0_Lucene104_0.doc", IOContext.DEFAULT));
      assertInstanceOf(MergeMappings.class, a.writer().getConfig().getMergePolicy(), "its merges map files anew");
    }
    try (Archive a = Archive.openReadOnly(dir)) {
      assertEquals(Optional.of(ReadAdvice.RANDOM), adviceOf(a).apply("_0.fdt", IOContext.DEFAULT));
    }
  }

  @Test
  void aBulkWriterKeepsLucenesDefaultEverywhere(@TempDir Path dir) throws Exception {
    try (Archive a = Archive.openForBulkWriting(dir)) {
      assertEquals(Optional.empty(), adviceOf(a).apply("_0_Lucene104_0.pos", IOContext.DEFAULT));
      assertEquals(Optional.empty(), adviceOf(a).apply("_0.fdt", IOContext.DEFAULT));
      assertInstanceOf(TieredMergePolicy.class, a.writer().getConfig().getMergePolicy(), "Lucene's own merges");
    }
  }

  /** The directory's advice; Lucene 10.5's MMapDirectory has no getter for it. */
  @SuppressWarnings("unchecked")
  private static BiFunction<String, IOContext, Optional<ReadAdvice>> adviceOf(Archive a) throws Exception {
    MMapDirectory mapped = assertInstanceOf(MMapDirectory.class, a.directory(), "64-bit JVMs map the index");
    Field f = MMapDirectory.class.getDeclaredField("readAdvice");
    f.setAccessible(true);
    return (BiFunction<String, IOContext, Optional<ReadAdvice>>) f.get(mapped);
  }
}
