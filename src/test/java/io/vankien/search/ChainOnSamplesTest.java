package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vankien.index.Archive;
import io.vankien.index.ReadScope;
import io.vankien.testing.TestArchives;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The implementation chains of central documents over the project's samples (and the real seeds when
 * ../shared is there): each lists exactly the documents that implement it, with the relation the judged
 * set gives them (eval/relations-expected.jsonl); documents citing it otherwise (căn cứ, a mention) are not
 * in it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChainOnSamplesTest {
  private static final Path SEEDS = Path.of("..", "shared", "corpus", "seeds");
  @TempDir static Path tmp;
  private Archive archive;
  private SymbolService symbols;
  private boolean seeds;

  @BeforeAll
  void ingest() throws Exception {
    archive = Archive.openForWriting(tmp.resolve("data"));
    seeds = Files.isDirectory(SEEDS);
    if (seeds) {
      TestArchives.ingest(archive, Path.of("samples"), SEEDS);
    } else {
      TestArchives.ingest(archive, Path.of("samples"));
    }
    symbols = new SymbolService(archive.searcher()).as(ReadScope.EVERYTHING);
  }

  @AfterAll
  void close() throws Exception {
    archive.close();
  }

  /** Source file name (without folder) to relation code, for every row of the chain. */
  private Map<String, String> chain(String number) throws Exception {
    Map<String, String> out = new TreeMap<>();
    for (SymbolService.ChainRow r : symbols.chain(number).rows()) {
      out.put(Path.of(r.document().source()).getFileName().toString(), r.depth() + ":" + r.relation());
    }
    return out;
  }

  @Test
  void chainsOfCentralAndProvincialDocumentsOnTheSamples() throws Exception {
    assertEquals(Map.of("02-ke-hoach-ubnd-ha-nam-ntm.txt", "1:implements", "03-nghi-quyet-thanh-uy-phu-ly-ntm.txt",
        "1:implements", "04-bao-cao-tinh-uy-ha-nam-6-thang-2021.txt", "1:continues"), chain("12-NQ/TU"));
    assertEquals(Map.of("10-ket-luan-tinh-uy-quang-binh-du-lich.txt", "1:reviews"), chain("08-NQ/TW"),
        "25-ke-hoach-ubnd-thanh-pho-hue-du-lich-2025 only names 08-NQ/TW as its basis");
    assertEquals(Map.of("20-bao-cao-tinh-uy-dak-nong-thien-tai.txt", "1:reviews"), chain("42-CT/TW"));
    assertEquals(Map.of("23-nghi-quyet-tinh-uy-ninh-binh-2025-chuyen-doi-so.txt", "1:implements"), chain("57-NQ/TW"));
    Map<String, String> nq52 = new TreeMap<>(Map.of("05-chi-thi-tinh-uy-bac-giang-chuyen-doi-so.txt", "1:implements",
        "06-bao-cao-tinh-uy-bac-giang-so-ket-chi-thi-08.txt", "1:continues"));
    if (seeds) {
      nq52.put("004_fee0df46a2621e9c.txt", "1:implements");
    }
    assertEquals(nq52, chain("52-NQ/TW"));
    assertEquals(Map.of("06-bao-cao-tinh-uy-bac-giang-so-ket-chi-thi-08.txt", "1:reviews"), chain("08-CT/TU"));
  }

  @Test
  void theChainOf48KlTwOnTheSeeds() throws Exception {
    assumeTrue(seeds, "../shared/corpus/seeds absent: the seeds' chain is not checked");
    assertEquals(Map.of("000_58ca13b3f0f93ffb.txt", "1:implements", "001_6b58a9ed2912506d.txt", "1:implements"),
        chain("48-KL/TW"));
  }
}
