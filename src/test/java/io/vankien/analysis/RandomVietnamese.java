package io.vankien.analysis;

import java.text.Normalizer;
import java.util.Random;

/** Random text built from Vietnamese fragments that exercise every rule (symbols, ordinals, tones, marks). */
final class RandomVietnamese {
  private static final String[] FRAGMENTS = {
    "Nghị quyết", "số", "Số", "01-NQ/TU", "01 - NQ/TU", "408 -BC/TU", "30/2020/NĐ-CP", "45/2013/QH 11",
    "1654/NQ-UBTVQH15", "khóa XIX", "khoá XIII", "lần thứ XXII", "Đại hội XIII", "Chương IV", "VI", "DI SẢN",
    "hoà", "hòa", "khoẻ", "Thuỷ", "Uỷ ban", "ủy", "Ðảng", "HĐND", "Hội đồng nhân dân", "UBND", "KT-XH",
    "kinh tế - xã hội", "phòng, chống tham nhũng", "TW", "nông thôn mới", "1.234,5", "29/9/2023", "2020-2025",
    "\u200B", "\u00AD", "\u00A0", "\uFEFF", "người", "quốc", "giữa", "đường", "dương", "Bộ Chính trị", "(", ")", ",",
    ".", "\n", "-", "/", "  ", "MTTQ", "Mặt trận Tổ quốc", "hdnd", "hoi dong nhan dan", "CNH-HĐH", "KH&CN"
  };

  private RandomVietnamese() {}

  static String text(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = 1 + random.nextInt(20);
    for (int i = 0; i < n; i++) {
      String f = FRAGMENTS[random.nextInt(FRAGMENTS.length)];
      if (random.nextInt(10) == 0) {
        f = Normalizer.normalize(f, Normalizer.Form.NFD);
      }
      sb.append(f);
      sb.append(random.nextInt(5) == 0 ? "" : " ");
    }
    return sb.toString();
  }
}
