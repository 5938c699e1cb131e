package io.vankien.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A running JVM's memory, from outside: resident set now and at its peak (VmRSS, VmHWM of
 * /proc/PID/status), and heap in use after a full GC ({@code jcmd PID GC.run}, then {@code GC.heap_info}).
 *
 * @param rssKb VmRSS before the GC
 * @param hwmKb VmHWM, the peak resident set
 * @param heapUsedKb heap used after the GC, or -1 when jcmd could not say
 * @param heapInfo the heap_info line it was read from (or why not)
 */
public record ProcessMemory(long rssKb, long hwmKb, long heapUsedKb, String heapInfo) {
  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  /** Measures the process; {@code jcmd} is the jcmd of the JDK that runs it. */
  public static ProcessMemory of(long pid, Path jcmd) throws IOException, InterruptedException {
    String status = Files.readString(Path.of("/proc/" + pid + "/status"));
    long rss = kb(status, "VmRSS");
    long hwm = kb(status, "VmHWM");
    String gc = run(jcmd, pid, "GC.run");
    String info = run(jcmd, pid, "GC.heap_info");
    for (String line : info.split("\n")) {
      Matcher m = USED.matcher(line);
      if (m.find()) {
        return new ProcessMemory(rss, hwm, Long.parseLong(m.group(1)), line.strip());
      }
    }
    return new ProcessMemory(rss, hwm, -1, "jcmd gave no heap figure: " + gc + " / " + info);
  }

  /**
   * The process's resident set, and its live heap in one call: {@code jcmd PID GC.class_histogram} runs a
   * full GC and totals the objects that survive it, so nothing the process allocates between two jcmd calls
   * is counted (as it is when {@code GC.heap_info} follows {@code GC.run}).
   */
  public static ProcessMemory live(long pid, Path jcmd) throws IOException, InterruptedException {
    String status = Files.readString(Path.of("/proc/" + pid + "/status"));
    String histogram = run(jcmd, pid, "GC.class_histogram");
    long live = liveBytes(histogram);
    return new ProcessMemory(kb(status, "VmRSS"), kb(status, "VmHWM"), live < 0 ? -1 : live / 1024,
        live < 0 ? "jcmd gave no histogram total" : "class histogram total " + live + " bytes");
  }

  /** The bytes of the "Total" line of a class histogram, or -1. */
  static long liveBytes(String histogram) {
    for (String line : histogram.split("\n")) {
      String[] f = line.strip().split("\\s+");
      if (f.length == 3 && f[0].equals("Total")) {
        return Long.parseLong(f[2]);
      }
    }
    return -1;
  }

  static long kb(String procStatus, String field) {
    for (String line : procStatus.split("\n")) {
      if (line.startsWith(field + ":")) {
        return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").strip());
      }
    }
    return -1;
  }

  private static String run(Path jcmd, long pid, String command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
    try {
      // read while jcmd writes: a long answer (a class histogram) fills the pipe, and a jcmd blocked on it
      // holds the measured JVM's attach listener (its requests stalled 30 s and more until this read first)
      java.util.concurrent.CompletableFuture<byte[]> out = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
        try {
          return p.getInputStream().readAllBytes();
        } catch (IOException e) {
          return new byte[0];
        }
      });
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        return "jcmd " + command + " timed out";
      }
      try {
        return new String(out.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8);
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        return "jcmd " + command + " gave no output: " + e;
      }
    } finally {
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
