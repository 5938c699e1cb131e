package io.vankien.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a running process has had to fetch from storage so far, from outside: major page faults (field 12 of
 * /proc/PID/stat: a mapped index page that was not in the page cache) and bytes read from storage
 * ({@code read_bytes} of /proc/PID/io). A search phase's difference says whether it measured the searches or the
 * page cache: an index larger than the cache (the 1M archive) faults where a smaller one does not.
 *
 * @param majorFaults major page faults, or -1 where /proc does not say (not Linux)
 * @param readBytes bytes read from storage, or -1 where /proc does not say
 */
public record ProcessIo(long majorFaults, long readBytes) {
  /** Unknown: no /proc to read. */
  static final ProcessIo UNKNOWN = new ProcessIo(-1, -1);

  /** The process's figures now; {@link #UNKNOWN} parts where /proc cannot be read. */
  public static ProcessIo of(long pid) {
    return new ProcessIo(majorFaults(read("/proc/" + pid + "/stat")), readBytes(read("/proc/" + pid + "/io")));
  }

  /** What happened between {@code before} and this; -1 where either side is unknown. */
  public ProcessIo since(ProcessIo before) {
    return new ProcessIo(difference(majorFaults, before.majorFaults), difference(readBytes, before.readBytes));
  }

  /** Field 12 (majflt) of a /proc/PID/stat line; the command name (field 2) may hold spaces and parentheses. */
  static long majorFaults(String stat) {
    int close = stat == null ? -1 : stat.lastIndexOf(')');
    if (close < 0) {
      return -1;
    }
    String[] after = stat.substring(close + 1).trim().split("\\s+"); // fields 3, 4, ...
    return after.length > 9 ? parse(after[9]) : -1;
  }

  /** The {@code read_bytes:} line of /proc/PID/io. */
  static long readBytes(String io) {
    if (io == null) {
      return -1;
    }
    for (String line : io.split("\n")) {
      if (line.startsWith("read_bytes:")) {
        return parse(line.substring("read_bytes:".length()).strip());
      }
    }
    return -1;
  }

  private static long difference(long after, long before) {
    return after < 0 || before < 0 ? -1 : after - before;
  }

  private static long parse(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String read(String path) {
    try {
      return Files.readString(Path.of(path));
    } catch (IOException | RuntimeException e) {
      return null; // no /proc, or the process is gone
    }
  }
}
