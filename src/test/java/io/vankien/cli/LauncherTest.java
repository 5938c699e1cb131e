package io.vankien.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./vankien} launcher picks the newest JDK 21+ from JAVA_HOME and the JDK folder by their
 * {@code release} files, and fails with a clear message when there is none. It runs here on fake JDKs
 * (a {@code release} file and a {@code bin/java} script printing its arguments) beside a copy of the
 * launcher with a jar and no sources, so nothing is built.
 */
class LauncherTest {
  @TempDir Path tmp;

  @Test
  void picksTheNewestJdkOf21OrLaterAndPassesTheArguments() throws Exception {
    Path jdks = tmp.resolve("jvm");
    fakeJdk(jdks.resolve("jdk-17"), "17.0.12");
    fakeJdk(jdks.resolve("jdk-21"), "21.0.5");
    fakeJdk(jdks.resolve("jdk-1.8"), "1.8.0_402");
    Result r = run(installation(), Map.of("VANKIEN_JDK_DIR", jdks.toString()), "search", "nghị quyết");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("java from " + jdks.resolve("jdk-21")), r.out());
    assertTrue(r.out().contains(" -jar "), r.out());
    assertTrue(r.out().strip().endsWith("/target/vankien.jar search nghị quyết"), r.out());
  }

  @Test
  void javaHomeIsOneCandidateAmongTheOthers() throws Exception {
    Path jdks = tmp.resolve("jvm");
    fakeJdk(jdks.resolve("jdk-21"), "21.0.5");
    Path home = fakeJdk(tmp.resolve("elsewhere/jdk-25"), "25");
    Result r = run(installation(), Map.of("VANKIEN_JDK_DIR", jdks.toString(), "JAVA_HOME", home.toString()),
        "--version");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("java from " + home), r.out());
  }

  @Test
  void serverAndIngestMapClassDataArchivesOfTheirOwn() throws Exception {
    Path jdks = tmp.resolve("jvm");
    fakeJdk(jdks.resolve("jdk-21"), "21.0.5");
    Path launcher = installation();
    Map<String, String> env = Map.of("VANKIEN_JDK_DIR", jdks.toString());
    String serve = launcher.resolveSibling("target/vankien-serve.jsa").toString();
    String tools = launcher.resolveSibling("target/vankien.jsa").toString();
    for (String[] args : List.of(new String[] {"serve", "--port", "8080"}, new String[] {"demo"})) {
      Result r = run(launcher, env, args);
      assertTrue(r.out().contains("-XX:SharedArchiveFile=" + serve + " "), r.out());
    }
    String ingest = launcher.resolveSibling("target/vankien-ingest.jsa").toString();
    for (String[] args : List.of(new String[] {"ingest", "serve"}, new String[] {"ingest", "--quiet", "f.txt"})) {
      Result r = run(launcher, env, args);
      assertTrue(r.out().contains("-XX:SharedArchiveFile=" + ingest + " "), r.out());
    }
    for (String[] args : List.of(new String[] {"--help"}, new String[] {"search", "ingest"},
        new String[] {"search", "serve"}, new String[] {"ingest", "--help"}, new String[] {"serve", "-h"},
        new String[] {"--quiet", "ingest", "-V"})) { // help first would record a command's archive without its classes
      Result r = run(launcher, env, args);
      assertTrue(r.out().contains("-XX:SharedArchiveFile=" + tools + " "), r.out());
    }
  }

  @Test
  void aSmallIngestRunsOnTheFirstJitTierOnly() throws Exception {
    Path jdks = tmp.resolve("jvm");
    fakeJdk(jdks.resolve("jdk-21"), "21.0.5");
    Path launcher = installation();
    Path bin = Files.createDirectories(tmp.resolve("bin")); // the tools the launcher counts files with, no java
    for (String tool : List.of("find", "head")) {
      Files.createSymbolicLink(bin.resolve(tool), Path.of("/usr/bin", tool));
    }
    Map<String, String> env = Map.of("VANKIEN_JDK_DIR", jdks.toString(), "PATH", bin.toString());
    Path data = Files.createDirectories(tmp.resolve("data"));
    Path one = Files.writeString(tmp.resolve("one.txt"), "Nghị quyết");
    Path many = Files.createDirectories(tmp.resolve("many"));
    for (int i = 0; i < 2001; i++) {
      Files.writeString(many.resolve(i + ".txt"), "x");
    }
    Path large = tmp.resolve("large.pdf");
    try (var f = new java.io.RandomAccessFile(large.toFile(), "rw")) {
      f.setLength(17L << 20); // sparse: 17 MB on no disk
    }
    String c1 = "-XX:TieredStopAtLevel=1";
    for (String[] args : List.of(new String[] {"ingest", one.toString()},
        new String[] {"ingest", "--index", many.toString(), "--threads", "2", "--quiet", one.toString()}, // not a path
        new String[] {"ingest", "--index=" + data, one.toString(), many.resolve("7.txt").toString()})) {
      Result r = run(launcher, env, args);
      assertTrue(r.out().contains(" " + c1 + " "), String.join(" ", args) + ": " + r.out());
    }
    for (String[] args : List.of(new String[] {"ingest", many.toString()}, new String[] {"ingest", large.toString()},
        new String[] {"ingest", "--index", data.toString()}, new String[] {"ingest", "--help", one.toString()},
        new String[] {"search", one.toString()}, new String[] {"ingest", tmp.resolve("missing.txt").toString()})) {
      Result r = run(launcher, env, args);
      assertFalse(r.out().contains(c1), String.join(" ", args) + ": " + r.out());
    }
  }

  /** The launcher skips the value of each option that takes one when it looks for the paths an ingest names. */
  @Test
  void theLauncherKnowsWhichIngestOptionsTakeAValue() throws Exception {
    String line = Files.readAllLines(Path.of("vankien")).stream().filter(l -> l.startsWith("INGEST_VALUE_OPTS="))
        .findFirst().orElseThrow();
    java.util.Set<String> listed = new java.util.TreeSet<>(List.of(line.replaceAll("^INGEST_VALUE_OPTS=\"|\"$", "")
        .split(" ")));
    java.util.Set<String> taking = new java.util.TreeSet<>();
    for (picocli.CommandLine.Model.OptionSpec o : new picocli.CommandLine(new IngestCommand()).getCommandSpec()
        .options()) {
      if (o.arity().min() > 0) {
        taking.addAll(List.of(o.names()));
      }
    }
    assertEquals(taking, listed);
  }

  @Test
  void withoutJdk21ItSaysWhatToInstall() throws Exception {
    Path jdks = tmp.resolve("jvm");
    fakeJdk(jdks.resolve("jdk-17"), "17.0.12");
    Result r = run(installation(), Map.of("VANKIEN_JDK_DIR", jdks.toString()), "--version");
    assertEquals(3, r.code(), r.out());
    assertTrue(r.err().contains("needs Java 21 or newer, none found"), r.err());
    assertTrue(r.err().contains(jdks.toString()), r.err());
  }

  /** A copy of the launcher beside a placeholder jar, without sources: the build check has nothing to compare. */
  private Path installation() throws IOException {
    Path dir = tmp.resolve("install");
    Files.createDirectories(dir.resolve("target"));
    Files.copy(Path.of("vankien"), dir.resolve("vankien"));
    Files.writeString(dir.resolve("target/vankien.jar"), "placeholder");
    return dir.resolve("vankien");
  }

  /** A JDK folder whose release file names the version and whose bin/java prints where it is and its arguments. */
  private static Path fakeJdk(Path home, String version) throws IOException {
    Files.createDirectories(home.resolve("bin"));
    Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"sample\"\nJAVA_VERSION=\"" + version + "\"\n");
    Path java = home.resolve("bin/java");
    Files.writeString(java, "#!/bin/bash\necho \"java from " + home + " $*\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return home;
  }

  private record Result(int code, String out, String err) {}

  private Result run(Path launcher, Map<String, String> env, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("/bin/bash", launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("JAVA_HOME");
    pb.environment().remove("VANKIEN_AOT");
    pb.environment().put("PATH", tmp.resolve("no-such-bin").toString()); // no java on the PATH
    pb.environment().putAll(env);
    pb.redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile());
    Process p = pb.start();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the launcher did not finish in 30 s");
    }
    return new Result(p.exitValue(), Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8));
  }
}
