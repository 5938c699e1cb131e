package io.vankien.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vankien.search.SearchRequest;
import io.vankien.search.SearchResult;
import io.vankien.search.SearchService;
import io.vankien.testing.TestArchives;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaUpgradeTest {
  @TempDir Path tmp;

  private static void upgrade(Path data) throws java.io.IOException {
    ArchiveUpgrade.Summary s = ArchiveUpgrade.upgrade(data, TestArchives::ingester, 2, ArchiveUpgrade.Progress.NONE);
    assertEquals(false, s.changedNothing());
  }

  private static final String TEXT = "VĂN BẢN MẪU\nTỈNH ỦY HÀ NAM\nSố 07-NQ/TU\nNGHỊ QUYẾT\nvề chuyển đổi số";

  @Test
  void anArchiveOfAnOlderSchemaIsReindexedFromItsStoredRecords() throws Exception {
    Path in = tmp.resolve("in/a.txt");
    Files.createDirectories(in.getParent());
    Files.writeString(in, TEXT, StandardCharsets.UTF_8);
    Path data = tmp.resolve("data");
    try (Archive a = Archive.openForWriting(data)) {
      TestArchives.ingest(a, in.getParent());
      assertEquals(1, a.searcher().acquire().count(new TermQuery(new Term(Schema.NUMBER_KEY, "7-nq/tu"))));
    }
    // Rewrite the archive the way an older version would have: no number key,
    // and a commit recording schema 1.
    try (FSDirectory dir = FSDirectory.open(data.resolve("lucene"))) {
      Document old;
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        StoredFields sf = r.storedFields();
        Document stored = sf.document(0);
        old = new Document();
        old.add(new StringField(Schema.ID, stored.get(Schema.ID), Field.Store.YES));
        old.add(new StoredField(Schema.RECORD, stored.get(Schema.RECORD)));
        old.add(new Field(Schema.TEXT, stored.get(Schema.TEXT), Schema.TEXT_TYPE));
      }
      IndexWriterConfig cfg = new IndexWriterConfig(new StandardAnalyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
      try (IndexWriter w = new IndexWriter(dir, cfg)) {
        w.addDocument(old);
        w.setLiveCommitData(Map.of(SchemaUpgrade.KEY, "1").entrySet());
        w.commit();
      }
    }
    assertThrows(ArchiveFormatException.class, () -> Archive.openForWriting(data));
    upgrade(data);
    try (Archive a = Archive.openForWriting(data);
        ArchiveSearcher.View v = a.searcher().acquire()) {
      assertEquals(1, v.count(new TermQuery(new Term(Schema.NUMBER_KEY, "7-nq/tu"))));
      assertEquals(true, v.load(0).text().contains("chuyển đổi số"));
    }
    try (FSDirectory dir = FSDirectory.open(data.resolve("lucene"))) {
      assertEquals(String.valueOf(Schema.VERSION),
          SegmentInfos.readLatestCommit(dir).getUserData().get(SchemaUpgrade.KEY));
    }
  }

  @Test
  void anArchiveOfSchema6IsRecountedUnderOneIssuerAndOneTermValue() throws Exception {
    Path in = tmp.resolve("in6/a.txt");
    Files.createDirectories(in.getParent());
    Files.writeString(in, TEXT, StandardCharsets.UTF_8);
    Files.writeString(in.resolveSibling("a.txt.meta.json"), "{\"issuer\":\"Ban Chấp hành Đảng bộ tỉnh Hà Nam\","
        + "\"province\":\"Hà Nam\",\"level\":\"provincial\",\"term\":\"khóa XX\",\"date\":\"2022-03-14\"}",
        StandardCharsets.UTF_8);
    Path data = tmp.resolve("data6");
    try (Archive a = Archive.openForWriting(data)) {
      TestArchives.ingest(a, in.getParent());
    }
    // As schema 6 wrote it: the facets held the record's typed issuer and term.
    try (FSDirectory dir = FSDirectory.open(data.resolve("lucene"))) {
      Document old = new Document();
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        Document stored = r.storedFields().document(0);
        old.add(new StringField(Schema.ID, stored.get(Schema.ID), Field.Store.YES));
        old.add(new StoredField(Schema.RECORD, stored.get(Schema.RECORD)));
        old.add(new Field(Schema.TEXT, stored.get(Schema.TEXT), Schema.TEXT_TYPE));
        old.add(new SortedSetDocValuesFacetField(Schema.F_ISSUER, "Ban Chấp hành Đảng bộ tỉnh Hà Nam"));
        old.add(new SortedSetDocValuesFacetField(Schema.F_TERM, "khóa XX"));
      }
      IndexWriterConfig cfg = new IndexWriterConfig(new StandardAnalyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
      try (IndexWriter w = new IndexWriter(dir, cfg)) {
        w.addDocument(Schema.facetsConfig().build(old));
        w.setLiveCommitData(Map.of(SchemaUpgrade.KEY, "6").entrySet());
        w.commit();
      }
    }
    upgrade(data);
    try (Archive a = Archive.openForWriting(data)) {
      SearchResult r = new SearchService(a.searcher()).search(SearchRequest.of(""));
      assertEquals(List.of("Tỉnh ủy Hà Nam"), r.facets().get(Schema.F_ISSUER).stream().map(SearchResult.FacetValue::value).toList());
      assertEquals(List.of("Đại hội XX (2020-2025)"),
          r.facets().get(Schema.F_TERM).stream().map(SearchResult.FacetValue::value).toList());
      assertEquals("Ban Chấp hành Đảng bộ tỉnh Hà Nam", r.hits().get(0).issuer(), "the record keeps the typed issuer");
    }
  }

  @Test
  void anArchiveOfSchema7GetsTheVersionIdsAndItsRecordsReadAsNeverReplaced() throws Exception {
    Path in = tmp.resolve("in7/a.txt");
    Files.createDirectories(in.getParent());
    Files.writeString(in, TEXT, StandardCharsets.UTF_8);
    Path data = tmp.resolve("data7");
    String id;
    try (Archive a = Archive.openForWriting(data)) {
      TestArchives.ingest(a, in.getParent());
      id = a.bySourcePath(in.toAbsolutePath().toString()).orElseThrow().id();
    }
    // As schema 7 wrote it: no version ids, and a record without the versions list.
    try (FSDirectory dir = FSDirectory.open(data.resolve("lucene"))) {
      Document old = new Document();
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        Document stored = r.storedFields().document(0);
        com.fasterxml.jackson.databind.node.ObjectNode record = (com.fasterxml.jackson.databind.node.ObjectNode)
            DocumentMapper.JSON.readTree(stored.get(Schema.RECORD));
        assertEquals(true, record.has("versions"));
        record.remove("versions");
        old.add(new StringField(Schema.ID, stored.get(Schema.ID), Field.Store.YES));
        old.add(new StoredField(Schema.RECORD, DocumentMapper.JSON.writeValueAsString(record)));
        old.add(new Field(Schema.TEXT, stored.get(Schema.TEXT), Schema.TEXT_TYPE));
      }
      IndexWriterConfig cfg = new IndexWriterConfig(new StandardAnalyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
      try (IndexWriter w = new IndexWriter(dir, cfg)) {
        w.addDocument(old);
        w.setLiveCommitData(Map.of(SchemaUpgrade.KEY, "7").entrySet());
        w.commit();
      }
    }
    org.junit.jupiter.api.Assertions.assertThrows(ArchiveException.class, () -> Archive.openReadOnly(data),
        "a reader of schema 8 does not read schema 7 unupgraded");
    upgrade(data);
    try (Archive a = Archive.openForWriting(data)) {
      ArchivedDocument d = a.resolve(id).orElseThrow(() -> new AssertionError("version id not indexed by the upgrade"));
      assertEquals(List.of(), d.versions());
      assertEquals(1, d.versionNumber());
    }
  }
}
