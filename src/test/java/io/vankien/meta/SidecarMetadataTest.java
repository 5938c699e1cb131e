package io.vankien.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarMetadataTest {
  @TempDir Path dir;

  @Test
  void noSidecarNoOverrides() throws Exception {
    Path doc = Files.writeString(dir.resolve("a.txt"), "x");
    assertEquals(Map.of(), SidecarMetadata.read(doc));
  }

  @Test
  void readsBothNamingStyles() throws Exception {
    Path doc = Files.writeString(dir.resolve("ket-luan.pdf"), "x");
    Files.writeString(dir.resolve("ket-luan.meta.json"), "{\"province\": \"Kon Tum\"}");
    assertEquals(Map.of("province", "Kon Tum"), SidecarMetadata.read(doc));
    Files.writeString(dir.resolve("ket-luan.pdf.meta.json"), "{\"signer\": \"A B\", \"cites\": [\"1-NQ/TW\"]}");
    assertEquals(Map.of("signer", "A B", "cites", List.of("1-NQ/TW")), SidecarMetadata.read(doc));
  }

  @Test
  void provinceCurrentFollowsAnOverriddenProvince() throws Exception {
    Path doc = Files.writeString(dir.resolve("kl.txt"), "x");
    Files.writeString(dir.resolve("kl.meta.json"), "{\"province\": \"Kon Tum\"}");
    DocumentMetadata md = SidecarMetadata.apply(DocumentMetadata.empty(), SidecarMetadata.read(doc));
    assertEquals("Kon Tum", md.province());
    assertEquals("Quảng Ngãi", md.provinceCurrent());
    assertEquals(DocumentMetadata.SIDECAR, md.sourceOf("province"));
    assertEquals(DocumentMetadata.SIDECAR, md.sourceOf("provinceCurrent"));
    assertEquals(DocumentMetadata.EXTRACTED, md.sourceOf("signer"));
  }

  @Test
  void explicitProvinceCurrentIsKept() {
    DocumentMetadata md = SidecarMetadata.apply(DocumentMetadata.empty(),
        Map.of("province", "Hà Nam", "provinceCurrent", "X"));
    assertEquals("X", md.provinceCurrent());
  }

  @Test
  void malformedSidecarNamesFileAndField() throws Exception {
    Path doc = Files.writeString(dir.resolve("b.txt"), "x");
    Path side = dir.resolve("b.meta.json");
    Files.writeString(side, "{\"provnce\": \"Hà Nam\"}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SidecarMetadata.read(doc));
    assertTrue(e.getMessage().contains(side.toString()) && e.getMessage().contains("provnce"), e.getMessage());
    Files.writeString(side, "{\"cites\": \"1-NQ/TW\"}");
    e = assertThrows(IllegalArgumentException.class, () -> SidecarMetadata.read(doc));
    assertTrue(e.getMessage().contains("b.meta.json") && e.getMessage().contains("cites"), e.getMessage());
    Files.writeString(side, "{\"date\": \"30/6/2023\"}");
    e = assertThrows(IllegalArgumentException.class, () -> SidecarMetadata.read(doc));
    assertTrue(e.getMessage().contains("date"), e.getMessage());
    Files.writeString(side, "{\"date\": ");
    e = assertThrows(IllegalArgumentException.class, () -> SidecarMetadata.read(doc));
    assertTrue(e.getMessage().contains("b.meta.json"), e.getMessage());
  }
}
