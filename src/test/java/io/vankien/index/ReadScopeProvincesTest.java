package io.vankien.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vankien.meta.AccessLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A provincial scope covers documents of the province as named then, and of the province it is now part of. */
class ReadScopeProvincesTest {
  @TempDir Path tmp;

  @Test
  void aProvinceAfterTheMergerCoversTheFormerProvincesDocuments() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (String p : List.of("Hà Nam", "Nam Định", "Quảng Bình")) {
      String file = p.replace(' ', '-') + ".txt";
      Files.writeString(in.resolve(file), "VĂN BẢN MẪU (viết cho kiểm thử)\nNghị quyết về du lịch " + p + ".\n");
      Files.writeString(in.resolve(file + ".meta.json"), "{\"province\": \"" + p + "\"}");
    }
    try (Archive a = Archive.openForWriting(tmp.resolve("d"))) {
      Ingester.standard(a, new IngestOptions(1, 10, 1 << 20, AccessLevel.INTERNAL)).ingest(List.of(in), IngestListener.NONE);
      assertEquals(2, count(a, Set.of("Ninh Bình")), "Hà Nam and Nam Định are part of Ninh Bình since 1 July 2025");
      assertEquals(1, count(a, Set.of("Hà Nam")));
      assertEquals(1, count(a, Set.of("Quảng Trị")), "Quảng Bình is part of Quảng Trị");
      assertEquals(3, count(a, Set.of()), "a national reader");
      assertEquals(0, count(a, Set.of("Cà Mau")));
    }
  }

  private static int count(Archive a, Set<String> provinces) throws Exception {
    try (ArchiveSearcher.View v = a.searcher().as(new ReadScope(AccessLevel.INTERNAL, provinces)).acquire()) {
      return v.count(new MatchAllDocsQuery());
    }
  }
}
