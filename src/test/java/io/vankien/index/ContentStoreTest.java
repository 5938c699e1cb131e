package io.vankien.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Originals stored from bytes or streamed from a file: the same content, the same address, no temp files left. */
class ContentStoreTest {
  @TempDir Path tmp;

  @Test
  void bytesAndFilesRoundTripUnderTheirHash() throws Exception {
    ContentStore store = new ContentStore(tmp.resolve("store"));
    byte[] big = new byte[3 << 20];
    new Random(7).nextBytes(big);
    Path file = Files.write(tmp.resolve("in.bin"), big);
    String sha = ContentStore.sha256(file);
    assertEquals(ContentStore.sha256(big), sha, "streamed hash = in-memory hash");

    store.put(sha, file);
    try (InputStream in = store.open(sha)) {
      assertArrayEquals(big, in.readAllBytes());
    }
    store.put(sha, big); // already there: unchanged
    byte[] small = "VĂN BẢN".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String smallSha = ContentStore.sha256(small);
    store.put(smallSha, small);
    try (InputStream in = store.open(smallSha)) {
      assertArrayEquals(small, in.readAllBytes());
    }
    assertTrue(store.pathOf(sha).startsWith(tmp.resolve("store").resolve(sha.substring(0, 2))));
    assertEquals(List.of(), leftovers(tmp.resolve("store")), "no temp files left");
  }

  @Test
  void aTruncatedOriginalIsWrittenAgain() throws Exception {
    ContentStore store = new ContentStore(tmp.resolve("store"));
    byte[] b = new byte[10_000];
    new Random(3).nextBytes(b);
    String sha = ContentStore.sha256(b);
    store.put(sha, b);
    Files.write(store.pathOf(sha), new byte[10]); // as a crash before the sync could leave it
    store.put(sha, Files.write(tmp.resolve("again.bin"), b));
    assertArrayEquals(b, Files.readAllBytes(store.pathOf(sha)));
  }

  private static List<Path> leftovers(Path root) throws Exception {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  @Test
  void theCommitSyncsWhatWasPutSinceTheLastOne() throws Exception {
    try (Archive a = Archive.openForWriting(tmp.resolve("archive"))) {
      ContentStore store = a.store();
      for (int i = 0; i < 3; i++) {
        byte[] b = ("bản gốc " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        store.put(ContentStore.sha256(b), b);
      }
      byte[] gone = "xóa trước khi lưu".getBytes(java.nio.charset.StandardCharsets.UTF_8);
      store.put(ContentStore.sha256(gone), gone);
      store.delete(ContentStore.sha256(gone)); // deleted before the commit: nothing to sync, no error
      assertEquals(4, store.unsynced());
      a.commit();
      assertEquals(0, store.unsynced());
    }
  }
}
