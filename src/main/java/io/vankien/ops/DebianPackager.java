package io.vankien.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds the Debian package: a runtime cut to the modules in {@code packaging/jlink-modules.txt} by jlink, and
 * jpackage's .deb of the jar, its libraries, web/ and samples/, with the maintainer scripts of
 * {@code packaging/debian/} (which install the systemd unit, the configuration and the {@code vankien} command).
 * jlink and jpackage are the running JDK's; jpackage calls dpkg-deb and fakeroot.
 *
 * @param home the source checkout: target/vankien.jar and target/lib built, web/, samples/, packaging/
 * @param javaHome the JDK whose bin/jlink and bin/jpackage are used
 * @param version the package version (digits and dots)
 * @param compression dpkg-deb's compressor: xz for a release, gzip or none for a quick build
 */
public record DebianPackager(Path home, Path javaHome, String version, String compression) {
  /**
   * The JVM options the launcher passes too (see the vankien script), plus headless AWT for a server. No -Xmx:
   * an option here would beat JAVA_TOOL_OPTIONS, the only variable jpackage's launcher lets the JVM read, so the
   * heap is the JVM's default (a quarter of the memory) unless JAVA_TOOL_OPTIONS sets it (README, "Operating").
   */
  public static final List<String> JAVA_OPTIONS = List.of("--enable-native-access=ALL-UNNAMED",
      "--add-modules jdk.incubator.vector", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
      "-Dvankien.home=$APPDIR");
  /** Native libraries a headless server never loads, left out so the package needs no X11 or ALSA libraries. */
  static final String EXCLUDED_FILES = "**libawt_xawt.so,**libjawt.so,**libsplashscreen.so,**libjsound.so";

  public DebianPackager {
    if (!version.matches("\\d+(\\.\\d+){0,3}")) {
      throw new IllegalArgumentException("package version must be digits and dots, got '" + version + "'");
    }
    if (!List.of("xz", "gzip", "zstd", "none").contains(compression)) {
      throw new IllegalArgumentException("compression must be xz, gzip, zstd or none, got '" + compression + "'");
    }
  }

  /** What building needs that is missing (tools, build outputs), empty when it can go ahead. */
  public List<String> missing() {
    List<String> out = new ArrayList<>();
    for (String tool : List.of("jlink", "jpackage")) {
      if (!Files.isExecutable(javaHome.resolve("bin").resolve(tool))) {
        out.add(tool + " (not in " + javaHome.resolve("bin") + "; a JDK 21+ has it)");
      }
    }
    for (String tool : List.of("dpkg-deb", "fakeroot")) {
      if (onPath(tool) == null) {
        out.add(tool + " (not on PATH; apt-get install dpkg fakeroot)");
      }
    }
    for (String built : List.of("target/vankien.jar", "target/lib")) {
      if (!Files.exists(home.resolve(built))) {
        out.add(home.resolve(built) + " (run mvn -DskipTests package first)");
      }
    }
    return out;
  }

  /**
   * Builds the package into {@code dest}; intermediate files go to {@code dest/work} (replaced), tool output to
   * {@code dest/package.log}.
   *
   * @return the .deb
   */
  public Path build(Path dest) throws IOException, InterruptedException {
    List<String> missing = missing();
    if (!missing.isEmpty()) {
      throw new IllegalStateException("cannot build the package, missing: " + String.join("; ", missing));
    }
    Files.createDirectories(dest);
    Path work = dest.resolve("work");
    deleteTree(work);
    Path log = dest.resolve("package.log");
    Files.deleteIfExists(log);
    Path input = stage(work.resolve("input"));
    Path runtime = work.resolve("runtime");
    run(List.of(tool("jlink"), "--add-modules", String.join(",", modules()), "--strip-debug", "--no-header-files",
        "--no-man-pages", "--include-locales=en,vi", "--exclude-files=" + EXCLUDED_FILES, "--output",
        runtime.toString()), Map.of(), log);
    Path deb = dest.resolve("vankien_" + version + "_amd64.deb");
    Files.deleteIfExists(deb);
    List<String> jpackage = new ArrayList<>(List.of(tool("jpackage"), "--type", "deb", "--name", "vankien",
        "--app-version", version, "--vendor", "vankien",
        "--description", "Full-text search and archive for Vietnamese provincial Party documents",
        "--input", input.toString(), "--main-jar", "vankien.jar", "--main-class", "io.vankien.cli.Main",
        "--runtime-image", runtime.toString(), "--resource-dir", home.resolve("packaging/debian").toString(),
        "--install-dir", "/opt", "--linux-package-name", "vankien", "--linux-deb-maintainer", "ops@vankien.invalid",
        "--linux-app-category", "web", "--dest", dest.toString(), "--temp", work.resolve("jpackage").toString()));
    for (String o : JAVA_OPTIONS) {
      jpackage.add("--java-options");
      jpackage.add(o);
    }
    run(jpackage, Map.of("DPKG_DEB_COMPRESSOR_TYPE", compression), log);
    if (!Files.isRegularFile(deb)) {
      throw new IOException("jpackage made no " + deb.getFileName() + " in " + dest + "; see " + log);
    }
    deleteTree(work); // the staged input, runtime and jpackage's image: some hundred MB
    return deb;
  }

  /** The module list, comments and blank lines dropped. */
  List<String> modules() throws IOException {
    return Files.readAllLines(home.resolve("packaging/jlink-modules.txt")).stream()
        .map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty()).toList();
  }

  /** jpackage's input: the jar, its libraries, the UI, the samples, and the files the maintainer scripts install. */
  private Path stage(Path input) throws IOException {
    Files.createDirectories(input.resolve("packaging"));
    Files.copy(home.resolve("target/vankien.jar"), input.resolve("vankien.jar"));
    copyTree(home.resolve("target/lib"), input.resolve("lib"));
    copyTree(home.resolve("web"), input.resolve("web"));
    copyTree(home.resolve("samples"), input.resolve("samples"));
    for (String f : List.of("vankien.service", "vankien.properties")) {
      Files.copy(home.resolve("packaging").resolve(f), input.resolve("packaging").resolve(f));
    }
    return input;
  }

  private String tool(String name) {
    return javaHome.resolve("bin").resolve(name).toString();
  }

  private static void run(List<String> command, Map<String, String> env, Path log)
      throws IOException, InterruptedException {
    Files.writeString(log, "$ " + String.join(" ", command) + "\n", java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.environment().putAll(env);
    int code = pb.start().waitFor();
    if (code != 0) {
      List<String> lines = Files.readAllLines(log);
      String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
      throw new IOException(Path.of(command.get(0)).getFileName() + " failed (exit " + code + "); end of " + log
          + ":\n" + tail);
    }
  }

  static Path onPath(String tool) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      Path p = Path.of(dir, tool);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      s.forEach(p -> {
        try {
          Path target = to.resolve(from.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(target);
          } else {
            Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** The package version of a picocli version string such as "vankien 0.1.0". */
  public static String versionOf(String versionLine) {
    return versionLine.replaceFirst("(?i)^vankien\\s+", "").strip().toLowerCase(Locale.ROOT);
  }
}
