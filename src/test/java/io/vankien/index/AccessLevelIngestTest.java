package io.vankien.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vankien.meta.AccessLevel;
import io.vankien.meta.DocumentMetadata;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a document's access level comes from at ingest, and that a later default leaves it alone. */
class AccessLevelIngestTest {
  @TempDir Path tmp;

  private static IngestReport ingest(Archive a, Path in, AccessLevel dflt) throws Exception {
    return Ingester.standard(a, new IngestOptions(1, 10, 1 << 20, dflt)).ingest(List.of(in), IngestListener.NONE);
  }

  private static DocumentMetadata meta(Archive a, String file, Path in) throws Exception {
    return a.bySourcePath(in.resolve(file).toAbsolutePath().normalize().toString()).orElseThrow().meta();
  }

  @Test
  void stampSidecarAndDefault() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("plain.txt"), "VĂN BẢN MẪU số 1\nNghị quyết về phát triển kinh tế.\n");
    Files.writeString(in.resolve("stamped.txt"), "VĂN BẢN MẪU số 2\nTỈNH ỦY HÀ NAM\nTỐI MẬT\nNghị quyết về quốc phòng.\n");
    Files.writeString(in.resolve("stated.txt"), "VĂN BẢN MẪU số 3\nMẬT\nNghị quyết về công khai ngân sách.\n");
    Files.writeString(in.resolve("stated.txt.meta.json"), "{\"access\": \"public\"}");
    try (Archive a = Archive.openForWriting(tmp.resolve("d"))) {
      assertEquals(3, ingest(a, in, AccessLevel.INTERNAL).ingested());
      assertEquals("nội bộ", meta(a, "plain.txt", in).access());
      assertEquals(DocumentMetadata.DEFAULT, meta(a, "plain.txt", in).sourceOf("access"));
      assertEquals("mật", meta(a, "stamped.txt", in).access());
      assertEquals(DocumentMetadata.EXTRACTED, meta(a, "stamped.txt", in).sourceOf("access"));
      assertEquals("công khai", meta(a, "stated.txt", in).access(), "the sidecar wins over the stamp");
      assertEquals(DocumentMetadata.SIDECAR, meta(a, "stated.txt", in).sourceOf("access"));
    }
    try (Archive a = Archive.openForWriting(tmp.resolve("d"))) {
      IngestReport again = ingest(a, in, AccessLevel.PUBLIC);
      assertEquals(3, again.unchanged(), "a new default does not change what is archived: " + again.summary());
      assertEquals("nội bộ", meta(a, "plain.txt", in).access());
      try (ArchiveSearcher.View anonymous = a.searcher().as(ReadScope.PUBLIC).acquire()) {
        assertEquals(1, anonymous.count(new org.apache.lucene.search.MatchAllDocsQuery()));
      }
    }
  }
}
