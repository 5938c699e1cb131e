package io.vankien.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the .deb once (uncompressed, for speed), unpacks it into a scratch root with {@code dpkg -x} and checks
 * its layout, the bundled runtime, the systemd unit and the maintainer scripts. Tagged {@code packaging}: it
 * needs the packaged jar (target/vankien.jar and target/lib), so it runs after {@code package}, with
 * {@code mvn -Pdeb verify}; it is skipped, saying why, when jpackage, dpkg-deb or fakeroot are missing.
 */
@Tag("packaging")
class DebianPackageTest {
  @TempDir static Path dir;
  static Path deb;
  static Path root;

  @BeforeAll
  static void buildAndUnpack() throws Exception {
    Path home = Path.of("").toAbsolutePath();
    DebianPackager packager = new DebianPackager(home, Path.of(System.getProperty("java.home")), "0.1.0", "none");
    List<String> missing = packager.missing();
    assumeTrue(missing.isEmpty(), "cannot build the package here, missing: " + missing);
    assumeTrue(DebianPackager.onPath("dpkg") != null, "dpkg (for dpkg -x) is not on PATH");
    Path jar = home.resolve("target/vankien.jar");
    try (Stream<Path> classes = Files.walk(home.resolve("target/classes"))) {
      long newest = classes.mapToLong(p -> p.toFile().lastModified()).max().orElse(0);
      assumeTrue(jar.toFile().lastModified() >= newest - 2_000,
          "target/vankien.jar is older than target/classes: run after package (mvn -Pdeb verify)");
    }
    deb = packager.build(dir.resolve("out"));
    root = dir.resolve("root");
    run(List.of("dpkg", "-x", deb.toString(), root.toString()), Map.of());
  }

  @Test
  void thePackageNamesItselfAndNeedsNoDesktopLibraries() throws Exception {
    String info = run(List.of("dpkg-deb", "-I", deb.toString()), Map.of());
    assertTrue(info.contains("Package: vankien"), info);
    assertTrue(info.contains("Version: 0.1.0"), info);
    assertFalse(info.contains("libx11") || info.contains("libasound"), info);
  }

  @Test
  void layoutRuntimeAndLauncherOptions() throws Exception {
    Path app = root.resolve("opt/vankien");
    for (String f : List.of("bin/vankien", "lib/runtime/bin/java", "lib/app/vankien.jar", "lib/app/web/index.html",
        "lib/app/packaging/vankien.service", "lib/app/packaging/vankien.properties", "lib/app/samples")) {
      assertTrue(Files.exists(app.resolve(f)), f);
    }
    assertTrue(Files.isExecutable(app.resolve("bin/vankien")));
    String release = Files.readString(app.resolve("lib/runtime/release"));
    assertTrue(release.contains("jdk.incubator.vector") && release.contains("jdk.charsets"), release);
    assertFalse(release.contains("java.compiler") || release.contains("jdk.jshell"), release); // only what it needs
    try (Stream<Path> s = Files.walk(app.resolve("lib/runtime"))) {
      assertFalse(s.anyMatch(p -> p.getFileName().toString().equals("libawt_xawt.so")));
    }
    String cfg = Files.readString(app.resolve("lib/app/vankien.cfg"));
    for (String option : List.of("--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector",
        "-Dvankien.home=$APPDIR", "-Djava.awt.headless=true")) {
      assertTrue(cfg.contains("java-options=" + option), option + " in\n" + cfg);
    }
    assertFalse(cfg.contains("-Xmx"), cfg); // it would beat JAVA_TOOL_OPTIONS, the administrator's way to set the heap
  }

  @Test
  void theBundledRuntimeRunsTheCommandsServesAndReadsTheShippedConfiguration() throws Exception {
    Path vankien = root.resolve("opt/vankien/bin/vankien");
    assertTrue(run(List.of(vankien.toString(), "--version"), Map.of()).contains("vankien 0.1.0"));
    String config = run(List.of(vankien.toString(), "config", "--config",
        root.resolve("opt/vankien/lib/app/packaging/vankien.properties").toString()), Map.of());
    assertTrue(config.contains("\ndata = /var/lib/vankien\n"), config);
    // Lucene, ICU and Tika on the cut-down runtime: ingest the samples, then find one
    Path index = dir.resolve("index");
    String ingest = run(List.of(vankien.toString(), "ingest", "--quiet", "--index", index.toString(),
        root.resolve("opt/vankien/lib/app/samples").toString()), Map.of());
    assertTrue(ingest.contains(" 0 failed"), ingest);
    String found = run(List.of(vankien.toString(), "search", "--index", index.toString(), "nghị quyết"), Map.of());
    assertTrue(found.matches("(?s).*\\n?\\d+ documents.*"), found);
    assertFalse(found.startsWith("0 documents"), found);

    // and serves it, as the unit starts it: health, a search and the UI answer over HTTP
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Process serve = new ProcessBuilder(vankien.toString(), "serve", "--index", index.toString(), "--port",
        String.valueOf(port)).redirectErrorStream(true).redirectOutput(dir.resolve("serve.log").toFile()).start();
    try {
      java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + port;
      java.net.http.HttpResponse<String> health = null;
      for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90); health == null && System.nanoTime() < end; ) {
        try {
          health = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/health")).build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException notYet) {
          assertTrue(serve.isAlive(), "serve exited:\n" + Files.readString(dir.resolve("serve.log")));
          Thread.sleep(100);
        }
      }
      assertTrue(health != null, "serve did not answer in 90 s:\n" + Files.readString(dir.resolve("serve.log")));
      assertEquals(200, health.statusCode(), health.body());
      assertTrue(health.body().contains("\"status\""), health.body());
      java.net.http.HttpResponse<String> search = http.send(java.net.http.HttpRequest.newBuilder(
          java.net.URI.create(base + "/api/search?q=ngh%E1%BB%8B+quy%E1%BA%BFt")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertEquals(200, search.statusCode(), search.body());
      // (an anonymous caller sees public documents only; the samples were ingested at the default level)
      assertTrue(search.body().startsWith("{\"total\":"), search.body());
      assertEquals(200, http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode(), "the UI's page");
    } finally {
      serve.destroy();
      assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
    }
  }

