package io.vankien.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's children started through the installation's launcher, as a user starts them (a stand-in
 * launcher here, which reports its arguments and the environment it was given).
 */
class ProcessRunnerLauncherTest {
  @TempDir Path tmp;

  private ProcessRunner runnerWithStandInLauncher() throws Exception {
    Path home = Files.createDirectories(tmp.resolve("home"));
    Path launcher = home.resolve("vankien");
    Files.writeString(launcher, "#!/bin/sh\necho \"args: $*\"\necho \"token: ${VANKIEN_STAFF_TOKEN:-none}\"\n");
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    return new ProcessRunner(tmp.resolve("logs"), home);
  }

  @Test
  void theLauncherOfTheInstallationRunsWithTheArguments() throws Exception {
    ProcessRunner runner = runnerWithStandInLauncher();
    assertEquals(List.of(tmp.resolve("home/vankien").toString(), "ingest", "--quiet", "a b.txt"),
        runner.launcherCommand(List.of("ingest", "--quiet", "a b.txt")));
    ProcessRunner.Timed t = runner.runLauncher("one", List.of("ingest", "--quiet", "a b.txt"), Duration.ofMinutes(1));
    assertEquals(0, t.exitCode());
    assertEquals(List.of("args: ingest --quiet a b.txt", "token: none"), Files.readAllLines(t.stdout()));
  }

  @Test
  void aStartedLauncherGetsTheExtraEnvironment() throws Exception {
    ProcessRunner runner = runnerWithStandInLauncher();
    ProcessRunner.Started s = runner.startLauncher("serve", List.of("serve", "--port", "1"),
        Map.of("VANKIEN_STAFF_TOKEN", "t0k"));
    try {
      assertEquals(0, s.process().waitFor());
    } finally {
      ProcessRunner.stop(s.process());
    }
    assertEquals(List.of("args: serve --port 1", "token: t0k"), Files.readAllLines(s.stdout()));
  }
}
