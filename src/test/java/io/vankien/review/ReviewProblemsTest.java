package io.vankien.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vankien.meta.DocumentMetadata;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the review queue flags in a record, and the line of the text each value came from (sample texts). */
class ReviewProblemsTest {
  private static DocumentMetadata meta(String number, String date, String dateSource, String title, String province,
      String issuer, Map<String, String> provenance) {
    return new DocumentMetadata("Nghị quyết", number, date, dateSource, province, province, null, null, issuer,
        null, null, null, title, null, null, null, null, null, null, provenance);
  }

  @Test
  void missingAndUncertainFields() {
    DocumentMetadata complete = meta("01-NQ/TU", "2020-11-26", "place-date line of the header",
        "về phát triển nông nghiệp", "Hưng Yên", "Tỉnh ủy Hưng Yên", Map.of());
    assertEquals(List.of(), ReviewProblems.of(complete));
    DocumentMetadata empty = meta(null, null, null, null, null, null, Map.of());
    assertEquals(List.of("number", "date", "title", "province", "issuer"), ReviewProblems.of(empty));
    DocumentMetadata weak = meta("12", "2020-11-26", "meeting date in the first paragraph (no header in this copy)",
        "002_60299214c0c166e3.txt", "Hưng Yên", "Tỉnh ủy Hưng Yên", Map.of("province", "inferred"));
    assertEquals(List.of("number-uncertain", "date-uncertain", "title-uncertain", "province-uncertain"),
        ReviewProblems.of(weak));
    DocumentMetadata staffSaid = meta("12", "2020-11-26", null, "002_60299214c0c166e3.txt", "Hưng Yên",
        "Tỉnh ủy Hưng Yên", Map.of("number", "edited", "date", "sidecar", "title", "edited", "province", "edited"));
    assertEquals(List.of(), ReviewProblems.of(staffSaid), "what staff set is not uncertain");
    assertEquals("date", ReviewProblems.fieldOf("date-uncertain"));
  }

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
