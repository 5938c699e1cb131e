package io.vankien.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractEvalCommandTest {
  @TempDir Path dir;

  private static final String DOCUMENT = "TỈNH ỦY HÀ NAM\nSố 12-NQ/TU\nHà Nam, ngày 1 tháng 2 năm 2021\nNGHỊ QUYẾT\nvề A";

  /** A manifest with a set in the folder and one whose folder is missing. */
  private Path manifest() throws Exception {
    Path samples = Files.createDirectory(dir.resolve("samples"));
    Files.writeString(samples.resolve("s.txt"), DOCUMENT);
    Files.writeString(dir.resolve("samples-expected.jsonl"), "{\"file\": \"s.txt\", \"number\": \"12-NQ/TU\"}\n");
    return Files.writeString(dir.resolve("sets.json"), """
        {"sets": [
          {"name": "gone", "documents": "none", "expected": "none.jsonl", "shared": true, "count": 1},
          {"name": "mine", "documents": "samples", "expected": "samples-expected.jsonl", "count": 1}
        ]}
        """);
  }

  private record Run(int code, String out) {}

  private Run run(String... args) {
    ExtractEvalCommand cmd = new ExtractEvalCommand();
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    cmd.out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    int code = new CommandLine(cmd).execute(args);
    return new Run(code, buf.toString(StandardCharsets.UTF_8));
  }

  @Test
  void runsTheManifestsSetsThatExistAndSkipsTheOthers() throws Exception {
    Run r = run("--sets", manifest().toString(), "--verbose");
    assertEquals(0, r.code(), r.out());
    assertTrue(r.out().contains("gone: skipped (no folder") && r.out().contains("../shared is not beside"), r.out());
    assertTrue(r.out().contains("mine: 1 documents") && r.out().contains("number") && r.out().contains("100.0%"), r.out());
  }

  @Test
  void onlyPicksSetsByName() throws Exception {
    Run r = run("--sets", manifest().toString(), "--only", "mine");
    assertEquals(0, r.code(), r.out());
    assertTrue(!r.out().contains("gone") && r.out().contains("mine: 1 documents"), r.out());
  }

  @Test
  void aFolderWithItsJudgedFileBesideIt() throws Exception {
    manifest();
    Run r = run("--heldout", dir.resolve("samples").toString());
    assertEquals(0, r.code(), r.out());
    assertTrue(r.out().contains("samples: 1 documents"), r.out());
  }

  @Test
  void nothingToEvaluateIsAnError() throws Exception {
    assertEquals(1, run("--sets", manifest().toString(), "--only", "gone").code());
  }

  @Test
  void viaPrintsOneRowPerFormAndStyle() throws Exception {
    assumeTrue(onPath("pandoc"), "pandoc is not installed (Debian package pandoc)");
    Run r = run("--sets", manifest().toString(), "--only", "mine", "--via", "docx,md-grid", "--cells", "p,br");
    assertEquals(0, r.code(), r.out());
    for (String row : new String[] {"judged", "as written", "docx p", "docx br", "md-grid p", "md-grid br"}) {
      assertTrue(r.out().lines().anyMatch(l -> l.strip().startsWith(row + " ")), row + " row missing:\n" + r.out());
    }
    assertTrue(r.out().contains("converted 1 documents in"), r.out());
  }

  @Test
  void anUnknownFormOrSetIsRefused() throws Exception {
    Path manifest = manifest();
    assertEquals(2, run("--sets", manifest.toString(), "--via", "rtf").code());
    assertEquals(2, run("--sets", manifest.toString(), "--only", "nosuchset").code());
  }

  private static boolean onPath(String command) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, command))) {
        return true;
      }
    }
    return false;
  }
}
