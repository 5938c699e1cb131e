package io.vankien.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ProvincesTest {
  private final Provinces p = Provinces.load();

  @Test
  void holdsBothLists() {
    assertEquals(63, p.oldNames().size());
    assertEquals(34, p.currentNames().size());
    assertTrue(p.oldNames().contains("Hà Nam"));
    assertTrue(p.currentNames().contains("Huế"));
  }

  @Test
  void mapsOldToCurrent() {
    assertEquals("Ninh Bình", p.currentOf("Hà Nam"));
    assertEquals("Bắc Ninh", p.currentOf("Bắc Giang"));
    assertEquals("Hưng Yên", p.currentOf("Thái Bình"));
    assertEquals("Huế", p.currentOf("Thừa Thiên Huế"));
    assertEquals("Hồ Chí Minh", p.currentOf("Bà Rịa - Vũng Tàu"));
    assertEquals("Ninh Bình", p.currentOf("Ninh Bình"));
    assertEquals("Huế", p.currentOf("Huế"));
    assertNull(p.currentOf("Viêng Chăn"));
  }

  @Test
  void namesAndCitiesAsOnTheDate() {
    java.time.LocalDate before = java.time.LocalDate.of(2025, 6, 30);
    java.time.LocalDate after = Provinces.MERGER;
    assertEquals("Thừa Thiên Huế", p.asNamedOn("Thừa Thiên Huế", before));
    assertEquals("Huế", p.asNamedOn("Thừa Thiên Huế", after));
    assertEquals("Ninh Bình", p.asNamedOn("Hà Nam", after));
    assertEquals("Hà Nam", p.asNamedOn("Hà Nam", null));
    assertTrue(p.isCentralCityOn("Huế", after));
    assertTrue(!p.isCentralCityOn("Huế", before), "the 63-province list has Huế in Thừa Thiên Huế");
    assertTrue(p.isCentralCityOn("Đà Nẵng", before) && p.isCentralCityOn("Đà Nẵng", after));
    assertTrue(!p.isCentralCityOn("Vinh", after));
    assertEquals(List.of("Huế"), p.namesIn("thành phố Huế", after));
    assertEquals(List.of("Thừa Thiên Huế"), p.namesIn("thành phố Huế", before));
    assertEquals(List.of("Hà Nam"), p.namesIn("tỉnh Hà Nam cũ", after), "an old name stays as written");
  }

  @Test
  void readsANameWrappedAcrossALineOrAConvertersParagraphBreak() {
    // heldout-5 `19` in every Markdown form: a broken line typed as two paragraphs, written with a blank line between
    String md = "Xét đề nghị của Ủy ban nhân dân Thành phố Hồ\n\nChí Minh tại Tờ trình số 01 (VĂN BẢN MẪU)";
    assertEquals(List.of("Hồ Chí Minh"), p.namesIn(md));
    assertEquals(List.of("Hà Nam"), p.namesIn("Tỉnh ủy Hà\r\nNam"));
    assertEquals(List.of(), p.namesIn("Thành phố Hồ\n\n\nChí Minh"), "three line breaks: two blocks, no name");
    assertEquals(List.of(), p.namesIn("thành phố Hồ\n\n- Chí Minh"), "a list item after the break is no wrap");
  }

  @Test
  void readsAnySpelling() {
    assertEquals("Hòa Bình", p.canonical("Hoà Bình"));
    assertEquals("Hòa Bình", p.canonical("HÒA BÌNH"));
    assertEquals("Khánh Hòa", p.canonical("Khánh Hoà"));
    assertEquals("Thanh Hóa", p.canonical("Thanh Hoá"));
    assertEquals("Thừa Thiên Huế", p.canonical("Thừa Thiên - Huế"));
    assertEquals("Hồ Chí Minh", p.canonical("TP. Hồ Chí Minh"));
    assertEquals("Hồ Chí Minh", p.canonical("Thành phố Hồ Chí Minh"));
    assertEquals("Hồ Chí Minh", p.canonical("TP.HCM"));
    assertEquals("Bà Rịa - Vũng Tàu", p.canonical("Bà Rịa – Vũng Tàu"));
    assertEquals("Bà Rịa - Vũng Tàu", p.canonical("Bà Rịa Vũng Tàu"));
    assertEquals("Đắk Lắk", p.canonical("Đắc Lắc"));
    assertEquals("Đắk Nông", p.canonical("Đăk Nông"));
    assertEquals("Hưng Yên", p.canonical("tỉnh Hưng Yên"));
  }

  @Test
  void findsNamesInText() {
    assertEquals(List.of("Hưng Yên"), p.namesIn("TỈNH ỦY HƯNG YÊN"));
    assertEquals(List.of("Hưng Yên"), p.namesIn("Đảng bộ tỉnh Hưng Yên lãnh đạo"));
    assertEquals(List.of("Thừa Thiên Huế"), p.namesIn("Tỉnh ủy Thừa Thiên - Huế"));
    assertEquals(List.of("Hồ Chí Minh"), p.namesIn("Thành ủy TP. Hồ Chí Minh"));
    assertEquals(List.of("Hồ Chí Minh"), p.namesIn("Thành phố Hồ Chí Minh"));
    assertEquals(List.of("Khánh Hòa", "Hòa Bình"), p.namesIn("tỉnh Khánh Hoà và tỉnh Hoà Bình"));
    assertEquals(List.of("An Giang"), p.namesIn("KẾ HOẠCH PHÁT TRIỂN CỦA TỈNH AN GIANG NĂM 2025"));
  }

  @Test
  void wordsAndPeopleAreNoProvinces() {
    // real line (seed, Kon Tum): "diễn biến hòa bình" is "peaceful evolution", not the province
    assertEquals(List.of(), p.namesIn("làm thất bại mọi âm mưu, thủ đoạn “diễn biến hòa bình”, “bạo loạn, lật đổ”"));
    assertEquals(List.of(), p.namesIn("CHỐNG DIỄN BIẾN HÒA BÌNH"));
    assertEquals(List.of("Hòa Bình"), p.namesIn("TỈNH ỦY HÒA BÌNH"));
    assertEquals(List.of(), p.namesIn("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"));
    assertEquals(List.of(), p.namesIn("Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"));
  }

  @Test
  void marksPrefixedMentions() {
    List<Provinces.Match> m = p.find("quân và dân tỉnh Ninh Bình; Ninh Bình đã");
    assertEquals(2, m.size());
    assertTrue(m.get(0).prefixed());
    assertTrue(!m.get(1).prefixed());
  }

  @Test
  void loadIsSharedAcrossThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Provinces>> all = pool.invokeAll(java.util.Collections.nCopies(8, Provinces::load));
      for (Future<Provinces> f : all) {
        assertSame(p, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void keyFoldsToneDashAndCase() {
    assertEquals(Provinces.key("Hòa Bình"), Provinces.key("HOÀ BÌNH"));
    assertEquals(Provinces.key("Thừa Thiên Huế"), Provinces.key("Thừa Thiên - Huế"));
    assertEquals("hoàng", Provinces.key("Hoàng"), "a tone before a final consonant stays where it is");
  }
}
