package io.vankien.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vankien.meta.DocumentMetadata;
import io.vankien.testing.TestArchives;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upgrade that reads the metadata again keeps an inferred province only as far as today's evidence holds it:
 * the older rules may have read the evidence differently, so it infers provinces again over the whole archive
 * before its one commit, as a first ingest does, on every thread count.
 */
class ArchiveUpgradeInferenceTest {
  @TempDir Path tmp;

  private void write(String name, String text, String sidecar) throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve(name), "VĂN BẢN MẪU\n" + text, StandardCharsets.UTF_8);
    Files.writeString(in.resolve(name + Ingester.SIDECAR_SUFFIX), sidecar, StandardCharsets.UTF_8);
  }

  @Test
  void aProvinceInferredFromEvidenceTheOlderRulesReadIsInferredAgain() throws Exception {
    for (int threads : new int[] {1, 3}) {
      Path data = tmp.resolve("data-" + threads);
      String an = "\"signer\":\"Nguyễn Văn An\",\"signerRole\":\"Bí thư\"";
      write("stated.txt", "Nghị quyết mẫu", "{\"province\":\"Kon Tum\"," + an + "}");
      write("unstated.txt", "Kết luận mẫu", "{" + an + "}");
      for (int i = 0; i < 12; i++) { // more documents than workers, so they really run side by side
        write("other-" + i + ".txt", "Thông báo mẫu số " + i, "{\"province\":\"Hà Tĩnh\"}");
      }
      String unstatedId;
      try (Archive a = Archive.openForWriting(data)) {
        TestArchives.ingest(a, tmp.resolve("in"));
        ArchivedDocument unstated = a.bySourcePath(tmp.resolve("in/unstated.txt").toAbsolutePath().toString())
            .orElseThrow();
        assertEquals("Kon Tum", unstated.meta().province());
        assertEquals(DocumentMetadata.INFERRED, unstated.meta().sourceOf("province"));
        unstatedId = unstated.id();
      }
      String stale = unstatedId;
      olderMetadataRules(data, d -> d.id().equals(stale) // the older rules' evidence pointed elsewhere
          ? d.withMeta(d.meta().withOverrides(java.util.Map.of("province", "Hà Tĩnh"), DocumentMetadata.INFERRED))
          : d);

      ArchiveUpgrade.Summary s = ArchiveUpgrade.upgrade(data, TestArchives::ingester, threads,
          ArchiveUpgrade.Progress.NONE);
      assertEquals(14, s.documents());
      assertEquals(14, s.reread());
      assertEquals(1, s.inferred(), "the unstated conclusion's province, inferred again from today's evidence");

      try (Archive a = Archive.openForWriting(data)) {
        DocumentMetadata m = a.get(unstatedId).orElseThrow().meta();
        assertEquals("Kon Tum", m.province(), threads + " threads");
        assertEquals(DocumentMetadata.INFERRED, m.sourceOf("province"));
        assertEquals(0, ProvinceInference.applyAll(a), "a full recomputation changes nothing");
      }
    }
  }

  /** Rewrites the records by {@code older} under a commit labelled with the previous metadata rules. */
  private static void olderMetadataRules(Path data, java.util.function.UnaryOperator<ArchivedDocument> older)
      throws Exception {
    try (FSDirectory dir = FSDirectory.open(data.resolve("lucene"))) {
      List<ArchivedDocument> docs = new ArrayList<>();
      SchemaUpgrade.forEachStored(dir, docs::add);
      DocumentMapper mapper = new DocumentMapper(Schema.facetsConfig());
      IndexWriterConfig cfg = new IndexWriterConfig(Schema.indexAnalyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
      try (IndexWriter w = new IndexWriter(dir, cfg)) {
        for (ArchivedDocument d : docs) {
          w.addDocument(mapper.toLucene(older.apply(d)));
        }
        ArchiveFormat old = new ArchiveFormat(Schema.VERSION, ArchiveFormat.ANALYSIS, ArchiveFormat.METADATA - 1,
            ArchiveFormat.EXTRACTOR);
        w.setLiveCommitData(old.userData().entrySet());
        w.commit();
      }
    }
  }
}
