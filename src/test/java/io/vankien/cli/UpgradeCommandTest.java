package io.vankien.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.audit.AuditLog;
import io.vankien.index.ArchiveFormat;
import io.vankien.index.Schema;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve, ingest and the read commands refuse an archive of an older format, naming the command that upgrades it. */
class UpgradeCommandTest {
  @TempDir Path tmp;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = Main.run(args);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void serveAndIngestRefuseAnOlderArchiveAndUpgradeRebuildsIt() throws Exception {
    Path in = tmp.resolve("in/nq-07.txt"); // a sample, not a real document
    Files.createDirectories(in.getParent());
    Files.writeString(in, "VĂN BẢN MẪU\nTỈNH ỦY HÀ NAM\nSố 07-NQ/TU\nNGHỊ QUYẾT\nvề chuyển đổi số",
        StandardCharsets.UTF_8);
    String data = tmp.resolve("data").toString();
    assertEquals(0, run("ingest", "--quiet", "--index", data, in.toString()).code());
    try (FSDirectory dir = FSDirectory.open(Path.of(data, "lucene"));
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Schema.indexAnalyzer()))) {
      w.setLiveCommitData(new ArchiveFormat(Schema.VERSION, ArchiveFormat.ANALYSIS, ArchiveFormat.METADATA - 1,
          ArchiveFormat.EXTRACTOR).userData().entrySet());
      w.commit();
    }

    Run ingest = run("ingest", "--quiet", "--index", data, in.toString());
    assertNotEquals(0, ingest.code());
    assertTrue(ingest.err().contains("./vankien upgrade --index " + data), ingest.err());
    assertTrue(ingest.err().contains("quy tắc đọc siêu dữ liệu"), ingest.err());
    Run search = run("search", "--index", data, "chuyển đổi số");
    assertNotEquals(0, search.code());
    assertTrue(search.err().contains("./vankien upgrade"), search.err());

    ExecutorService ex = Executors.newSingleThreadExecutor();
    try {
      // the server refuses before it binds; were it to serve, the guard below ends the wait
      Future<Run> serve = ex.submit(() -> run("serve", "--index", data, "--port", "0"));
      Run r = serve.get(5, TimeUnit.MINUTES);
      assertEquals(Main.ARCHIVE_FORMAT_EXIT, r.code(), "the status the systemd unit does not restart on");
      assertTrue(r.err().contains("./vankien upgrade --index " + data), r.err());
    } finally {
      ex.shutdownNow();
    }

    Run up = run("upgrade", "--index", data);
    assertEquals(0, up.code(), up.err());
    assertTrue(up.out().startsWith("đã nâng cấp 1 văn bản"), up.out());
    assertTrue(up.err().contains("nâng cấp: 1/1 văn bản"), up.err());
    assertTrue(new AuditLog(Path.of(data)).tailLines(1).get(0).contains("\"upgrade\""));

    Run after = run("search", "--index", data, "chuyển đổi số");
    assertEquals(0, after.code(), after.err());
    assertTrue(after.out().contains("07-NQ/TU"), after.out());
    Run again = run("upgrade", "--index", data);
    assertEquals(0, again.code());
    assertTrue(again.out().contains("không cần nâng cấp"), again.out());
  }

  @Test
  void theDemoUpgradesItsOwnFolder() throws Exception {
    Path in = tmp.resolve("in/nq-07.txt"); // a sample, not a real document
    Files.createDirectories(in.getParent());
    Files.writeString(in, "VĂN BẢN MẪU\nTỈNH ỦY HÀ NAM\nSố 07-NQ/TU\nNGHỊ QUYẾT\nvề chuyển đổi số",
        StandardCharsets.UTF_8);
    Path data = tmp.resolve("demo");
    assertEquals(0, run("ingest", "--quiet", "--index", data.toString(), in.toString()).code());
    try (FSDirectory dir = FSDirectory.open(data.resolve("lucene"));
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Schema.indexAnalyzer()))) {
      w.setLiveCommitData(new ArchiveFormat(Schema.VERSION - 1, ArchiveFormat.ANALYSIS, ArchiveFormat.METADATA,
          ArchiveFormat.EXTRACTOR).userData().entrySet());
      w.commit();
    }
    DemoCommand.upgradeOwnFolder(data);
    try (io.vankien.index.Archive a = io.vankien.index.Archive.openReadOnly(data)) {
      assertEquals(ArchiveFormat.CURRENT, a.recordedFormat());
    }
    DemoCommand.upgradeOwnFolder(tmp.resolve("none")); // no archive yet: nothing to do, nothing made
    assertTrue(Files.notExists(tmp.resolve("none")));
  }
}
