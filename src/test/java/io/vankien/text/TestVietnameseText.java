package io.vankien.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TestVietnameseText {
  @Test
  void normalizeKeepsCaseAndUnifiesToneStyle() {
    assertEquals("Ủy ban nhân dân tỉnh Hòa Bình", VietnameseText.normalize("Uỷ ban nhân dân tỉnh Hoà Bình"));
    assertEquals("Đảng bộ", VietnameseText.normalize("\u00D0ảng\u200B bộ"));
    assertEquals("Ban Chấp hành", VietnameseText.normalize("Ban\u00A0Chấp hành"));
    assertEquals("khỏe", VietnameseText.normalize(Normalizer.normalize("khoẻ", Normalizer.Form.NFD)));
  }

  @Test
  void normalizeTermIsWhatTheIndexHolds() {
    assertEquals("thủy", VietnameseText.normalizeTerm("THUỶ"));
    assertEquals("đảng", VietnameseText.normalizeTerm("\u00D0ảng"));
  }

  @Test
  void foldRemovesTonesMarksAndStroke() {
    assertEquals("dang bo tinh hung yen", VietnameseText.fold("Đảng bộ tỉnh Hưng Yên"));
    assertEquals("nghi quyet", VietnameseText.fold("nghị quyết"));
    assertEquals(VietnameseText.fold("hoà"), VietnameseText.fold("hòa"));
  }

  @Test
  void hasDiacritics() {
    assertTrue(VietnameseText.hasDiacritics("đường"));
    assertFalse(VietnameseText.hasDiacritics("duong"));
  }
}
