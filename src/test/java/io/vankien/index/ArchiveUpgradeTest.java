package io.vankien.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.meta.AccessLevel;
import io.vankien.meta.DocumentMetadata;
import io.vankien.testing.TestArchives;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archives of an older {@link ArchiveFormat}, built as SchemaUpgradeTest builds them (the commit rewritten with
 * older user data, the records as the older rules left them), refused by every open and upgraded by {@link
 * ArchiveUpgrade} with every document, id, version, edit, sidecar value and access level intact.
 */
class ArchiveUpgradeTest {
  @TempDir Path tmp;

  // Sample texts (VĂN BẢN MẪU), not real documents.
  private static final String EDITED = "VĂN BẢN MẪU\nTỈNH ỦY HÀ NAM\nSố 07-NQ/TU\nHà Nam, ngày 14 tháng 3 năm 2022\n"
      + "NGHỊ QUYẾT\nvề chuyển đổi số trong cơ quan Đảng\nNội dung mẫu về chuyển đổi số.";
  private static final String SIDECARRED = "VĂN BẢN MẪU\nTỈNH ỦY BẮC GIANG\nSố 12-KL/TU\n"
      + "Bắc Giang, ngày 2 tháng 6 năm 2021\nKẾT LUẬN\nvề phát triển du lịch\nNội dung mẫu về du lịch.";
  private static final String FIRST = "VĂN BẢN MẪU\nTỈNH ỦY NGHỆ AN\nSố 21-CT/TU\nNghệ An, ngày 5 tháng 1 năm 2020\n"
      + "CHỈ THỊ\nvề cải cách hành chính\nBản đầu.";
  private static final String CORRECTED = FIRST.replace("Bản đầu.", "Bản đã sửa lỗi chính tả.");
  private static final String STAMPED = "VĂN BẢN MẪU\nMẬT\nTỈNH ỦY QUẢNG BÌNH\nSố 03-TB/TU\n"
      + "Quảng Bình, ngày 9 tháng 9 năm 2023\nTHÔNG BÁO\nvề công tác cán bộ\nNội dung mẫu.";

  private Path data;
  private String editedId;
  private String sidecarId;
  private String versionedId;
  private String stampedId;
  private Map<String, ArchivedDocument> before;

