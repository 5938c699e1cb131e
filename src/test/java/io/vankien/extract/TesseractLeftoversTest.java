package io.vankien.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TesseractLeftoversTest {
  @Test
  void removesOutputsWhoseParseEndedAndNothingElse(@TempDir Path tmp) throws Exception {
    Path orphan = Files.createFile(tmp.resolve("apache-tika-123.tmp.txt"));
    Path running = Files.createFile(tmp.resolve("apache-tika-456.tmp.txt"));
    Path runningBase = Files.createFile(tmp.resolve("apache-tika-456.tmp"));
    Path otherName = Files.createFile(tmp.resolve("apache-tika-abc.tmp.txt"));
    Path unrelated = Files.createFile(tmp.resolve("notes.txt"));
    assertEquals(1, TesseractLeftovers.sweep(tmp));
    assertFalse(Files.exists(orphan), "the output of a parse that has ended (its base file deleted by Tika)");
    assertTrue(Files.exists(running) && Files.exists(runningBase), "a parse still running keeps its files");
    assertTrue(Files.exists(otherName) && Files.exists(unrelated), "only Tika's numbered names are touched");
    assertEquals(0, TesseractLeftovers.sweep(tmp.resolve("missing")), "a folder that cannot be listed: nothing");
  }
}
