package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.auth.Caller;
import io.vankien.index.Archive;
import io.vankien.testing.TestArchives;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The subject facet: multi-valued (a socio-economic document counts under Kinh tế and Văn hóa - xã hội),
 * filterable (OR within it), and counted only over what the caller may read. Documents written for this test.
 */
class SubjectFacetTest {
  @TempDir Path tmp;

  private static String doc(String number, String stamp, String title) {
    return "VĂN BẢN MẪU (viết cho kiểm thử)\nTỈNH ỦY HÀ NAM\n" + stamp + "Số " + number + "\nNGHỊ QUYẾT\n" + title
        + "\n\nI. NỘI DUNG\nVăn bản mẫu về các nhiệm vụ.\n";
  }

  @Test
  void multiValuedFilterableAndWithinTheCallersReach() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a.txt"), doc("1-NQ/TU", "", "về phát triển kinh tế - xã hội năm 2024"));
    Files.writeString(in.resolve("b.txt"), doc("2-NQ/TU", "", "về phát triển du lịch"));
    Files.writeString(in.resolve("c.txt"), doc("3-NQ/TU", "TUYỆT MẬT\n", "về phát triển giáo dục"));
    try (Archive archive = Archive.openForWriting(tmp.resolve("data"))) {
      TestArchives.ingest(archive, in);
      SearchService all = new SearchService(archive.searcher()).as(Caller.staffToken().scope());
      Map<String, Long> counts = counts(all.search(SearchRequest.builder().build()));
      assertEquals(Map.of("Kinh tế", 2L, "Văn hóa - xã hội", 2L), counts);

      SearchResult culture = all.search(SearchRequest.builder().subjects(List.of("Văn hóa - xã hội")).build());
      assertEquals(2, culture.total());
      assertEquals(List.of("Văn hóa - xã hội"), culture.applied().get("subject"));
      assertEquals(3, all.search(SearchRequest.builder().subjects(List.of("Kinh tế", "Văn hóa - xã hội")).build())
          .total());

      SearchService anonymous = new SearchService(archive.searcher()).as(Caller.ANONYMOUS.scope());
      assertEquals(Map.of("Kinh tế", 2L, "Văn hóa - xã hội", 1L), counts(anonymous.search(SearchRequest.builder().build())));
      assertEquals(1, anonymous.search(SearchRequest.builder().subjects(List.of("Văn hóa - xã hội")).build()).total());
      assertTrue(anonymous.search(SearchRequest.builder().q("giáo dục").build()).hits().isEmpty());
    }
  }

  private static Map<String, Long> counts(SearchResult r) {
    return r.facets().getOrDefault("subject", List.of()).stream()
        .collect(Collectors.toMap(SearchResult.FacetValue::value, SearchResult.FacetValue::count));
  }
}
