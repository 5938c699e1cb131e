package io.vankien.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The search baseline's server: the JDK's HttpServer on 127.0.0.1 answering {@code GET /api/search?q=...}
 * over a plain Lucene index (from {@link PlainLuceneIngest} {@code plain}) with the top 10 Lucene doc ids
 * and the hit count as JSON. It has no fields but the text, so filter parameters are ignored.
 *
 * <p>Usage: {@code PlainLuceneServer INDEX_DIR PORT [THREADS=16]}.
 */
public final class PlainLuceneServer {
  private PlainLuceneServer() {}

  public static void main(String[] args) throws Exception {
    Path indexDir = Path.of(args[0]);
    int port = Integer.parseInt(args[1]);
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 16;
    DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir));
    IndexSearcher searcher = new IndexSearcher(reader);
    PlainLuceneQueries queries = new PlainLuceneQueries();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    server.setExecutor(pool);
    server.createContext("/api/search", ex -> {
      try {
        String q = param(ex.getRequestURI().getRawQuery(), "q");
        if (q == null) {
          send(ex, 400, "{\"error\":\"q is required\"}");
          return;
        }
        TopDocs top = searcher.search(queries.parse(q), 10);
        StringBuilder b = new StringBuilder("{\"total\":").append(top.totalHits.value()).append(",\"ids\":[");
        for (int i = 0; i < top.scoreDocs.length; i++) {
          ScoreDoc sd = top.scoreDocs[i];
          b.append(i == 0 ? "" : ",").append(sd.doc);
        }
        send(ex, 200, b.append("]}").toString());
      } catch (IOException | RuntimeException e) {
        send(ex, 500, "{\"error\":\"" + e.getClass().getSimpleName() + "\"}");
      } finally {
        ex.close();
      }
    });
    server.start();
    System.err.println("plain Lucene server on http://127.0.0.1:" + port + "/ over " + indexDir);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop(0);
      pool.shutdownNow();
    }));
  }

  private static String param(String rawQuery, String name) {
    if (rawQuery == null) {
      return null;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (key.equals(name)) {
        return URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static void send(HttpExchange ex, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }
}
