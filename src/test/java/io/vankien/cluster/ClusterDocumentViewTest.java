package io.vankien.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The highlighter's marks in a whole text read back as offsets in the text without them. */
class ClusterDocumentViewTest {
  private static List<List<Integer>> offsets(String marked) {
    return ClusterDocumentView.offsets(marked).stream().map(r -> List.of(r[0], r[1])).toList();
  }

  @Test
  void marksBecomeOffsetsOfTheUnmarkedText() {
    String text = "xây dựng \uE000nông\uE001 \uE000thôn\uE001 mới";
    assertEquals(List.of(List.of(9, 13), List.of(14, 18)), offsets(text));
    assertEquals("nông", "xây dựng nông thôn mới".substring(9, 13));
    assertEquals(List.of(), offsets("không có gì"));
  }

  @Test
  void adjacentMatchesStayApartAsTheEmbeddedArchiveKeepsThem() {
    assertEquals(List.of(List.of(0, 2), List.of(2, 4)), offsets("\uE000ab\uE001\uE000cd\uE001"));
  }
}
