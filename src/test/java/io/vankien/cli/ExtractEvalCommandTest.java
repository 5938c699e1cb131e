package io.vankien.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void runsTheSetsThatExistAndSkipsTheOthers() throws Exception {
    Path samples = Files.createDirectory(dir.resolve("samples"));
    Files.writeString(samples.resolve("s.txt"), "TỈNH ỦY HÀ NAM\nSố 12-NQ/TU\nHà Nam, ngày 1 tháng 2 năm 2021\nNGHỊ QUYẾT\nvề A");
    Files.writeString(samples.resolve("expected.jsonl"), "{\"file\": \"s.txt\", \"number\": \"12-NQ/TU\"}\n");
    ExtractEvalCommand cmd = new ExtractEvalCommand();
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    cmd.out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    int code = new CommandLine(cmd).execute(
        "--seeds", dir.resolve("none").toString(), "--laws", dir.resolve("none").toString(),
        "--samples", samples.toString(), "--samples-expected", samples.resolve("expected.jsonl").toString(),
        "--samples-recipients", dir.resolve("none.jsonl").toString(), "--heldout", dir.resolve("none").toString(),
        "--verbose");
    String out = buf.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, out);
    assertTrue(out.contains("seeds: skipped") && out.contains("laws: skipped"), out);
    assertTrue(out.contains("samples: 1 documents") && out.contains("number") && out.contains("100.0%"), out);
  }

  @Test
  void nothingToEvaluateIsAnError() {
    ExtractEvalCommand cmd = new ExtractEvalCommand();
    cmd.out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    String none = dir.resolve("none").toString();
    assertEquals(1, new CommandLine(cmd).execute("--seeds", none, "--laws", none, "--samples", none,
        "--heldout", none));
  }
}
