package io.vankien.opensearch;

import static org.junit.Assert.fail;

import com.carrotsearch.randomizedtesting.ThreadFilter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Assume;

/**
 * vankien's CLI (io.vankien.cli.Main) in a child JVM, from ../target/classes with the class path the root build
 * writes to ../target/runtime-classpath.txt: its classes (Tika, Javalin, ...) stay out of this JVM, where OpenSearch's
 * JarHell check would refuse them. Tests are skipped (assumption) when the root build has not run.
 */
final class Vankien {
  private Vankien() {}

  /** The JDK's threads that wait for child processes and serve its HTTP client outlive a test: not leaks. */
  public static final class JdkThreads implements ThreadFilter {
    @Override
    public boolean reject(Thread t) {
      return t.getName().startsWith("process reaper") || t.getName().startsWith("HttpClient-");
    }
  }

  static ProcessBuilder command(Path log, String... args) {
    return java(log, "io.vankien.cli.Main", args);
  }

  /** A main class of vankien's (its CLI, or a benchmark program of io.vankien.bench) in a child JVM. */
  static ProcessBuilder java(Path log, String mainClass, String... args) {
    Path root = Texts.root();
    Path classes = root.resolve("target/classes");
    Path classpath = root.resolve("target/runtime-classpath.txt");
    Assume.assumeTrue("vankien is built by the root build (mvn test at the root writes " + classpath + ")",
        Files.isRegularFile(classes.resolve("io/vankien/cli/Main.class")) && Files.isRegularFile(classpath));
    String cp;
    try {
      cp = classes + java.io.File.pathSeparator + Files.readString(classpath).strip();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", cp, mainClass));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
  }

  /** Runs a command to its end, for at most 5 minutes; its exit code, its output in {@code log}. */
  static int run(Path log, String... args) throws Exception {
    return run(log, 5, args);
  }

  /** Runs a command to its end, for at most {@code minutes}; its exit code, its output in {@code log}. */
  static int run(Path log, int minutes, String... args) throws Exception {
    Process p = command(log, args).start();
    if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail("vankien " + args[0] + " did not finish in " + minutes + " minutes: " + read(log));
    }
    return p.exitValue();
  }

  /** A running {@code vankien serve}: its process and the port it listens on. */
  record Server(Process process, int port, Path log) implements AutoCloseable {
    String url() {
      return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  private static final Pattern SERVING = Pattern.compile("vankien serving .* at http://[^ ]+:(\\d+)/");

  /** Starts {@code vankien serve --host 127.0.0.1 --port 0 ARGS} and waits until it says where it listens. */
  static Server serve(Path log, String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("serve", "--host", "127.0.0.1", "--port", "0"));
    all.addAll(List.of(args));
    Process p = command(log, all.toArray(String[]::new)).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      Matcher m = SERVING.matcher(read(log));
      if (m.find()) {
        return new Server(p, Integer.parseInt(m.group(1)), log);
      }
      if (!p.isAlive()) {
        fail("vankien serve exited (" + p.exitValue() + "): " + read(log));
      }
      Thread.sleep(200);
    }
    p.destroyForcibly();
    fail("vankien serve did not start in 120 s: " + read(log));
    return null;
  }

  static String read(Path log) throws IOException {
    return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no output)";
  }
}