  @BeforeEach
  void archive() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Path edited = write(in.resolve("nq-07.txt"), EDITED);
    Path sidecarred = write(in.resolve("kl-12.txt"), SIDECARRED);
    Path sidecar = write(in.resolve("kl-12.txt" + Ingester.SIDECAR_SUFFIX),
        "{\"signer\":\"Nguyễn Văn Mẫu\",\"access\":\"restricted\"}");
    Path versioned = write(in.resolve("ct-21.txt"), FIRST);
    Path stamped = write(in.resolve("tb-03.txt"), STAMPED);
    Path upload = write(tmp.resolve("upload.tmp"), CORRECTED);
    data = tmp.resolve("data");
    try (Archive a = Archive.openForWriting(data)) {
      Ingester ingester = TestArchives.ingester(a);
      ingester.ingest(List.of(in), IngestListener.NONE);
      editedId = a.bySourcePath(edited.toAbsolutePath().toString()).orElseThrow().id();
      sidecarId = a.bySourcePath(sidecarred.toAbsolutePath().toString()).orElseThrow().id();
      versionedId = a.bySourcePath(versioned.toAbsolutePath().toString()).orElseThrow().id();
      stampedId = a.bySourcePath(stamped.toAbsolutePath().toString()).orElseThrow().id();
      ingester.editMetadata(editedId, Map.of("province", "Tỉnh Mẫu", "title", "Tiêu đề do cán bộ sửa"));
      ingester.ingestNewVersion(versionedId, "ct-21 (sửa).txt", upload, Map.of(), m -> true, "can-bo-a");
      ingester.commit();
      before = new LinkedHashMap<>();
      for (String id : List.of(editedId, sidecarId, versionedId, stampedId)) {
        before.put(id, a.get(id).orElseThrow());
      }
    }
    Files.delete(sidecar); // the upgrade keeps what the sidecar gave without reading it again
    assertEquals(AccessLevel.RESTRICTED, before.get(sidecarId).meta().accessLevel().orElseThrow());
    assertEquals(DocumentMetadata.SIDECAR, before.get(sidecarId).meta().sourceOf("signer"));
    assertEquals(AccessLevel.RESTRICTED, before.get(stampedId).meta().accessLevel().orElseThrow(), "the MẬT stamp is read");
    assertEquals(2, before.get(versionedId).versionNumber());
    assertEquals(DocumentMetadata.EDITED, before.get(editedId).meta().sourceOf("title"));
  }

  private static Path write(Path p, String text) throws Exception {
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  /** Rewrites the archive as an older vankien left it: its records changed by {@code older}, its commit so labelled. */
  private void rewriteAs(ArchiveFormat format, UnaryOperator<ArchivedDocument> older) throws Exception {
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
        w.setLiveCommitData(format.userData().entrySet());
        w.commit();
      }
    }
  }

  private static ArchiveFormat with(int schema, int analysis, int metadata, int extractor) {
    return new ArchiveFormat(schema, analysis, metadata, extractor);
  }

  private static ArchiveUpgrade.Summary upgrade(Path data) throws Exception {
    return ArchiveUpgrade.upgrade(data, TestArchives::ingester, 2, ArchiveUpgrade.Progress.NONE);
  }

  private Map<String, ArchivedDocument> after() throws Exception {
    Map<String, ArchivedDocument> out = new LinkedHashMap<>();
    try (Archive a = Archive.openReadOnly(data)) {
      assertEquals(before.size(), a.searcher().acquire().count(new org.apache.lucene.search.MatchAllDocsQuery()));
      for (String id : before.keySet()) {
        out.put(id, a.get(id).orElseThrow(() -> new AssertionError("lost " + id)));
      }
      assertEquals(ArchiveFormat.CURRENT, a.recordedFormat());
    }
    return out;
  }

  @Test
  void newMetadataRulesReadTheMetadataAgainFromTheStoredTextKeepingEditsSidecarValuesAndLevels() throws Exception {
    ArchiveFormat old = with(Schema.VERSION, ArchiveFormat.ANALYSIS, ArchiveFormat.METADATA - 1,
        ArchiveFormat.EXTRACTOR);
    // the older rules read no number and no date of the stamped notice, and left the sidecar's signer as given
    rewriteAs(old, d -> d.id().equals(stampedId)
        ? d.withMeta(d.meta().withOverrides(Map.of("number", "SAI", "date", "1999-01-01"), DocumentMetadata.EXTRACTED))
        : d);

    ArchiveFormatException refused = assertThrows(ArchiveFormatException.class, () -> Archive.openForWriting(data));
    assertTrue(refused.getMessage().contains("quy tắc đọc siêu dữ liệu " + (ArchiveFormat.METADATA - 1)
        + " (phiên bản này: " + ArchiveFormat.METADATA + ")"), refused.getMessage());
    assertTrue(refused.getMessage().contains("./vankien upgrade --index " + data), refused.getMessage());
    assertThrows(ArchiveFormatException.class, () -> Archive.openReadOnly(data));

    ArchiveUpgrade.Summary s = upgrade(data);
    assertEquals(4, s.documents());
    assertEquals(4, s.reread());
    assertEquals(1, s.metadataChanged(), "only the stamped notice reads differently");
    assertEquals(0, s.reparsed());

    Map<String, ArchivedDocument> now = after();
    assertEquals(before, now, "every record as it was before the older rules' misreading");
    assertEquals("03-TB/TU", now.get(stampedId).meta().number());
    assertEquals(List.of(), upgrade(data).keptText());
    assertTrue(upgrade(data).changedNothing(), "a second run finds it current");
  }

  @Test
  void newRulesThatNoLongerReadALevelLeaveItAsItWas() throws Exception {
    // the older rules read the edited resolution as secret (its text has no stamp: today's rules read none)
    rewriteAs(with(Schema.VERSION, ArchiveFormat.ANALYSIS, ArchiveFormat.METADATA - 1, ArchiveFormat.EXTRACTOR),
        d -> d.id().equals(editedId)
            ? d.withMeta(d.meta().withOverrides(Map.of("access", AccessLevel.RESTRICTED.label()), DocumentMetadata.EXTRACTED))
            : d);
    upgrade(data);
    try (Archive a = Archive.openReadOnly(data)) {
      DocumentMetadata m = a.get(editedId).orElseThrow().meta();
      assertEquals(AccessLevel.RESTRICTED, m.accessLevel().orElseThrow(), "an upgrade never opens a document wider");
      assertEquals("Tiêu đề do cán bộ sửa", m.title());
    }
  }

  @Test
  void aNewExtractorParsesTheStoredOriginalsAgainThenReadsTheMetadata() throws Exception {
    ArchiveFormat old = with(Schema.VERSION, ArchiveFormat.ANALYSIS, ArchiveFormat.METADATA,
        ArchiveFormat.EXTRACTOR - 1);
    // the older extractor lost the versioned document's last line, and the number with it
    rewriteAs(old, d -> d.id().equals(versionedId)
        ? d.withText("VĂN BẢN MẪU\nmột văn bản đọc sai").withMeta(d.meta().withOverrides(Map.of("number", "SAI"),
            DocumentMetadata.EXTRACTED))
        : d);
    assertThrows(ArchiveFormatException.class, () -> Archive.openForWriting(data));

    ArchiveUpgrade.Summary s = upgrade(data);
    assertEquals(4, s.reparsed());
    assertEquals(1, s.metadataChanged());
    Map<String, ArchivedDocument> now = after();
    assertEquals(before, now);
    assertTrue(now.get(versionedId).text().contains("Bản đã sửa lỗi chính tả."), "the current version's original");
    assertEquals(versionedId, now.get(versionedId).id());
  }

  @Test
  void aMissingOriginalKeepsItsStoredTextAndIsListed() throws Exception {
    rewriteAs(with(Schema.VERSION, ArchiveFormat.ANALYSIS, ArchiveFormat.METADATA, ArchiveFormat.EXTRACTOR - 1),
        d -> d);
    Files.delete(new ContentStore(data.resolve("store")).pathOf(before.get(stampedId).sha256()));
    ArchiveUpgrade.Summary s = upgrade(data);
    assertEquals(3, s.reparsed());
    assertEquals(1, s.keptText().size());
    assertTrue(s.keptText().get(0).startsWith(stampedId), s.keptText().toString());
    assertEquals(before, after());
  }

  @Test
  void aNewSchemaOrAnalysisReindexesTheStoredRecordsAsTheyAre() throws Exception {
    rewriteAs(with(Schema.VERSION - 1, ArchiveFormat.ANALYSIS - 1, ArchiveFormat.METADATA, ArchiveFormat.EXTRACTOR),
        d -> d);
    ArchiveFormatException e = assertThrows(ArchiveFormatException.class, () -> Archive.openForWriting(data));
    assertTrue(e.getMessage().contains("lược đồ chỉ mục " + (Schema.VERSION - 1)), e.getMessage());
    assertTrue(e.getMessage().contains("chuỗi phân tích " + (ArchiveFormat.ANALYSIS - 1)), e.getMessage());
    ArchiveUpgrade.Summary s = upgrade(data);
    assertEquals(4, s.documents());
    assertEquals(0, s.reread());
    assertEquals(before, after());
  }

  @Test
  void anUpgradeStoppedMidWayLeavesTheArchiveAsItWas() throws Exception {
    ArchiveFormat old = with(Schema.VERSION, ArchiveFormat.ANALYSIS, ArchiveFormat.METADATA - 1,
        ArchiveFormat.EXTRACTOR);
    rewriteAs(old, d -> d.withMeta(d.meta().withOverrides(Map.of("number", "CŨ"), DocumentMetadata.EXTRACTED)));
    List<ArchivedDocument> oldRecords = stored();

    RuntimeException stop = new RuntimeException("dừng giữa chừng");
    ArchiveUpgrade.Progress failing = new ArchiveUpgrade.Progress() {
      @Override
      public void advanced(int done) {
        if (done == 3) {
          throw stop;
        }
      }
    };
    assertEquals(stop, assertThrows(RuntimeException.class,
        () -> ArchiveUpgrade.upgrade(data, TestArchives::ingester, 2, failing)));

    assertEquals(oldRecords, stored(), "no record changed");
    try (FSDirectory dir = FSDirectory.open(data.resolve("lucene"))) {
      assertEquals(old, SchemaUpgrade.recorded(dir), "still the old format");
    }
    assertThrows(ArchiveFormatException.class, () -> Archive.openReadOnly(data));

    assertNotEquals(0, upgrade(data).metadataChanged(), "run again, it completes");
    assertEquals(before, after());
  }

  @Test
  void aNewerFormatIsRefusedAndNotDowngraded() throws Exception {
    rewriteAs(with(Schema.VERSION + 1, ArchiveFormat.ANALYSIS, ArchiveFormat.METADATA, ArchiveFormat.EXTRACTOR),
        d -> d);
    ArchiveFormatException e = assertThrows(ArchiveFormatException.class, () -> Archive.openForWriting(data));
    assertTrue(e.getMessage().contains("mới hơn"), e.getMessage());
    assertFalse(e.getMessage().contains("upgrade"), e.getMessage());
    assertThrows(ArchiveFormatException.class, () -> upgrade(data));
  }

  @Test
  void anArchiveRecordingOnlyTheSchemaIsOfTheFirstNumberedFormat() throws Exception {
    // what vankien wrote before the other numbers were recorded: they count as 1
    try (FSDirectory dir = FSDirectory.open(data.resolve("lucene"));
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Schema.indexAnalyzer()))) {
      w.setLiveCommitData(Map.of(SchemaUpgrade.KEY, String.valueOf(Schema.VERSION)).entrySet());
      w.commit();
    }
    ArchiveFormat recorded;
    try (FSDirectory dir = FSDirectory.open(data.resolve("lucene"))) {
      recorded = SchemaUpgrade.recorded(dir);
    }
    assertEquals(with(Schema.VERSION, 1, 1, 1), recorded);
  }

  @Test
  void aNewArchiveRecordsTheCurrentFormatEvenWhenClosedEmpty() throws Exception {
    Path fresh = tmp.resolve("fresh");
    Archive.openForWriting(fresh).close();
    try (FSDirectory dir = FSDirectory.open(fresh.resolve("lucene"))) {
      assertEquals(ArchiveFormat.CURRENT, SchemaUpgrade.recorded(dir));
    }
    Archive.openReadOnly(fresh).close();
  }

  private List<ArchivedDocument> stored() throws Exception {
    List<ArchivedDocument> docs = new ArrayList<>();
    try (FSDirectory dir = FSDirectory.open(data.resolve("lucene"))) {
      SchemaUpgrade.forEachStored(dir, docs::add);
    }
    return docs;
  }
}
