package io.vankien.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.meta.DocumentMetadata;
import io.vankien.testing.TestArchives;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document keeps its id across corrected versions: the path rule (the same file ingested again with other
 * bytes) and the explicit new version (an upload to a named document); every version's id finds it, every
 * version's original stays readable, and nothing else merges documents. Samples are invented (VĂN BẢN MẪU).
 */
class DocumentVersionsTest {
  @TempDir Path tmp;

  private static final String FIRST = "VĂN BẢN MẪU\nTỈNH ỦY MẪU\nSố 15-NQ/TU\nNGHỊ QUYẾT\nvề thử phiên bản\nNội dung bản đầu.\n";
  private static final String CORRECTED = FIRST.replace("bản đầu.", "bản đầu,  đã sửa một chỗ.");

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

  private static String idOf(String text) {
    return ArchivedDocument.idOf(ContentStore.sha256(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] read(InputStream in) throws Exception {
    try (in) {
      return in.readAllBytes();
    }
  }

  @Test
  void aCorrectedFileIngestedAgainKeepsTheIdAndTheOldIdAndOriginalStay() throws Exception {
    Path f = write("nq-15.txt", FIRST);
    try (Archive a = Archive.openForWriting(tmp.resolve("data"))) {
      assertEquals(1, TestArchives.ingest(a, f).ingested());
      String id = idOf(FIRST);
      Files.writeString(f, CORRECTED, StandardCharsets.UTF_8);
      IngestReport r = TestArchives.ingest(a, f);
      assertEquals(1, r.replaced(), r.summary());
      assertEquals(1, count(a), "one document, not two");

      ArchivedDocument d = a.get(id).orElseThrow(() -> new AssertionError("the first id no longer finds it"));
      assertEquals(2, d.versionNumber());
      assertEquals(ContentStore.sha256(CORRECTED.getBytes(StandardCharsets.UTF_8)), d.sha256());
      assertTrue(d.text().contains("đã sửa"), "the current text is the corrected one");
      ArchivedDocument.Version v1 = d.versions().get(0);
      assertEquals(ContentStore.sha256(FIRST.getBytes(StandardCharsets.UTF_8)), v1.sha256());
      assertEquals(ArchivedDocument.Version.VIA_INGEST, v1.replacedVia());
      assertEquals(System.getProperty("user.name"), v1.replacedBy());
      assertEquals(d.ingestedAt(), v1.since());
      assertEquals(v1.replacedAt(), d.currentSince());
      assertEquals("nq-15.txt", v1.sources().get(0).name());

      // both ids name the document; the new content's id is not a document of its own
      assertEquals(id, a.resolve(idOf(CORRECTED)).orElseThrow().id());
      assertEquals(id, a.resolve(id).orElseThrow().id());
      assertTrue(a.get(idOf(CORRECTED)).isEmpty(), "the permanent id is the only id of the document");
      assertArrayEquals(FIRST.getBytes(StandardCharsets.UTF_8), read(a.openOriginal(d, 1)));
      assertArrayEquals(CORRECTED.getBytes(StandardCharsets.UTF_8), read(a.openOriginal(d, 2)));
      assertArrayEquals(CORRECTED.getBytes(StandardCharsets.UTF_8), read(a.openOriginal(d)));
      assertThrows(IllegalArgumentException.class, () -> a.openOriginal(d, 3));

      assertEquals(1, TestArchives.ingest(a, f).unchanged(), "the same bytes again: nothing changes");
    }
    try (Archive a = Archive.openReadOnly(tmp.resolve("data"))) {
      assertEquals(2, a.resolve(idOf(CORRECTED)).orElseThrow().versionNumber(), "as committed");
    }
  }

  @Test
  void theFirstBytesBackAtTheSamePathAreAThirdVersionAndElsewhereAreRefused() throws Exception {
    Path f = write("nq-15.txt", FIRST);
    try (Archive a = Archive.openForWriting(tmp.resolve("data"))) {
      TestArchives.ingest(a, f);
      Files.writeString(f, CORRECTED, StandardCharsets.UTF_8);
      TestArchives.ingest(a, f);

      // the first bytes under another name: they are version 1 of the document, not a new document
      Path copy = write("ban-cu.txt", FIRST);
      IngestReport r = TestArchives.ingest(a, copy);
      assertEquals(1, r.failed(), r.summary());
      String reason = r.failures().get(0).reason();
      assertTrue(reason.contains("version 1 of document " + idOf(FIRST)), reason);
      assertEquals(1, count(a));
      assertTrue(a.bySourcePath(copy.toAbsolutePath().toString()).isEmpty());

      // put back at the document's own path: a third version (the first bytes current again)
      Files.writeString(f, FIRST, StandardCharsets.UTF_8);
      assertEquals(1, TestArchives.ingest(a, f).replaced());
      ArchivedDocument d = a.get(idOf(FIRST)).orElseThrow();
      assertEquals(3, d.versionNumber());
      assertEquals(d.versions().get(0).sha256(), d.sha256());
      assertEquals(1, count(a));
    }
  }

  @Test
  void aFileWhoseBytesAreAlsoElsewhereIsNotReplacedByTheCorrectionOfOneCopy() throws Exception {
    Path one = write("mot.txt", FIRST);
    write("sub/hai.txt", FIRST);
    try (Archive a = Archive.openForWriting(tmp.resolve("data"))) {
      TestArchives.ingest(a, tmp.resolve("in"));
      assertEquals(1, count(a));
      Files.writeString(one, CORRECTED, StandardCharsets.UTF_8);
      IngestReport r = TestArchives.ingest(a, tmp.resolve("in"));
      assertEquals(1, r.replaced(), r.summary());
      assertEquals(2, count(a), "the corrected copy is a document of its own; the other copy keeps the first");
      ArchivedDocument first = a.get(idOf(FIRST)).orElseThrow();
      assertEquals(1, first.versionNumber());
      assertEquals(List.of("hai.txt"), first.sources().stream().map(ArchivedDocument.Source::name).toList());
      assertEquals(1, a.get(idOf(CORRECTED)).orElseThrow().versionNumber());
    }
  }

  @Test
  void anUploadedNewVersionKeepsTheIdEditsAndBecomesTheOnlySource() throws Exception {
    Path f = write("nq-15.txt", FIRST);
    Path upload = write("upload.tmp", CORRECTED);
    try (Archive a = Archive.openForWriting(tmp.resolve("data"))) {
      Ingester ingester = TestArchives.ingester(a);
      ingester.ingest(List.of(f), IngestListener.NONE);
      String id = idOf(FIRST);
      ingester.editMetadata(id, Map.of("province", "Tỉnh Mẫu"));

      Ingester.VersionResult v = ingester.ingestNewVersion(id, "nq-15 (sửa).txt", upload, Map.of(), m -> true,
          "can-bo-a");
      assertEquals(new Ingester.VersionResult(id, IngestReport.Outcome.REPLACED, 2,
          ContentStore.sha256(CORRECTED.getBytes(StandardCharsets.UTF_8)),
          ContentStore.sha256(FIRST.getBytes(StandardCharsets.UTF_8))), v);
      ArchivedDocument d = a.get(id).orElseThrow();
      assertEquals("Tỉnh Mẫu", d.meta().province(), "a field staff edited is kept");
      assertEquals(DocumentMetadata.EDITED, d.meta().sourceOf("province"));
      assertEquals(List.of("nq-15 (sửa).txt"), d.sources().stream().map(ArchivedDocument.Source::name).toList());
      assertEquals("can-bo-a", d.versions().get(0).replacedBy());
      assertEquals(ArchivedDocument.Version.VIA_UPLOAD, d.versions().get(0).replacedVia());
      assertTrue(a.bySourcePath(f.toAbsolutePath().toString()).isEmpty(), "the old path left with its version");

      assertEquals(IngestReport.Outcome.UNCHANGED,
          ingester.ingestNewVersion(id, "again.txt", upload, Map.of(), m -> true, "can-bo-a").outcome());
      // the old file ingested again: it is version 1, refused, nothing changes
      IngestReport r = ingester.ingest(List.of(f), IngestListener.NONE);
      assertEquals(1, r.failed(), r.summary());
      assertEquals(2, a.get(id).orElseThrow().versionNumber());
      assertThrows(java.util.NoSuchElementException.class,
          () -> ingester.ingestNewVersion("0000000000000000", "x.txt", upload, Map.of(), m -> true, "can-bo-a"));
    }
  }

  @Test
  void aNewVersionIsRefusedWhenItsBytesAreAnotherDocumentOrTheCallerMayNotWrite() throws Exception {
    Path f = write("nq-15.txt", FIRST);
    Path other = write("khac.txt", "VĂN BẢN MẪU\nMột văn bản khác hẳn.\n");
    try (Archive a = Archive.openForWriting(tmp.resolve("data"))) {
      Ingester ingester = TestArchives.ingester(a);
      ingester.ingest(List.of(tmp.resolve("in")), IngestListener.NONE);
      String id = idOf(FIRST);
      assertThrows(EarlierVersionException.class,
          () -> ingester.ingestNewVersion(id, "khac.txt", other, Map.of(), m -> true, "can-bo-a"));
      Path corrected = write("sua.tmp", CORRECTED);
      assertThrows(NotAdmittedException.class,
          () -> ingester.ingestNewVersion(id, "sua.txt", corrected, Map.of(), m -> false, "can-bo-a"));
      assertEquals(1, a.get(id).orElseThrow().versionNumber());
      assertEquals(2, count(a));
    }
  }

  @Test
  void anEarlierVersionUploadedByAnAccountThatMayNotWriteItsDocumentIsRefusedWithoutNamingIt() throws Exception {
    Path f = write("nq-15.txt", FIRST);
    try (Archive a = Archive.openForWriting(tmp.resolve("data"))) {
      Ingester ingester = TestArchives.ingester(a);
      ingester.ingest(List.of(f), IngestListener.NONE);
      Files.writeString(f, CORRECTED, StandardCharsets.UTF_8);
      ingester.ingest(List.of(f), IngestListener.NONE);
      Path old = write("old.tmp", FIRST);
      // may write documents of its province only: the archived one (no province) is not its
      EarlierVersionException e = assertThrows(EarlierVersionException.class,
          () -> ingester.ingestUpload("ban-cu.txt", old, Map.of("province", "Kon Tum"),
              m -> "Kon Tum".equals(m.province())));
      assertFalse(e.getMessage().contains(idOf(FIRST)), e.getMessage());
      // the control: an account that may write it is told which document the bytes belong to
      EarlierVersionException named = assertThrows(EarlierVersionException.class,
          () -> ingester.ingestUpload("ban-cu.txt", old, Map.of(), m -> true));
      assertTrue(named.getMessage().contains(idOf(FIRST)), named.getMessage());
      assertEquals(1, count(a));
    }
  }

  @Test
  void aNewVersionWithoutTheSecretStampKeepsItsDocumentSecretAndAnOverrideSetsTheLevel() throws Exception {
    String secret = FIRST.replace("TỈNH ỦY MẪU\n", "MẬT\nTỈNH ỦY MẪU\n");
    Path f = write("mat.txt", secret);
    try (Archive a = Archive.openForWriting(tmp.resolve("data"))) {
      Ingester ingester = TestArchives.ingester(a); // default level of these tests: public
      ingester.ingest(List.of(f), IngestListener.NONE);
      String id = idOf(secret);
      assertEquals("mật", a.get(id).orElseThrow().meta().access(), "the stamp is read");
      Files.writeString(f, CORRECTED, StandardCharsets.UTF_8); // the stamp left out of the correction
      assertEquals(1, ingester.ingest(List.of(f), IngestListener.NONE).replaced());
      ArchivedDocument d = a.get(id).orElseThrow();
      assertEquals(2, d.versionNumber());
      assertEquals("mật", d.meta().access(), "version 1 is secret: the document stays so");
      try (ArchiveSearcher.View v = a.searcher().as(io.vankien.index.ReadScope.PUBLIC).acquire()) {
        assertTrue(v.resolve(id).isEmpty() && v.resolve(idOf(CORRECTED)).isEmpty(), "hidden by either id");
      }
      Path again = write("sua2.tmp", CORRECTED.replace("đã sửa", "sửa lần hai"));
      ingester.ingestNewVersion(id, "sua2.txt", again, Map.of("access", "công khai"), m -> true, "can-bo-a");
      assertEquals("công khai", a.get(id).orElseThrow().meta().access(), "stated by staff: as stated");
      assertEquals(DocumentMetadata.EDITED, a.get(id).orElseThrow().meta().sourceOf("access"));
    }
  }

  @Test
  void deletingADocumentDeletesEveryVersionsOriginal() throws Exception {
    Path f = write("nq-15.txt", FIRST);
    try (Archive a = Archive.openForWriting(tmp.resolve("data"))) {
      Ingester ingester = TestArchives.ingester(a);
      ingester.ingest(List.of(f), IngestListener.NONE);
      Files.writeString(f, CORRECTED, StandardCharsets.UTF_8);
      ingester.ingest(List.of(f), IngestListener.NONE);
      ArchivedDocument d = a.get(idOf(FIRST)).orElseThrow();
      assertTrue(ingester.delete(d.id()));
      for (String sha : d.allSha256()) {
        assertFalse(a.store().contains(sha), sha);
      }
      assertTrue(a.resolve(idOf(CORRECTED)).isEmpty());
      assertNotEquals(d.sha256(), d.versions().get(0).sha256());
    }
  }
}
