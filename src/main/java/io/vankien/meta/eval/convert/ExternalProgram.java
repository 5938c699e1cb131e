package io.vankien.meta.eval.convert;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a converter as a real process, its output kept for the error message. */
final class ExternalProgram {
  private static final int LOG_CHARS = 2_000;

  private ExternalProgram() {}

  /** Whether an executable of that name is on the PATH. */
  static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs the command, with these variables added to its environment, and waits for it.
   *
   * @throws IOException with the command and the end of its output when it fails, exits with a non-zero
   *     status or outlasts the timeout (it is then killed)
   */
  static void run(List<String> command, Map<String, String> environment, Duration timeout) throws IOException {
    Path log = Files.createTempFile("vankien-convert", ".log");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      Process p = builder.start();
      boolean done;
      try {
        done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new IOException("interrupted: " + String.join(" ", command), e);
      }
      if (!done) {
        p.destroyForcibly();
        throw new IOException("no answer in " + timeout.toSeconds() + " s: " + shown(command) + tail(log));
      }
      if (p.exitValue() != 0) {
        throw new IOException("exit " + p.exitValue() + ": " + shown(command) + tail(log));
      }
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static String shown(List<String> command) {
    String all = String.join(" ", command);
    return all.length() > 300 ? all.substring(0, 300) + " ..." : all;
  }

  private static String tail(Path log) throws IOException {
    String text = Files.readString(log, StandardCharsets.UTF_8).strip();
    return text.isEmpty() ? "" : "\n" + (text.length() > LOG_CHARS ? "..." + text.substring(text.length() - LOG_CHARS) : text);
  }
}
