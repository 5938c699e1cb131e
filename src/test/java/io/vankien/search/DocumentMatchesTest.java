package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.index.Archive;
import io.vankien.testing.TestArchives;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The match offsets the document view returns for a query (what the page highlights): what the search
 * matched, each range once, never a word the search did not need ("Số 07 - NQ/TU" marks the number, not
 * every "số"). An invented sample document.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentMatchesTest {
  @TempDir static Path tmp;
  private Archive archive;
  private DocumentService documents;
  private String id;
  private static final String TEXT = """
      TỈNH ỦY MẪU
      Số 07-NQ/TU
      NGHỊ QUYẾT
      về chuyển đổi số (văn bản mẫu)
      Phát triển chính quyền số, kinh tế số và xã hội số. Số liệu được cập nhật hằng quý.
      Nghị quyết số 07-NQ/TU có hiệu lực từ ngày ký.
      """;

  @BeforeAll
  void build() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("mau.txt"), TEXT, StandardCharsets.UTF_8);
    archive = Archive.openForWriting(tmp.resolve("data"));
    TestArchives.ingest(archive, in);
    documents = new DocumentService(archive.searcher());
    id = new SearchService(archive.searcher()).search(SearchRequest.builder().build()).hits().get(0).id();
  }

  @AfterAll
  void close() throws Exception {
    archive.close();
  }

  private List<String> matched(String q) throws Exception {
    DocumentView v = documents.view(id, q).orElseThrow();
    List<String> out = new ArrayList<>();
    int end = -1;
    for (int[] r : v.matches()) {
      assertTrue(r[0] >= end, "sorted, each range once: " + v.matches().stream().map(java.util.Arrays::toString).toList());
      end = r[1];
      out.add(v.text().substring(r[0], r[1]));
    }
    return out;
  }

  @Test
  void aNumberWithSpacesMarksTheNumberNotEverySo() throws Exception {
    List<String> m = matched("Số 07 - NQ/TU");
    assertFalse(m.isEmpty());
    assertTrue(m.stream().allMatch(s -> s.contains("07")), m.toString());
  }

  @Test
  void wordsAreMatchedThroughFoldingAsTheSearchMatchedThem() throws Exception {
    List<String> m = matched("chuyen doi");
    assertEquals(List.of("chuyển đổi"), m, "the words as one match, as the search matched the pair");
    assertEquals(List.of(), matched("\"kinh tế biển\""));
    assertTrue(documents.view(id, null).orElseThrow().matches().isEmpty(), "no query, no matches");
  }
}
