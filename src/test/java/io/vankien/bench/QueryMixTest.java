package io.vankien.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryMixTest {
  @TempDir Path tmp;

  static List<CorpusManifest.Entry> entries() {
    List<CorpusManifest.Entry> out = new ArrayList<>();
    String[] provinces = {"Hà Nam", "Bắc Giang", "Nghệ An"};
    String[] types = {"Nghị quyết", "Kế hoạch", "Chỉ thị"};
    String[] titles = {"về đẩy mạnh xây dựng nông thôn mới nâng cao", "thực hiện chuyển đổi số trong cơ quan Đảng",
        "tăng cường công tác phòng, chống tham nhũng, lãng phí"};
    for (int i = 0; i < 30; i++) {
      out.add(new CorpusManifest.Entry(String.format("000/%06d.txt", i), types[i % 3], (i + 1) + "-NQ/TU",
          String.format("20%02d-0%d-1%d", 5 + i % 20, 1 + i % 9, i % 10), provinces[i % 3], titles[i % 3], 1000));
    }
    return out;
  }

  @Test
  void sameSeedSameMixOtherSeedOtherOrder() {
    List<QueryMix.Query> a = QueryMix.build(entries(), 7, 500);
    assertEquals(a, QueryMix.build(entries(), 7, 500));
    assertNotEquals(a, QueryMix.build(entries(), 8, 500));
  }

  @Test
  void kindsInTheirProportions() {
    List<QueryMix.Query> mix = QueryMix.build(entries(), 1, 1000);
    Map<QueryMix.Kind, Long> seen = mix.stream().collect(Collectors.groupingBy(QueryMix.Query::kind,
        () -> new EnumMap<>(QueryMix.Kind.class), Collectors.counting()));
    assertEquals(Map.of(QueryMix.Kind.WORD, 300L, QueryMix.Kind.PHRASE, 200L, QueryMix.Kind.NO_DIACRITICS, 200L,
        QueryMix.Kind.NUMBER, 150L, QueryMix.Kind.FILTERED, 150L), seen);
    // a size that does not divide: the remainder goes to single words, the total is kept
    Map<QueryMix.Kind, Integer> odd = QueryMix.counts(7);
    assertEquals(7, odd.values().stream().mapToInt(Integer::intValue).sum());
    // kinds are shuffled, not in blocks
    assertTrue(mix.subList(0, 20).stream().map(QueryMix.Query::kind).distinct().count() > 1);
  }

  @Test
  void eachKindLooksLikeItsName() {
    Set<String> numbers = entries().stream().map(CorpusManifest.Entry::number).collect(Collectors.toSet());
    for (QueryMix.Query q : QueryMix.build(entries(), 3, 400)) {
      switch (q.kind()) {
        case WORD -> assertFalse(q.q().contains(" "), q.q());
        case PHRASE -> assertTrue(q.q().matches("\"\\p{L}+( \\p{L}+){1,2}\""), q.q());
        case NO_DIACRITICS -> assertTrue(q.q().matches("[a-z ]+"), q.q());
        case NUMBER -> assertTrue(numbers.contains(q.q()), q.q());
        case FILTERED -> {
          assertNotNull(q.province());
          assertNotNull(q.type());
          assertTrue(!q.from().isAfter(q.to()));
        }
      }
      if (q.kind() != QueryMix.Kind.FILTERED) {
        assertNull(q.province());
        assertNull(q.from());
      }
    }
  }

  @Test
  void urlQueryCarriesTheFilters() {
    QueryMix.Query q = new QueryMix.Query(QueryMix.Kind.FILTERED, "nông thôn", "Hà Nam", "Nghị quyết",
        java.time.LocalDate.of(2018, 1, 1), java.time.LocalDate.of(2020, 12, 31));
    assertEquals("q=n%C3%B4ng+th%C3%B4n&province=H%C3%A0+Nam&type=Ngh%E1%BB%8B+quy%E1%BA%BFt"
        + "&from=2018-01-01&to=2020-12-31", q.urlQuery());
    assertEquals("q=12-NQ%2FTU", new QueryMix.Query(QueryMix.Kind.NUMBER, "12-NQ/TU", null, null, null, null)
        .urlQuery());
  }

  @Test
  void foldingDropsEveryMark() {
    assertEquals("duong dien bien phu", QueryMix.fold("đường điện biên phủ"));
    assertEquals(List.of("xây", "dựng", "nông", "thôn", "mới"), QueryMix.words("về xây dựng nông thôn mới"));
  }

  @Test
  void manifestIsReadAndNeverIngested() throws Exception {
    Files.createDirectories(tmp.resolve("000"));
    Files.writeString(tmp.resolve("000/000000.txt"), "x");
    Files.writeString(tmp.resolve("top.txt"), "y");
    Files.writeString(tmp.resolve(CorpusManifest.FILE),
        "{\"file\":\"000/000000.txt\",\"type\":\"Nghị quyết\",\"number\":\"1-NQ/TU\",\"date\":\"2019-03-15\","
            + "\"province\":\"Hà Nam\",\"provinceCurrent\":\"Ninh Bình\",\"cites\":[],\"title\":\"về x\",\"bytes\":1}\n\n"
            + "{\"file\":\"top.txt\",\"type\":\"Kế hoạch\",\"number\":\"2/KH-UBND\",\"date\":\"2020-01-01\"}\n");
    CorpusManifest m = CorpusManifest.read(tmp);
    assertEquals(2, m.entries().size());
    assertEquals("Hà Nam", m.entries().get(0).province());
    assertEquals(List.of(tmp.resolve("000").toAbsolutePath(), tmp.resolve("top.txt").toAbsolutePath()),
        m.ingestPaths());
  }
}
