package io.vankien.bench;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --only scale --reuse WORK} refuses a folder that holds no kept run, naming it, before any work. */
class ScaleReuseTest {
  @Test
  void aFolderWithoutAKeptRunIsRefused(@TempDir Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("manifest.jsonl"), "{\"file\":\"a.txt\",\"province\":\"Hà Nam\",\"type\":\"Nghị quyết\","
        + "\"number\":\"01-NQ/TU\",\"date\":\"2020-01-02\",\"title\":\"về mẫu\",\"words\":[\"mẫu\"]}\n");
    Path empty = Files.createDirectories(dir.resolve("not-a-run"));
    ScaleBenchmark.Options o = new ScaleBenchmark.Options(corpus, 8, 0, 1, 1, 1, 10, false, dir, Set.of(), empty, List.of(), 0, List.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ScaleBenchmark.run(o, new PrintStream(new ByteArrayOutputStream())));
    assertTrue(e.getMessage().contains("--reuse") && e.getMessage().contains("not-a-run"), e.getMessage());
    assertTrue(Files.exists(empty), "the folder is left as it was");
  }
}
