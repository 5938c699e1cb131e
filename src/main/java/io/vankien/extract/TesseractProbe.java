package io.vankien.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Whether a Tesseract executable can be run, and which languages it has; cached per command. */
final class TesseractProbe {
  /** The outcome: found or not, the installed languages. */
  record Result(boolean found, Set<String> languages, String problem) {}

  private static final ConcurrentHashMap<String, Result> CACHE = new ConcurrentHashMap<>();

  private TesseractProbe() {}

  static Result probe(String command) {
    Result cached = CACHE.get(command);
    if (cached != null) {
      return cached;
    }
    Result result = run(command);
    if (!Thread.currentThread().isInterrupted()) { // an interrupted probe says nothing about tesseract
      CACHE.put(command, result);
    }
    return result;
  }

  private static Result run(String command) {
    Process process;
    try {
      process = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
    } catch (IOException e) {
      return new Result(false, Set.of(), "cannot run '" + command + "': " + e.getMessage());
    }
    try (InputStream out = process.getInputStream()) {
      String listing = new String(out.readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return new Result(false, Set.of(), "'" + command + " --list-langs' did not finish in 20 s");
      }
      if (process.exitValue() != 0) {
        return new Result(false, Set.of(), "'" + command + " --list-langs' exited with " + process.exitValue());
      }
      Set<String> languages = new LinkedHashSet<>();
      for (String line : listing.split("\\R")) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("List of available languages") && l.matches("[A-Za-z_]+")) {
          languages.add(l);
        }
      }
      return new Result(true, Set.copyOf(languages), null);
    } catch (IOException e) {
      return new Result(false, Set.of(), "cannot read the output of '" + command + "': " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      return new Result(false, Set.of(), "interrupted while probing tesseract");
    }
  }
}
