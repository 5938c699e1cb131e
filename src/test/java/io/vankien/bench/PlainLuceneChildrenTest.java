package io.vankien.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baselines as child processes: ingest, serve, answer, measured from outside, stopped. */
class PlainLuceneChildrenTest {
  @TempDir Path tmp;

  @Test
  void plainIngestThenServeAnswersAndIsMeasured() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs/000"));
    Files.writeString(docs.resolve("a.txt"), "Nghị quyết về xây dựng nông thôn mới");
    Files.writeString(docs.resolve("b.txt"), "Kế hoạch chuyển đổi số, nông thôn");
    Files.writeString(docs.resolve("c.meta.json"), "{}"); // a sidecar: left out, as vankien's ingest does
    ProcessRunner runner = new ProcessRunner(tmp.resolve("logs"), Path.of("").toAbsolutePath());
    Path index = tmp.resolve("plain");
    ProcessRunner.Timed t = runner.run("ingest", PlainLuceneIngest.class.getName(),
        List.of("plain", index.toString(), "2", docs.toString()), Duration.ofMinutes(3));
    assertEquals(0, t.exitCode(), ProcessRunner.tail(t.stderr(), 20));
    assertTrue(Files.readString(t.stdout()).startsWith("documents 2 bytes "), Files.readString(t.stdout()));

    int port = ServerProbe.freePort();
    ProcessRunner.Started s = runner.start("serve", PlainLuceneServer.class.getName(),
        List.of(index.toString(), Integer.toString(port)), Map.of());
    try {
      ServerProbe.msToFirstAnswer(s.process(), s.startNanos(), port, "q=x", Duration.ofMinutes(2));
      String body = HttpSearchTarget.loopbackClient().send(HttpRequest.newBuilder(URI.create(
          "http://127.0.0.1:" + port + "/api/search?q=n%C3%B4ng+th%C3%B4n&province=ignored")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      assertTrue(body.startsWith("{\"total\":2,\"ids\":["), body);
      ProcessMemory mem = ProcessMemory.of(s.process().pid(), ProcessRunner.javaHome().resolve("bin/jcmd"));
      assertTrue(mem.rssKb() > 0 && mem.hwmKb() >= mem.rssKb(), mem.toString());
      assertTrue(mem.heapUsedKb() > 0, mem.heapInfo());
    } finally {
      ProcessRunner.stop(s.process());
    }
    assertTrue(!s.process().isAlive());
  }

  @Test
  void schemaAndRankingBaselinesIndexVankiensFieldsAndNothingElse() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs/000"));
    Files.writeString(docs.resolve("a.txt"), "Nghị quyết về xây dựng nông thôn mới");
    Files.writeString(docs.resolve("b.txt"), "Kế hoạch chuyển đổi số, nông thôn");
    ProcessRunner runner = new ProcessRunner(tmp.resolve("logs"), Path.of("").toAbsolutePath());
    String pair = onlyTerm(io.vankien.index.Schema.TEXT_PAIRS_FOLDED, "nông thôn"); // as the archive indexes it
    for (String mode : List.of("schema", "ranking")) {
      Path index = tmp.resolve(mode);
      ProcessRunner.Timed t = runner.run("ingest-" + mode, PlainLuceneIngest.class.getName(),
          List.of(mode, index.toString(), "2", docs.toString()), Duration.ofMinutes(3));
      assertEquals(0, t.exitCode(), ProcessRunner.tail(t.stderr(), 20));
      try (org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(
          org.apache.lucene.store.FSDirectory.open(index))) {
        org.apache.lucene.index.FieldInfos fields = org.apache.lucene.index.FieldInfos.getMergedFieldInfos(r);
        assertEquals(mode.equals("ranking") ? 2 : 1, fields.size(), mode);
        assertEquals(2, r.docFreq(new org.apache.lucene.index.Term(io.vankien.index.Schema.TEXT, "thôn")), mode);
        assertEquals(mode.equals("ranking") ? 2 : 0,
            r.docFreq(new org.apache.lucene.index.Term(io.vankien.index.Schema.TEXT_PAIRS_FOLDED, pair)), mode);
      }
    }
  }

  private static String onlyTerm(String field, String text) throws java.io.IOException {
    try (org.apache.lucene.analysis.TokenStream ts = io.vankien.index.Schema.indexAnalyzer().tokenStream(field, text)) {
      org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      assertTrue(ts.incrementToken());
      String first = term.toString();
      assertTrue(!ts.incrementToken(), "one term");
      ts.end();
      return first;
    }
  }

  @Test
  void procStatusFields() {
    String status = "Name:\tjava\nVmHWM:\t  123456 kB\nVmRSS:\t   98765 kB\n";
    assertEquals(98765, ProcessMemory.kb(status, "VmRSS"));
    assertEquals(123456, ProcessMemory.kb(status, "VmHWM"));
    assertEquals(-1, ProcessMemory.kb(status, "VmSwap"));
  }

  @Test
  void plainMergeLeavesOneSegmentWithEveryDocument() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs/000"));
    Files.writeString(docs.resolve("a.txt"), "Nghị quyết về xây dựng nông thôn mới");
    Path late = Files.writeString(tmp.resolve("late.txt"), "Thông báo kết luận");
    ProcessRunner runner = new ProcessRunner(tmp.resolve("logs"), Path.of("").toAbsolutePath());
    Path index = tmp.resolve("plain");
    for (Path p : List.of(docs, late)) { // two processes, two commits: two segments
      assertEquals(0, runner.run("ingest", PlainLuceneIngest.class.getName(),
          List.of("plain", index.toString(), "1", p.toString()), Duration.ofMinutes(3)).exitCode());
    }
    ProcessRunner.Timed m = runner.run("merge", PlainLuceneMerge.class.getName(), List.of(index.toString(), "1"),
        Duration.ofMinutes(3));
    assertEquals(0, m.exitCode(), ProcessRunner.tail(m.stderr(), 20));
    assertEquals("segments 2 -> 1", Files.readString(m.stdout()).strip());
    try (org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(
        org.apache.lucene.store.FSDirectory.open(index))) {
      assertEquals(1, r.leaves().size());
      assertEquals(2, r.numDocs());
    }
  }
}
