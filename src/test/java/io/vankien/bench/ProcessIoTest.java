package io.vankien.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessIoTest {
  @Test
  void majorFaultsIsTheTwelfthFieldWhateverTheCommandName() {
    // fields: pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt ...
    assertEquals(7, ProcessIo.majorFaults("42 (java) S 1 42 42 0 -1 4194560 1234 0 7 0 55 3"));
    assertEquals(9, ProcessIo.majorFaults("42 (a b) (c)) R 1 42 42 0 -1 4194560 10 0 9 0 1 1"));
    assertEquals(-1, ProcessIo.majorFaults("42 (java) S 1 42"));
    assertEquals(-1, ProcessIo.majorFaults("no parenthesis"));
    assertEquals(-1, ProcessIo.majorFaults(null));
  }

  @Test
  void readBytesIsTheReadBytesLine() {
    String io = "rchar: 900\nwchar: 12\nsyscr: 3\nsyscw: 1\nread_bytes: 40960\nwrite_bytes: 0\n";
    assertEquals(40960, ProcessIo.readBytes(io));
    assertEquals(-1, ProcessIo.readBytes("rchar: 900\n"));
    assertEquals(-1, ProcessIo.readBytes(null));
  }

  @Test
  void sinceSubtractsAndKeepsUnknownsUnknown() {
    ProcessIo d = new ProcessIo(15, 8192).since(new ProcessIo(5, 4096));
    assertEquals(new ProcessIo(10, 4096), d);
    assertEquals(new ProcessIo(-1, -1), new ProcessIo(15, 8192).since(ProcessIo.UNKNOWN));
    assertEquals(new ProcessIo(-1, 0), new ProcessIo(-1, 5).since(new ProcessIo(3, 5)));
  }

  @Test
  void readsThisProcess(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "no /proc here (not Linux): nothing to read");
    long pid = ProcessHandle.current().pid();
    ProcessIo before = ProcessIo.of(pid);
    assertTrue(before.majorFaults() >= 0, "major faults of a running JVM: " + before);
    // a page of a new mapping is faulted in when touched (a minor fault when it is in the page cache: the count
    // cannot be asserted to grow, only to be read and never to fall)
    Path f = Files.write(dir.resolve("mapped"), new byte[1 << 16]);
    try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "r")) {
      MappedByteBuffer m = raf.getChannel().map(FileChannel.MapMode.READ_ONLY, 0, 1 << 16);
      long sum = 0;
      for (int i = 0; i < m.capacity(); i += 4096) {
        sum += m.get(i);
      }
      assertEquals(0, sum);
    }
    ProcessIo d = ProcessIo.of(pid).since(before);
    assertTrue(d.majorFaults() >= 0, "faults never fall: " + d);
    assertEquals(ProcessIo.UNKNOWN, ProcessIo.of(Long.MAX_VALUE), "no such process: unknown, not a failure");
  }
}
