package io.vankien.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.vankien.search.Json;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpLoadRunTest {
  @TempDir Path tmp;

  @Test
  void loadsARealServerWithTheMixOfTheFirstDocsOnly() throws Exception {
    // a sample manifest: 30 entries of three titles; only the first (title 0) may feed a mix limited to 1 document
    List<CorpusManifest.Entry> entries = QueryMixTest.entries();
    StringBuilder manifest = new StringBuilder();
    for (CorpusManifest.Entry e : entries) {
      manifest.append(Json.MAPPER.writeValueAsString(e)).append('\n');
    }
    Files.writeString(tmp.resolve(CorpusManifest.FILE), manifest);
    AtomicLong served = new AtomicLong();
    Set<String> queries = ConcurrentHashMap.newKeySet();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.setExecutor(Executors.newFixedThreadPool(2));
    server.createContext("/api/search", ex -> {
      served.incrementAndGet();
      queries.add(URLDecoder.decode(ex.getRequestURI().getRawQuery(), StandardCharsets.UTF_8));
      byte[] body = "{\"total\":1}".getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    server.start();
    try {
      Map<String, Object> out = HttpLoadRun.run(tmp, 1, server.getAddress().getPort(), 2, 0, 1, 3, 40, -1);
      long requests = ((Number) out.get("requests")).longValue();
      assertTrue(requests > 0);
      // no warm-up: every request the server saw is recorded, and only those (the load's client sends nothing again:
      // a request lost or repeated by the load generator shows here)
      assertEquals(served.get(), requests);
      assertEquals(0L, ((Number) out.get("errors")).longValue());
      assertEquals(11.0, ((Number) out.get("meanAnswerBytes")).doubleValue());
      assertEquals(40, out.get("mixSize"));
      assertFalse(out.containsKey("serverMemory"), "no process id given");
      // every query is of the first document: its number, or words of its title
      String title = entries.get(0).title();
      for (String q : queries) {
        String text = q.replaceFirst("^q=", "").replaceAll("&.*", "").replace("\"", "");
        boolean ofFirst = text.equals(entries.get(0).number()) || List.of(text.split(" ")).stream()
            .allMatch(w -> title.contains(w) || QueryMix.fold(title).contains(w));
        assertTrue(ofFirst, q);
      }
      // the JSON the program prints
      assertTrue(Json.MAPPER.writeValueAsString(out).contains("\"p99Ms\""));
    } finally {
      server.stop(0);
    }
  }
}