  @Test
  void theUnitFileVerifiesAndIsHardened() throws Exception {
    String unit = Files.readString(root.resolve("opt/vankien/lib/app/packaging/vankien.service"));
    for (String line : List.of("User=vankien", "ExecStart=/opt/vankien/bin/vankien serve --config"
        + " /etc/vankien/vankien.properties", "Restart=on-failure", "ProtectSystem=strict",
        "ReadWritePaths=/var/lib/vankien", "NoNewPrivileges=true", "StandardOutput=journal",
        "WantedBy=multi-user.target")) {
      assertTrue(unit.lines().anyMatch(line::equals), line);
    }
    assumeTrue(DebianPackager.onPath("systemd-analyze") != null, "systemd-analyze is not on PATH");
    // the launcher as unpacked in the scratch root: verify checks that ExecStart is executable
    Path adjusted = dir.resolve("vankien.service");
    Files.writeString(adjusted, unit.replace("/opt/vankien/", root.resolve("opt/vankien") + "/"));
    String out = run(List.of("systemd-analyze", "verify", adjusted.toString()), Map.of());
    assertEquals("", out.strip(), "systemd-analyze verify reported:\n" + out); // it exits 0 on bad values, so read it
  }

  @Test
  void theMaintainerScriptsInstallAndRemoveInAScratchRoot() throws Exception {
    Path control = dir.resolve("control");
    run(List.of("dpkg-deb", "-e", deb.toString(), control.toString()), Map.of());
    for (String s : List.of("postinst", "prerm", "postrm")) {
      assertTrue(Files.isExecutable(control.resolve(s)), s);
      run(List.of("sh", "-n", control.resolve(s).toString()), Map.of());
    }
    // commands that would change this machine are stubs that log their arguments
    Path stubs = Files.createDirectories(dir.resolve("stubs"));
    Path calls = dir.resolve("calls.log");
    for (String cmd : List.of("getent", "useradd", "chown", "systemctl")) {
      Path stub = stubs.resolve(cmd);
      Files.writeString(stub, "#!/bin/sh\necho \"" + cmd + " $*\" >> " + calls + "\n"
          + (cmd.equals("getent") ? "exit 2\n" : "exit 0\n"));
      Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    Map<String, String> env = Map.of("DPKG_ROOT", root.toString(), "PATH", stubs + ":" + System.getenv("PATH"));

    run(List.of(control.resolve("postinst").toString(), "configure"), env);
    String log = Files.readString(calls);
    assertTrue(log.contains("useradd --system --user-group --home-dir /var/lib/vankien"), log);
    assertTrue(log.contains("chown vankien:vankien " + root.resolve("var/lib/vankien")), log);
    assertFalse(log.contains("systemctl"), log); // never in a scratch root
    assertTrue(Files.isDirectory(root.resolve("var/lib/vankien")));
    assertEquals(Path.of("/opt/vankien/bin/vankien"), Files.readSymbolicLink(root.resolve("usr/bin/vankien")));
    assertTrue(Files.isRegularFile(root.resolve("lib/systemd/system/vankien.service")));
    Path conf = root.resolve("etc/vankien/vankien.properties");
    assertTrue(Files.readString(conf).contains("data = /var/lib/vankien"));

    Files.writeString(conf, "port = 8090\n"); // an administrator's edit survives reconfiguring
    run(List.of(control.resolve("postinst").toString(), "configure", "0.1.0"), env);
    assertEquals("port = 8090\n", Files.readString(conf));

    Files.writeString(root.resolve("var/lib/vankien/archive-file"), "kept");
    run(List.of(control.resolve("prerm").toString(), "remove"), env);
    run(List.of(control.resolve("postrm").toString(), "remove"), env);
    assertFalse(Files.exists(root.resolve("usr/bin/vankien"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
    assertFalse(Files.exists(root.resolve("lib/systemd/system/vankien.service")));
    assertTrue(Files.exists(conf)); // remove keeps the configuration
    run(List.of(control.resolve("postrm").toString(), "purge"), env);
    assertFalse(Files.exists(root.resolve("etc/vankien")));
    assertEquals("kept", Files.readString(root.resolve("var/lib/vankien/archive-file"))); // the archive stays
  }

  /** Runs a command, failing the test on a non-zero exit; its output and error output together. */
  static String run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "timed out: " + command);
    assertEquals(0, p.exitValue(), command + " failed:\n" + out);
    return out.replace("WARNING: Using incubator modules: jdk.incubator.vector\n", "");
  }
}
