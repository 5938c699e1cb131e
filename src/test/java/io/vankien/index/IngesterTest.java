package io.vankien.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.meta.DocumentMetadata;
import io.vankien.testing.TestArchives;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {
  @TempDir Path tmp;

  private Path write(String name, String text) throws Exception {
    Path p = tmp.resolve("in").resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static int count(Archive a) throws Exception {
    try (ArchiveSearcher.View v = a.searcher().acquire()) {
      return v.count(new MatchAllDocsQuery());
    }
  }

  @Test
  void reingestingUnchangedFilesDoesNothing() throws Exception {
    write("a.txt", "VĂN BẢN MẪU\nNghị quyết về xây dựng nông thôn mới");
    write("b.txt", "VĂN BẢN MẪU\nKết luận về chuyển đổi số");
    try (Archive a = Archive.openForWriting(tmp.resolve("data"))) {
      IngestReport first = TestArchives.ingest(a, tmp.resolve("in"));
      assertEquals(2, first.ingested());
      IngestReport second = TestArchives.ingest(a, tmp.resolve("in"));
      assertEquals(0, second.ingested());
      assertEquals(2, second.unchanged());
      assertEquals(2, count(a));
    }
  }

  @Test
  void sameContentUnderTwoNamesIsOneDocumentWithBothSources() throws Exception {
    write("one.txt", "VĂN BẢN MẪU\nThông báo kết luận hội nghị");
    write("sub/two.txt", "VĂN BẢN MẪU\nThông báo kết luận hội nghị");
    try (Archive a = Archive.openForWriting(tmp.resolve("data"))) {
      IngestReport r = TestArchives.ingest(a, tmp.resolve("in"));
      assertEquals(1, r.ingested());
      assertEquals(1, r.sourceAdded());
      assertEquals(1, count(a));
      ArchivedDocument d = a.searcher().byId(a.bySourcePath(tmp.resolve("in/one.txt").toString()).orElseThrow().id())
          .orElseThrow();
      assertEquals(List.of("one.txt", "two.txt"), d.sources().stream().map(ArchivedDocument.Source::name).sorted().toList());
    }
  }

  @Test
  void changedFileBecomesTheNewVersionOfItsDocumentAndKeepsTheOldOriginal() throws Exception {
    Path f = write("a.txt", "VĂN BẢN MẪU\nBản thứ nhất");
    try (Archive a = Archive.openForWriting(tmp.resolve("data"))) {
      TestArchives.ingest(a, f);
      ArchivedDocument before = a.bySourcePath(f.toAbsolutePath().toString()).orElseThrow();
      Files.writeString(f, "VĂN BẢN MẪU\nBản thứ hai, đã sửa");
      IngestReport r = TestArchives.ingest(a, f);
      assertEquals(1, r.replaced());
      assertEquals(1, count(a));
      ArchivedDocument after = a.bySourcePath(f.toAbsolutePath().toString()).orElseThrow();
      assertEquals(before.id(), after.id(), "the document keeps its id (the path rule, DocumentVersionsTest)");
      assertFalse(before.sha256().equals(after.sha256()));
      assertTrue(a.store().contains(before.sha256()), "old original kept as version 1");
      try (var in = a.openOriginal(after)) {
        assertArrayEquals(Files.readAllBytes(f), in.readAllBytes());
      }
    }
  }

  @Test
  void aBadFileIsReportedAndTheOthersAreStillIngested() throws Exception {
    write("good.txt", "VĂN BẢN MẪU\nBáo cáo tình hình");
    write("empty.txt", "");
    byte[] garbage = new byte[4096];
    new java.util.Random(42).nextBytes(garbage);
    garbage[0] = 0; // binary, no byte-order mark
    Files.write(tmp.resolve("in/garbage.txt"), garbage);
    try (Archive a = Archive.openForWriting(tmp.resolve("data"))) {
      IngestReport r = TestArchives.ingest(a, tmp.resolve("in"));
      assertEquals(1, r.ingested());
      assertEquals(2, r.failed());
      assertTrue(r.failures().stream().anyMatch(x -> x.file().endsWith("empty.txt") && x.reason().contains("empty")),
          r.failures().toString());
      assertEquals(1, count(a));
    }
  }

  @Test
  void sidecarOverridesFieldsAndRecordsProvenance() throws Exception {
    Path f = write("c.txt", "VĂN BẢN MẪU\nKết luận hội nghị");
    Files.writeString(tmp.resolve("in/c.txt.meta.json"), "{\"province\": \"Kon Tum\", \"type\": \"Kết luận\"}");
    try (Archive a = Archive.openForWriting(tmp.resolve("data"))) {
      IngestReport r = TestArchives.ingest(a, tmp.resolve("in"));
      assertEquals(1, r.ingested(), "the sidecar itself is not a document");
      ArchivedDocument d = a.bySourcePath(f.toAbsolutePath().toString()).orElseThrow();
      assertEquals("Kon Tum", d.meta().province());
      assertEquals("sidecar", d.meta().sourceOf("province"));
      assertEquals("Kết luận", d.meta().type());
    }
  }

  @Test
  void aSecondWriterGetsAClearError() throws Exception {
    try (Archive a = Archive.openForWriting(tmp.resolve("data"))) {
      ArchiveException e = org.junit.jupiter.api.Assertions.assertThrows(ArchiveException.class,
          () -> Archive.openForWriting(tmp.resolve("data")));
      assertTrue(e.getMessage().contains("in use"), e.getMessage());
    }
  }

  @Test
  void provinceIsInferredFromTheSameSignerWithTheSameRoleAndMarkedSo() throws Exception {
    Path stated = write("stated.txt", "VĂN BẢN MẪU\nNghị quyết");
    Files.writeString(tmp.resolve("in/stated.txt.meta.json"),
        "{\"province\":\"Kon Tum\",\"signer\":\"Nguyễn Văn An\",\"signerRole\":\"Bí thư\"}");
    Path unstated = write("unstated.txt", "VĂN BẢN MẪU\nKết luận");
    Files.writeString(tmp.resolve("in/unstated.txt.meta.json"),
        "{\"signer\":\"Nguyễn Văn An\",\"signerRole\":\"Bí thư\"}");
    Path otherRole = write("other-role.txt", "VĂN BẢN MẪU\nThông báo");
    Files.writeString(tmp.resolve("in/other-role.txt.meta.json"),
        "{\"signer\":\"Nguyễn Văn An\",\"signerRole\":\"Phó Bí thư\"}");
    Path ambiguous = write("ambiguous.txt", "VĂN BẢN MẪU\nBáo cáo");
    write("b1.txt", "VĂN BẢN MẪU\nBáo cáo một");
    write("b2.txt", "VĂN BẢN MẪU\nBáo cáo hai");
    Files.writeString(tmp.resolve("in/ambiguous.txt.meta.json"), "{\"signer\":\"Trần Văn Bình\",\"signerRole\":\"Chủ tịch\"}");
    Files.writeString(tmp.resolve("in/b1.txt.meta.json"),
        "{\"province\":\"Nghệ An\",\"signer\":\"Trần Văn Bình\",\"signerRole\":\"Chủ tịch\"}");
    Files.writeString(tmp.resolve("in/b2.txt.meta.json"),
        "{\"province\":\"Hà Tĩnh\",\"signer\":\"Trần Văn Bình\",\"signerRole\":\"Chủ tịch\"}");
    try (Archive a = Archive.openForWriting(tmp.resolve("data"))) {
      TestArchives.ingest(a, tmp.resolve("in"));
      ArchivedDocument d = a.bySourcePath(unstated.toAbsolutePath().toString()).orElseThrow();
      assertEquals("Kon Tum", d.meta().province());
      assertEquals("Quảng Ngãi", d.meta().provinceCurrent());
      assertEquals("inferred", d.meta().sourceOf("province"));
      assertEquals(null, a.bySourcePath(otherRole.toAbsolutePath().toString()).orElseThrow().meta().province(),
          "another role is no evidence");
      assertEquals(null, a.bySourcePath(ambiguous.toAbsolutePath().toString()).orElseThrow().meta().province(),
          "a signer seen in two provinces is no evidence");
      assertEquals("sidecar", a.bySourcePath(stated.toAbsolutePath().toString()).orElseThrow().meta().sourceOf("province"));
    }
  }

  @Test
  void removingASidecarGivesTheExtractedValuesBackButKeepsEdits() throws Exception {
    Path f = write("d.txt", "VĂN BẢN MẪU\nTỈNH ỦY HƯNG YÊN\nSố 05-KL/TU\nHưng Yên, ngày 03 tháng 4 năm 2022\n"
        + "KẾT LUẬN\ncủa Ban Thường vụ Tỉnh ủy về công tác cán bộ\n");
    Path sidecar = tmp.resolve("in/d.txt.meta.json");
    Files.writeString(sidecar, "{\"province\": \"Kon Tum\", \"number\": \"99-KL/TU\"}");
    try (Archive a = Archive.openForWriting(tmp.resolve("data"))) {
      TestArchives.ingest(a, tmp.resolve("in"));
      ArchivedDocument d = a.bySourcePath(f.toAbsolutePath().toString()).orElseThrow();
      assertEquals("Kon Tum", d.meta().province());
      Ingester ingester = TestArchives.ingester(a);
      ingester.editMetadata(d.id(), java.util.Map.of("signer", "Nguyễn Văn Mẫu"));

      Files.delete(sidecar);
      IngestReport r = TestArchives.ingest(a, tmp.resolve("in"));
      assertEquals(1, r.replaced(), "the same file without its sidecar is a metadata change");
      DocumentMetadata m = a.bySourcePath(f.toAbsolutePath().toString()).orElseThrow().meta();
      assertEquals("Hưng Yên", m.province(), "the extracted province is back");
      assertEquals("extracted", m.sourceOf("province"));
      assertEquals("05-KL/TU", m.number());
      assertEquals("Nguyễn Văn Mẫu", m.signer(), "an edit made through the API survives re-ingest");
      assertEquals("edited", m.sourceOf("signer"));
      assertEquals(1, TestArchives.ingest(a, tmp.resolve("in")).unchanged(), "and then nothing changes");
    }
  }

  @Test
  void anInferredProvinceIsTakenBackWhenItsEvidenceIsDeleted() throws Exception {
    Path stated = write("stated.txt", "VĂN BẢN MẪU\nNghị quyết");
    Files.writeString(tmp.resolve("in/stated.txt.meta.json"),
        "{\"province\":\"Kon Tum\",\"signer\":\"Nguyễn Văn An\",\"signerRole\":\"Bí thư\"}");
    Path unstated = write("unstated.txt", "VĂN BẢN MẪU\nKết luận");
    Files.writeString(tmp.resolve("in/unstated.txt.meta.json"),
        "{\"signer\":\"Nguyễn Văn An\",\"signerRole\":\"Bí thư\"}");
    try (Archive a = Archive.openForWriting(tmp.resolve("data"))) {
      TestArchives.ingest(a, tmp.resolve("in"));
      assertEquals("inferred", a.bySourcePath(unstated.toAbsolutePath().toString()).orElseThrow().meta().sourceOf("province"));
      String statedId = a.bySourcePath(stated.toAbsolutePath().toString()).orElseThrow().id();
      assertTrue(TestArchives.ingester(a).delete(statedId));
      Files.delete(stated);
      TestArchives.ingest(a, tmp.resolve("in"));
      DocumentMetadata m = a.bySourcePath(unstated.toAbsolutePath().toString()).orElseThrow().meta();
      assertEquals(null, m.province(), "no evidence left");
      assertEquals(null, m.provinceCurrent());
      assertEquals("extracted", m.sourceOf("province"));
    }
  }
}
