package io.vankien.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts Java child processes the way the {@code vankien} launcher started this one (the same java binary,
 * the same JVM options, so the launcher's and {@code VANKIEN_JAVA_OPTS} pass through, the same class path), or
 * the installation's launcher itself ({@link #launcherCommand}),
 * each one's output in a log file, and times them: wall time, and process CPU time (user + system of the reaped
 * child, from this process's {@code cutime}/{@code cstime} in /proc/self/stat, so children must run one
 * at a time while timed).
 */
public final class ProcessRunner {
  /** A finished child: exit code, wall seconds, CPU seconds, where its output went. */
  public record Timed(int exitCode, double wallSeconds, double cpuSeconds, Path stdout, Path stderr) {}

  /** A running child and the moment just before it was started. */
  public record Started(Process process, long startNanos, Path stdout, Path stderr) {}

  private final Path logDir;
  private final Path home;
  private int seq;

  /** @param logDir where each child's stdout and stderr go; @param home the installation (vankien.home) */
  public ProcessRunner(Path logDir, Path home) throws IOException {
    this.logDir = Files.createDirectories(logDir);
    this.home = home;
  }

  /** The java binary of this JVM (the JDK that runs every child). */
  public static Path javaHome() {
    return Path.of(System.getProperty("java.home"));
  }

  /**
   * The command line that runs {@code mainClass} with these arguments: this JVM's java binary, the JVM
   * options this JVM was started with (from the launcher: its fixed options, default heap, class-data
   * sharing, {@code VANKIEN_JAVA_OPTS}, {@code vankien.home}), and this JVM's class path.
   */
  public List<String> javaCommand(String mainClass, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(javaHome().resolve("bin/java").toString());
    cmd.addAll(jvmOptions());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(mainClass);
    cmd.addAll(args);
    return cmd;
  }

  /** The options every child gets: this JVM's own, with vankien.home and the file encoding always set. */
  public List<String> jvmOptions() {
    List<String> opts = new ArrayList<>();
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (!a.startsWith("-Dvankien.home=") && !a.startsWith("-Dfile.encoding=")) {
        opts.add(a);
      }
    }
    opts.add("-Dvankien.home=" + home);
    opts.add("-Dfile.encoding=UTF-8");
    return opts;
  }

  /**
   * The command line a user types, {@code HOME/vankien ARGS}: the launcher chooses the JDK, the heap and the
   * start-up cache of the command ({@code serve} and {@code ingest} each have a class-data archive of their own,
   * which this JVM's options would not name), and passes {@code VANKIEN_JAVA_OPTS} from the environment. In a
   * source tree the launcher rebuilds the jar when sources are newer, so do not edit sources during a benchmark.
   */
  public List<String> launcherCommand(List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(home.resolve("vankien").toString());
    cmd.addAll(args);
    return cmd;
  }

  /** Runs a child to the end (killed and reported as failed after {@code timeout}). */
  public Timed run(String name, String mainClass, List<String> args, Duration timeout)
      throws IOException, InterruptedException {
    return runCommand(name, javaCommand(mainClass, args), timeout);
  }

  /** Runs the launcher with these arguments to the end, timed as {@link #run} ({@link #launcherCommand}). */
  public Timed runLauncher(String name, List<String> args, Duration timeout)
      throws IOException, InterruptedException {
    return runCommand(name, launcherCommand(args), timeout);
  }

  private Timed runCommand(String name, List<String> command, Duration timeout)
      throws IOException, InterruptedException {
    long ticks = clockTicksPerSecond(); // before the first sample: getconf is a child too
    long cpu0 = childCpuTicks();
    Started s = launch(name, command, Map.of());
    double wall;
    try {
      if (!s.process().waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IOException(name + " did not finish within " + timeout + " (killed); see " + s.stderr());
      }
      wall = (System.nanoTime() - s.startNanos()) / 1e9;
    } finally {
      stop(s.process());
    }
    double cpu = (childCpuTicks() - cpu0) / (double) ticks;
    return new Timed(s.process().exitValue(), wall, cpu, s.stdout(), s.stderr());
  }

  /** Starts a child with extra environment variables; the caller stops it with {@link #stop}. */
  public Started start(String name, String mainClass, List<String> args, Map<String, String> env)
      throws IOException {
    return launch(name, javaCommand(mainClass, args), env);
  }

  /** Starts the launcher with these arguments and extra environment variables ({@link #launcherCommand}). */
  public Started startLauncher(String name, List<String> args, Map<String, String> env) throws IOException {
    return launch(name, launcherCommand(args), env);
  }

  /** Starts a command line as it is (a launcher script, say); the caller stops it with {@link #stop}. */
  public Started startCommand(String name, List<String> command) throws IOException {
    return launch(name, command, Map.of());
  }

  private Started launch(String name, List<String> command, Map<String, String> env) throws IOException {
    int n = ++seq;
    String file = name.replaceAll("[^A-Za-z0-9.-]+", "_");
    Path out = logDir.resolve(String.format("%02d-%s.out", n, file));
    Path err = logDir.resolve(String.format("%02d-%s.err", n, file));
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    pb.environment().putAll(env);
    long t = System.nanoTime();
    return new Started(pb.start(), t, out, err);
  }

  /** Ends a child (and its descendants): a normal termination, then a forced one; each wait bounded. */
  public static void stop(Process p) throws InterruptedException {
    if (p == null) {
      return;
    }
    p.descendants().forEach(ProcessHandle::destroy);
    if (p.isAlive()) {
      p.destroy();
      if (!p.waitFor(15, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(15, TimeUnit.SECONDS);
      }
    }
  }

  /** The last lines of a log file, for error messages. */
  public static String tail(Path log, int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(cannot read " + log + ")";
    }
  }

  /** cutime + cstime of this process: CPU time of every child it has waited for, in clock ticks. */
  static long childCpuTicks() throws IOException {
    String[] f = procStat("self");
    return Long.parseLong(f[13]) + Long.parseLong(f[14]); // cutime and cstime are fields 16 and 17
  }

  /** utime + stime of a live process (all its threads), in clock ticks. */
  static long cpuTicks(long pid) throws IOException {
    String[] f = procStat(String.valueOf(pid));
    return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime and stime are fields 14 and 15
  }

  /** The fields of /proc/PID/stat from field 3 (state) on: f[0] is field 3. */
  private static String[] procStat(String pid) throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
  }

  private static long clockTicks = -1;

  static synchronized long clockTicksPerSecond() {
    if (clockTicks < 0) {
      clockTicks = 100; // Linux's USER_HZ almost everywhere; asked below when getconf is there
      try {
        Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
        if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0) {
          clockTicks = Long.parseLong(new String(p.getInputStream().readAllBytes()).strip());
        }
        p.destroyForcibly();
      } catch (IOException | NumberFormatException | InterruptedException e) {
        // keep 100
      }
    }
    return clockTicks;
  }
}
