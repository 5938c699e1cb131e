package io.vankien.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the review queue flags in a record. */
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
}
