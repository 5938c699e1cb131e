package io.vankien.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Start-up to the first answered search, {@code serve} on an existing archive, each way the server can start,
 * interleaved round by round in one run: the JVM without a cache of ours (the JDK's own class-data sharing
 * only), with the dynamic class-data archive (the launcher's default), with the JDK 25 ahead-of-time cache
 * (the launcher's {@code VANKIEN_AOT=on}), the same cache without replaying the profiles its training run
 * recorded (so the JIT compiles when this run's own counters say so), the class-data archive without the
 * incubating vector module (Lucene then decodes postings without the Panama vector API, which is slow until
 * compiled), and the launcher itself as a user runs it (its shell start included). Wall milliseconds from the
 * process start to the first 200 of {@code /api/search}, and the server's CPU milliseconds (all its threads: the
 * JIT compilers are a large share) at that moment.
 * The archive is opened for writing by each run, so the runs are one after the other.
 */
public final class StartupBenchmark {
  private static final String MAIN = "io.vankien.cli.Main";
  private static final Duration TIMEOUT = Duration.ofMinutes(3);
  private static final String QUERY = "q=ng%C3%A2n+s%C3%A1ch";

  private StartupBenchmark() {}

  /**
   * One way to start: the JVM options after this JVM's own (its cache options removed, and the vector module's
   * when {@code noVector}), or the launcher.
   */
  private record Mode(String name, List<String> options, boolean launcher, boolean noVector) {
    Mode(String name, List<String> options, boolean launcher) {
      this(name, options, launcher, false);
    }
  }

  public static void run(Path archive, Path home, int rounds, PrintStream out) throws Exception {
    if (!Files.isDirectory(archive.resolve("lucene"))) {
      throw new IllegalArgumentException("--index: no archive at " + archive + " (make one with ./vankien ingest)");
    }
    Path work = Files.createDirectories(home.resolve("target/bench-startup"));
    ProcessRunner runner = new ProcessRunner(work.resolve("logs"), home);
    List<Mode> modes = modes(home, runner, out);
    Map<String, List<double[]>> results = new LinkedHashMap<>();
    for (Mode m : modes) {
      results.put(m.name(), new ArrayList<>());
      once(runner, m, archive, home); // records a cache where the mode records one, and warms the file cache
    }
    for (int r = 0; r < rounds; r++) {
      for (Mode m : modes) {
        results.get(m.name()).add(once(runner, m, archive, home));
      }
    }
    out.printf("Archive %s, %d rounds after one unmeasured start per way, interleaved; %s, %s, load average %s%n%n",
        archive, rounds, MachineFacts.jdk(), MachineFacts.cpuModel(), MachineFacts.loadAverage());
    out.println("| start | wall ms, median (min-max) | server CPU ms, median |");
    out.println("|---|---:|---:|");
    for (Map.Entry<String, List<double[]>> e : results.entrySet()) {
      double[] wall = e.getValue().stream().mapToDouble(x -> x[0]).sorted().toArray();
      double[] cpu = e.getValue().stream().mapToDouble(x -> x[1]).sorted().toArray();
      out.printf("| %s | %.0f (%.0f-%.0f) | %.0f |%n", e.getKey(), Medians.of(wall), wall[0], wall[wall.length - 1],
          Medians.of(cpu));
    }
  }

  /** A cache recorded from an older jar is stale: the JVM would reject it, and the launcher records it again. */
  private static boolean olderThanTheJar(Path home, Path aot) {
    Path jar = home.resolve("target/vankien.jar");
    try {
      return Files.isRegularFile(jar) && Files.getLastModifiedTime(jar).compareTo(Files.getLastModifiedTime(aot)) > 0;
    } catch (IOException e) {
      return true;
    }
  }

  private static List<Mode> modes(Path home, ProcessRunner runner, PrintStream out) {
    List<Mode> modes = new ArrayList<>();
    modes.add(new Mode("JVM, no cache of ours", List.of(), false));
    Path jsa = home.resolve("target/bench-startup/vankien.jsa");
    modes.add(new Mode("dynamic class-data archive (the launcher's default)", List.of("-XX:SharedArchiveFile=" + jsa,
        "-XX:+AutoCreateSharedArchive", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"), false));
    int major = Runtime.version().feature();
    Path aot = home.resolve("target/vankien-jdk" + major + ".aot");
    if (major >= 25 && Files.isRegularFile(aot) && !olderThanTheJar(home, aot)) {
      modes.add(new Mode("AOT cache (VANKIEN_AOT=on, JDK 25+)", List.of("-XX:AOTCache=" + aot, "-Xlog:aot=off",
          "-Xlog:cds=off"), false));
      modes.add(new Mode("AOT cache, training profiles not replayed", List.of("-XX:AOTCache=" + aot, "-Xlog:aot=off",
          "-Xlog:cds=off", "-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTReplayTraining"), false));
    } else {
      out.println("(no AOT cache row: it needs JDK 25+ and " + aot + " recorded from this build's jar, which"
          + " VANKIEN_AOT=on ./vankien records once per build)");
    }
    Path plain = home.resolve("target/bench-startup/vankien-no-vector.jsa");
    modes.add(new Mode("dynamic class-data archive, no incubating vector module", List.of("-XX:SharedArchiveFile="
        + plain, "-XX:+AutoCreateSharedArchive", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"), false, true));
    if (Files.isExecutable(home.resolve("vankien"))) {
      modes.add(new Mode("./vankien serve (launcher, shell included)", List.of(), true));
    }
    return modes;
  }

  /** {wall ms, CPU ms} of one start to the first answer. */
  private static double[] once(ProcessRunner runner, Mode m, Path archive, Path home) throws Exception {
    int port = ServerProbe.freePort();
    List<String> args = List.of("serve", "--index", archive.toString(), "--port", String.valueOf(port));
    ProcessRunner.Started s = m.launcher()
        ? runner.startCommand(m.name(), runner.launcherCommand(args))
        : runner.startCommand(m.name(), javaCommand(runner, m, args));
    try {
      double wall = ServerProbe.msToFirstAnswer(s.process(), s.startNanos(), port, QUERY, TIMEOUT);
      return new double[] {wall, cpuMs(s.process().pid())};
    } catch (IOException e) {
      throw new IOException(m.name() + ": " + e.getMessage() + "\n" + ProcessRunner.tail(s.stderr(), 20), e);
    } finally {
      ProcessRunner.stop(s.process());
    }
  }

  private static List<String> javaCommand(ProcessRunner runner, Mode m, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessRunner.javaHome().resolve("bin/java").toString());
    for (String o : runner.jvmOptions()) { // the JVM reports --add-modules as one argument, --add-modules=...
      if (!isCacheOption(o) && !(m.noVector() && o.equals("--add-modules=jdk.incubator.vector"))) {
        cmd.add(o);
      }
    }
    cmd.addAll(m.options());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(MAIN);
    cmd.addAll(args);
    return cmd;
  }

  /** The launcher's start-up cache options, which each mode sets for itself. */
  static boolean isCacheOption(String o) {
    return o.startsWith("-XX:SharedArchiveFile") || o.startsWith("-XX:+AutoCreateSharedArchive")
        || o.startsWith("-XX:AOTCache") || o.startsWith("-Xlog:cds") || o.startsWith("-Xlog:aot")
        || o.startsWith("-Xshare");
  }

  /** User + system CPU of a live process (all its threads), from /proc. */
  private static double cpuMs(long pid) throws IOException {
    return ProcessRunner.cpuTicks(pid) * 1000.0 / ProcessRunner.clockTicksPerSecond();
  }
}
