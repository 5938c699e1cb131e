package io.vankien.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Facts about the machine a benchmark ran on: cores, CPU model, JDK, and the load average now. */
public final class MachineFacts {
  private MachineFacts() {}

  public static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  public static String jdk() {
    return System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version")
        + " (" + System.getProperty("java.home") + ")";
  }

  public static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException e) {
      // unknown
    }
    return "unknown";
  }

  /** The 1, 5 and 15 minute load averages, as /proc/loadavg gives them ("unknown" elsewhere). */
  public static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | ArrayIndexOutOfBoundsException e) {
      return "unknown";
    }
  }
}
