package io.vankien.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The line of the text each value the review queue shows came from (sample texts). */
class SourceLinesTest {
  @Test
  void theLineEachValueCameFrom() {
    String text = """
        VĂN BẢN MẪU
        TỈNH ỦY HƯNG YÊN
        Số 01 - NQ/TU
        Hưng Yên, ngày 26 tháng 11 năm 2020
        NGHỊ QUYẾT
        Về phát triển   nông nghiệp
        công nghệ cao giai đoạn 2021-2025
        """;
    assertEquals(Optional.of("TỈNH ỦY HƯNG YÊN"), SourceLines.find(text, "issuer", "Tỉnh ủy Hưng Yên"));
    assertEquals(Optional.of("Số 01 - NQ/TU"), SourceLines.find(text, "number", "01-NQ/TU"));
    assertEquals(Optional.of("Hưng Yên, ngày 26 tháng 11 năm 2020"), SourceLines.find(text, "date", "2020-11-26"));
    assertEquals(Optional.of("TỈNH ỦY HƯNG YÊN"), SourceLines.find(text, "province", "Hưng Yên"));
    assertEquals(Optional.of("Về phát triển   nông nghiệp"),
        SourceLines.find(text, "title", "về phát triển nông nghiệp công nghệ cao giai đoạn 2021-2025"));
    assertEquals(Optional.empty(), SourceLines.find(text, "date", "2020-11-27"), "another day is not this line");
    assertEquals(Optional.empty(), SourceLines.find(text, "number", "10-NQ/TU"));
    assertEquals(Optional.of("Ngày 5/3/2021 họp"), SourceLines.find("Ngày 5/3/2021 họp", "date", "2021-03-05"));
    assertEquals(Optional.empty(), SourceLines.find("Ngày 15/3/2021 họp", "date", "2021-03-05"));
  }
}
