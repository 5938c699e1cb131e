package io.vankien.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vankien.meta.DocumentMetadata;
import io.vankien.testing.TestArchives;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Province inference recomputes only the signer groups a change touched: after every step (ingest, new
 * evidence, an edit, a changed sidecar, a delete) a full recomputation over the whole archive changes
 * nothing.
 */
class ProvinceInferenceIncrementalTest {
  @TempDir Path tmp;

  private Path write(String name, String text, String sidecar) throws Exception {
    Path p = tmp.resolve("in").resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "VĂN BẢN MẪU\n" + text, StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve("in").resolve(name + ".meta.json"), sidecar, StandardCharsets.UTF_8);
    return p;
  }

  private static DocumentMetadata meta(Archive a, Path f) throws Exception {
    return a.bySourcePath(f.toAbsolutePath().toString()).orElseThrow().meta();
  }

  private static void assertSameAsFullRecomputation(Archive a) throws Exception {
    assertEquals(0, ProvinceInference.applyAll(a), "a full recomputation would change documents");
  }

  @Test
  void afterEveryChangeAFullRecomputationChangesNothing() throws Exception {
    String an = "\"signer\":\"Nguyễn Văn An\",\"signerRole\":\"Bí thư\"";
    String binh = "\"signer\":\"Trần Văn Bình\",\"signerRole\":\"Chủ tịch\"";
    Path stated = write("stated.txt", "Nghị quyết", "{\"province\":\"Kon Tum\"," + an + "}");
    Path unstated = write("unstated.txt", "Kết luận", "{" + an + "}");
    write("other.txt", "Thông báo", "{\"province\":\"Hà Tĩnh\"," + binh + "}");
    try (Archive a = Archive.openForWriting(tmp.resolve("data"))) {
      TestArchives.ingest(a, tmp.resolve("in"));
      assertEquals("Kon Tum", meta(a, unstated).province());
      assertEquals("inferred", meta(a, unstated).sourceOf("province"));
      assertSameAsFullRecomputation(a);

      Files.writeString(tmp.resolve("in/stated.txt.meta.json"), "{\"province\":\"Kon Tum\"," + binh + "}");
      TestArchives.ingest(a, tmp.resolve("in"));
      assertEquals(null, meta(a, unstated).province(), "the evidence moved to another signer group");
      assertSameAsFullRecomputation(a);
      Files.writeString(tmp.resolve("in/stated.txt.meta.json"), "{\"province\":\"Kon Tum\"," + an + "}");
      TestArchives.ingest(a, tmp.resolve("in"));
      assertEquals("Kon Tum", meta(a, unstated).province(), "and back");
      assertSameAsFullRecomputation(a);

      Path second = write("second.txt", "Báo cáo", "{\"province\":\"Nghệ An\"," + an + "}");
      TestArchives.ingest(a, second);
      assertEquals(null, meta(a, unstated).province(), "two provinces for the signer: no evidence");
      assertSameAsFullRecomputation(a);

      Ingester ingester = TestArchives.ingester(a);
      ingester.editMetadata(a.bySourcePath(second.toAbsolutePath().toString()).orElseThrow().id(),
          Map.of("province", "Kon Tum"));
      assertEquals("Kon Tum", meta(a, unstated).province(), "the edit made the evidence agree again");
      assertSameAsFullRecomputation(a);

      Files.writeString(tmp.resolve("in/unstated.txt.meta.json"), "{" + binh + "}");
      TestArchives.ingest(a, tmp.resolve("in"));
      assertEquals("Hà Tĩnh", meta(a, unstated).province(), "moved to the other signer's group");
      assertEquals("inferred", meta(a, unstated).sourceOf("province"));
      assertSameAsFullRecomputation(a);

      Files.writeString(tmp.resolve("in/unstated.txt.meta.json"), "{}");
      TestArchives.ingest(a, tmp.resolve("in"));
      assertSameAsFullRecomputation(a);

      Files.writeString(tmp.resolve("in/unstated.txt.meta.json"), "{" + an + "}");
      TestArchives.ingest(a, tmp.resolve("in"));
      assertEquals("Nghệ An", meta(a, second).province(), "re-ingest applies the second's sidecar again");
      assertEquals(null, meta(a, unstated).province());
      assertSameAsFullRecomputation(a);
      assertTrue(ingester.delete(a.bySourcePath(second.toAbsolutePath().toString()).orElseThrow().id()));
      assertEquals("Kon Tum", meta(a, unstated).province(), "one province left for the signer");
      assertSameAsFullRecomputation(a);
      assertTrue(ingester.delete(a.bySourcePath(stated.toAbsolutePath().toString()).orElseThrow().id()));
      assertEquals(null, meta(a, unstated).province(), "no evidence left");
      assertEquals("extracted", meta(a, unstated).sourceOf("province"));
      assertSameAsFullRecomputation(a);
    }
  }

  /** A first ingest touching more groups than a recomputation of them is worth takes the one pass over the archive. */
  @Test
  void aFirstIngestOfManyGroupsInfersInOnePass() throws Exception {
    int groups = 70; // more than apply()'s threshold of 64 groups
    for (int i = 0; i < groups; i++) {
      String signer = "\"signer\":\"Người Ký " + i + "\",\"signerRole\":\"Bí thư\"";
      String province = i % 2 == 0 ? "Kon Tum" : "Hà Tĩnh";
      write("stated-" + i + ".txt", "Nghị quyết " + i, "{\"province\":\"" + province + "\"," + signer + "}");
      write("unstated-" + i + ".txt", "Kết luận " + i, "{" + signer + "}");
    }
    try (Archive a = Archive.openForWriting(tmp.resolve("data"))) {
      TestArchives.ingest(a, tmp.resolve("in"));
      for (int i = 0; i < groups; i++) {
        DocumentMetadata m = meta(a, tmp.resolve("in").resolve("unstated-" + i + ".txt"));
        assertEquals(i % 2 == 0 ? "Kon Tum" : "Hà Tĩnh", m.province(), "unstated-" + i);
        assertEquals("inferred", m.sourceOf("province"));
      }
      assertSameAsFullRecomputation(a);
    }
  }

  private static void assertTrue(boolean b) {
    org.junit.jupiter.api.Assertions.assertTrue(b);
  }
}
