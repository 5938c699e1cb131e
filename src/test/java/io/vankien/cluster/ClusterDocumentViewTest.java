package io.vankien.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.index.Archive;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.ReadScope;
import io.vankien.search.DocumentService;
import io.vankien.search.QueryFactory;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The match offsets of a document read from a cluster (its record and text, indexed alone in memory) are those
 * the embedded archive's document view gives: phrases marked whole, as Lucene's weight matches mark them.
 */
class ClusterDocumentViewTest {
  @TempDir Path tmp;

  @Test
  void matchesOfADocumentAloneAreTheArchivesMatches() throws Exception {
    List<ArchivedDocument> docs = SampleArchive.ingest(tmp.resolve("data"));
    QueryFactory positional = new QueryFactory().positional();
    int nonEmpty = 0;
    try (Archive archive = Archive.openForWriting(tmp.resolve("data"))) {
      DocumentService service = new DocumentService(archive.searcher()).as(ReadScope.EVERYTHING);
      for (ArchivedDocument d : docs) {
        for (String q : List.of("nông thôn mới", "\"chuyển đổi số\"", "nghi quyet", "du lịch OR biển")) {
          List<int[]> archiveMatches = service.view(d.id(), q).orElseThrow().matches();
          ArchivedDocument withText = archive.get(d.id()).orElseThrow();
          List<int[]> alone = DocumentService.matches(withText, positional.parse(q));
          assertEquals(flat(archiveMatches), flat(alone), d.sourceName() + " " + q);
          nonEmpty += alone.isEmpty() ? 0 : 1;
        }
      }
    }
    assertTrue(nonEmpty > 10, "documents with matches: " + nonEmpty);
  }

  private static List<List<Integer>> flat(List<int[]> ranges) {
    return ranges.stream().map(r -> List.of(r[0], r[1])).toList();
  }
}
