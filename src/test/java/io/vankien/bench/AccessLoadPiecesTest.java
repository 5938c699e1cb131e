package io.vankien.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vankien.index.ReadScope;
import io.vankien.meta.AccessLevel;
import io.vankien.search.Json;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pure pieces of the access load test: role split, level shares, memory slope, the leak check. */
class AccessLoadPiecesTest {

  @Test
  void clientsAreDealtOverRolesInTurn() {
    assertEquals(List.of(2, 2, 1, 1, 1, 1), RoleSplit.split(6, 8));
    assertEquals(List.of(1, 1, 1, 1, 1, 1), RoleSplit.split(6, 6));
    assertEquals(List.of(3, 3, 2), RoleSplit.split(3, 8));
    assertEquals(13, RoleSplit.split(6, 13).stream().mapToInt(Integer::intValue).sum());
  }

  @Test
  void fewerClientsThanRolesIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RoleSplit.split(6, 5));
    assertTrue(e.getMessage().contains("--clients"), e.getMessage());
  }

  @Test
  void levelsFollowTheSharesAndTheNameAlone() {
    LevelAssignment levels = new LevelAssignment(20, 10);
    Map<AccessLevel, Integer> counts = new EnumMap<>(AccessLevel.class);
    for (int i = 0; i < 10_000; i++) {
      counts.merge(levels.levelOf("doc-" + i + ".txt"), 1, Integer::sum);
    }
    // a hash, so shares are near, not exactly, 70/20/10 of 10,000
    assertTrue(Math.abs(counts.get(AccessLevel.PUBLIC) - 7000) < 300, counts.toString());
    assertTrue(Math.abs(counts.get(AccessLevel.INTERNAL) - 2000) < 250, counts.toString());
    assertTrue(Math.abs(counts.get(AccessLevel.RESTRICTED) - 1000) < 200, counts.toString());
    assertEquals(levels.levelOf("a/b.txt"), new LevelAssignment(20, 10).levelOf("a/b.txt"));
    assertEquals(AccessLevel.PUBLIC, new LevelAssignment(0, 0).levelOf("a/b.txt"));
    assertEquals(AccessLevel.RESTRICTED, new LevelAssignment(0, 100).levelOf("a/b.txt"));
    assertThrows(IllegalArgumentException.class, () -> new LevelAssignment(60, 50));
  }

  @Test
  void slopeIsMegabytesPerMinuteByLeastSquares() {
    MemorySeries m = new MemorySeries();
    // heap grows 1 MB every 10 s = 6 MB/min, from 100 MB; RSS flat at 500 MB
    for (int i = 0; i <= 6; i++) {
      m.add(new MemorySeries.Sample(i * 10, (100 + i) * 1024L, 500 * 1024L));
    }
    MemorySeries.Summary heap = m.heap();
    assertEquals(7, heap.samples());
    assertEquals(100.0, heap.firstMb(), 1e-9);
    assertEquals(106.0, heap.lastMb(), 1e-9);
    assertEquals(106.0, heap.maxMb(), 1e-9);
    assertEquals(6.0, heap.slopeMbPerMinute(), 1e-9);
    assertEquals(0.0, m.rss().slopeMbPerMinute(), 1e-9);
  }

  @Test
  void slopeFitsNoisySamplesAndSkipsUnknownHeap() {
    MemorySeries m = new MemorySeries();
    m.add(new MemorySeries.Sample(0, 200 * 1024L, 1));
    m.add(new MemorySeries.Sample(60, -1, 1)); // jcmd could not say
    m.add(new MemorySeries.Sample(120, 180 * 1024L, 1));
    m.add(new MemorySeries.Sample(180, 230 * 1024L, 1));
    MemorySeries.Summary heap = m.heap();
    assertEquals(3, heap.samples());
    assertEquals(230.0, heap.maxMb(), 1e-9);
    // x = 0, 2, 3 min (mean 5/3); y = 200, 180, 230 (mean 610/3): sxy = 100/3, sxx = 14/3
    assertEquals(100.0 / 14, heap.slopeMbPerMinute(), 1e-9);
  }

  @Test
  void noSamplesOrOneInstantHaveNoSlope() {
    MemorySeries empty = new MemorySeries();
    assertEquals(0, empty.heap().samples());
    assertNull(empty.heap().slopeMbPerMinute());
    MemorySeries one = new MemorySeries();
    one.add(new MemorySeries.Sample(5, 1024, 1024));
    assertNull(one.heap().slopeMbPerMinute());
    assertEquals(1.0, one.heap().lastMb(), 1e-9);
  }

  private static JsonNode answer(String hits) throws Exception {
    return Json.MAPPER.readTree("{\"total\": 3, \"hits\": [" + hits + "]}");
  }

  private static String hit(String access, String province, String current) {
    return "{\"id\": \"x\", \"access\": " + (access == null ? "null" : "\"" + access + "\"") + ", \"province\": "
        + (province == null ? "null" : "\"" + province + "\"") + ", \"provinceCurrent\": "
        + (current == null ? "null" : "\"" + current + "\"") + "}";
  }

  @Test
  void anonymousMayReadOnlyPublicHits() throws Exception {
    JsonNode a = answer(hit("công khai", "Hà Nam", "Ninh Bình") + "," + hit("nội bộ", "Hà Nam", "Ninh Bình") + ","
        + hit("mật", null, null));
    AccessViolations.Count c = AccessViolations.count(ReadScope.PUBLIC, a);
    assertEquals(new AccessViolations.Count(3, 2, 2), c);
    assertEquals(new AccessViolations.Count(3, 2, 1),
        AccessViolations.count(new ReadScope(AccessLevel.INTERNAL, null), a));
    assertEquals(new AccessViolations.Count(3, 2, 0), AccessViolations.count(ReadScope.EVERYTHING, a));
  }

  @Test
  void provincialScopeReadsOtherLevelsOnlyOfItsProvincesThenOrNow() throws Exception {
    ReadScope haNam = new ReadScope(AccessLevel.RESTRICTED, Set.of("Hà Nam"));
    ReadScope ninhBinh = new ReadScope(AccessLevel.INTERNAL, Set.of("Ninh Bình"));
    JsonNode a = answer(hit("mật", "Hà Nam", "Ninh Bình") + "," + hit("nội bộ", "Nam Định", "Ninh Bình") + ","
        + hit("public", "Hà Giang", "Tuyên Quang"));
    assertEquals(new AccessViolations.Count(3, 2, 1), AccessViolations.count(haNam, a)); // Nam Định's
    assertEquals(new AccessViolations.Count(3, 2, 1), AccessViolations.count(ninhBinh, a)); // mật above reader
    assertEquals(new AccessViolations.Count(1, 1, 1),
        AccessViolations.count(haNam, answer(hit("nội bộ", null, null)))); // no province: not its
  }

  @Test
  void aHitWithoutAKnownLevelIsAViolation() throws Exception {
    assertEquals(new AccessViolations.Count(2, 2, 2), AccessViolations.count(ReadScope.EVERYTHING,
        answer(hit(null, "Hà Nam", null) + "," + hit("bí mật quốc gia", "Hà Nam", null))));
    assertEquals(new AccessViolations.Count(0, 0, 0),
        AccessViolations.count(ReadScope.PUBLIC, Json.MAPPER.readTree("{\"total\": 0, \"hits\": []}")));
  }

  @Test
  void theLiveHeapIsTheHistogramsTotal() {
    String histogram = """
        12345:
         num     #instances         #bytes  class name (module)
        -------------------------------------------------------
           1:         40125        9728344  [B (java.base@25)
           2:          1200         880000  java.lang.String (java.base@25)
        Total         41325       10608344
        """;
    org.junit.jupiter.api.Assertions.assertEquals(10608344L, ProcessMemory.liveBytes(histogram));
    org.junit.jupiter.api.Assertions.assertEquals(-1L, ProcessMemory.liveBytes("12345:\nno such command"));
  }
}
