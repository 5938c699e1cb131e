package io.vankien.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.testing.TestArchives;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A temp file the store was writing when its process was killed is removed when the archive is next opened for writing. */
class StaleStoreTempTest {
  @TempDir Path tmp;

  @Test
  @Timeout(60)
  void openingForWritingRemovesTheStoresLeftoverTempFilesAndKeepsTheOriginals() throws Exception {
    Path data = tmp.resolve("data");
    Path original = archiveOfOneDocument(data);
    String sha = original.getFileName().toString();
    // what ContentStore.put leaves when killed between creating its temp file and the move into place
    Path stale = Files.writeString(data.resolve("store/partial").resolve(sha.substring(0, 8) + "1234567890.tmp"), "half");

    try (Archive a = Archive.openReadOnly(data)) {
      assertTrue(Files.exists(stale), "a read-only open changes nothing");
    }
    try (Archive a = Archive.openForWriting(data)) {
      assertFalse(Files.exists(stale), "stale temp file removed");
      assertTrue(Files.exists(original), "the original is kept");
      assertEquals(List.of(original), storeFiles(data));
    }
  }

  @Test
  @Timeout(60)
  void aStoreWrittenBeforeThePartialFolderIsSweptOnceInTheOldLayout() throws Exception {
    Path data = tmp.resolve("data");
    Path original = archiveOfOneDocument(data);
    String sha = original.getFileName().toString();
    Files.delete(data.resolve("store/partial")); // as an older version left the store
    Path besideOriginal = Files.writeString(original.resolveSibling(sha.substring(0, 8) + "1234567890.tmp"), "half");
    Path elsewhere = Files.writeString(Files.createDirectories(data.resolve("store/ff")).resolve("ffffffff99.tmp"), "");

    try (Archive a = Archive.openForWriting(data)) {
      assertFalse(Files.exists(besideOriginal), "an older version's temp file removed");
      assertFalse(Files.exists(elsewhere), "an older version's temp file removed");
      assertEquals(List.of(original), storeFiles(data));
      assertTrue(Files.isDirectory(data.resolve("store/partial")), "the store is in this version's layout now");
    }
    // from now on only partial/ is read at open: no file outside it is a temp file of this version
    Path notSwept = Files.writeString(original.resolveSibling("ab-not-a-temp-of-ours.tmp"), "");
    try (Archive a = Archive.openForWriting(data)) {
      assertTrue(Files.exists(notSwept), "the store's other folders are not walked again");
    }
  }

  /** An archive in {@code data} holding one sample document; the path of its stored original. */
  private Path archiveOfOneDocument(Path data) throws Exception {
    Path doc = Files.writeString(tmp.resolve("a.txt"), "VĂN BẢN MẪU\nTHÔNG BÁO\nvề một việc kiểm thử\n");
    try (Archive a = Archive.openForWriting(data)) {
      TestArchives.ingest(a, doc);
    }
    String sha = ContentStore.sha256(Files.readAllBytes(doc));
    return data.resolve("store").resolve(sha.substring(0, 2)).resolve(sha);
  }

  private static List<Path> storeFiles(Path data) throws Exception {
    try (Stream<Path> s = Files.walk(data.resolve("store"))) {
      return s.filter(Files::isRegularFile).toList();
    }
  }
}
