package io.vankien.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vankien.search.Json;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random and malformed requests over loopback, seeded and bounded (at most {@value #REQUESTS} requests or
 * {@value #BUDGET_SECONDS} s): paths, query parameters (unknown, repeated, huge, badly encoded, bad numbers
 * and dates), bodies (random JSON and bytes), uploads (random bytes, hostile names, malformed multipart), raw
 * malformed HTTP; with and without the staff token. No answer may be a 5xx, every answer must come within
 * its timeout, and every error must be the API's JSON. Seed: -Dvankien.fuzz.seed=N (default 13).
 */
@Timeout(180)
class HttpFuzzTest {
  static final int REQUESTS = 3_000;
  static final int BUDGET_SECONDS = 60;
  private static final Duration PER_REQUEST = Duration.ofSeconds(20);
  private static final String[] PARAMS = {"q", "province", "provinceCurrent", "type", "year", "month", "from", "to",
      "signer", "issuer", "level", "term", "sort", "page", "size", "facetLimit", "format", "x", "", "q[]", "%71"};
  private static final String[] WORDS = {"nghị quyết", "Quảng Bình", "2021", "12-NQ/TU", "\"du lịch\"", "AND", "OR",
      "NOT", "(", ")", "*", "?", "~", "^2", "-", "+", "/", ":", "\\", "năm 2020", "đảng bộ", "tỉnh ủy", "A/", "1-",
      "..", "%", "&", "=", "#", "\u0000", "\u202e", "😀", "ﬁ", "a".repeat(300)};
  private static final String[] METHODS = {"GET", "GET", "GET", "GET", "POST", "PATCH", "DELETE", "PUT", "HEAD", "OPTIONS"};
  /** A request line with this version is answered 505 (HTTP Version Not Supported): the client's error, by the protocol. */
  private static final String BAD_VERSION = "HTTP/7.1";
  @TempDir Path tmp;

  @Test
  void noRequestGetsA5xxOrHangs() throws Exception {
    long seed = Long.getLong("vankien.fuzz.seed", 13);
    Random rnd = new Random(seed);
    WebOptions options = new WebOptions(256 << 10, 2, Duration.ofSeconds(10), List.of());
    List<String> failures = new ArrayList<>();
    int sent = 0;
    try (TestServer s = new TestServer(tmp.resolve("data"), Path.of("web"), options)) {
      // every role asks: anonymous, the staff token, an account's token of each role, a wrong token, a stale cookie
      io.vankien.auth.Accounts accounts = new io.vankien.auth.Accounts(tmp.resolve("data"));
      List<String> tokens = new ArrayList<>(List.of(TestServer.TOKEN, "wrong-token-xyz"));
      for (io.vankien.auth.Role role : List.of(io.vankien.auth.Role.READER, io.vankien.auth.Role.STAFF,
          io.vankien.auth.Role.ADMIN)) {
        accounts.add("fuzz-" + role.code(), role, null, null);
        tokens.add(accounts.newToken("fuzz-" + role.code()));
      }
      accounts.add("fuzz-staff-ha-nam", io.vankien.auth.Role.STAFF, List.of("Hà Nam"), null);
      tokens.add(accounts.newToken("fuzz-staff-ha-nam"));
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        byte[] text = ("VĂN BẢN MẪU " + i + "\nNghị quyết về du lịch tỉnh Quảng Bình năm 2021").getBytes(StandardCharsets.UTF_8);
        ids.add(TestServer.json(s.upload("seed-" + i + ".txt", text, null)).get("documents").get(0).get("id").asText());
      }
      long deadline = System.nanoTime() + BUDGET_SECONDS * 1_000_000_000L;
      while (sent < REQUESTS && System.nanoTime() < deadline) {
        int kind = rnd.nextInt(100);
        String what;
        try {
          if (kind < 8) {
            what = raw(s, rnd, failures);
          } else {
            Fuzzed f = kind < 20 ? upload(rnd, ids) : kind < 35 ? body(rnd, ids) : query(rnd, ids);
            what = f.describe();
            HttpRequest.Builder b = s.request(f.path).timeout(PER_REQUEST).method(f.method,
                f.body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(f.body));
            if (f.contentType != null) {
              b.header("Content-Type", f.contentType);
            }
            int who = rnd.nextInt(tokens.size() + 2);
            if (who < tokens.size()) {
              b.header("Authorization", "Bearer " + tokens.get(who));
            } else if (who == tokens.size()) {
              b.header("Cookie", CallerResolver.COOKIE + "=" + enc(randomText(rnd, 3)));
            }
            HttpResponse<byte[]> r = s.http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            check(r.statusCode(), f.method, r.body(), r.headers().firstValue("Content-Type").orElse(""), what, failures);
          }
        } catch (HttpTimeoutException e) {
          failures.add("no answer within " + PER_REQUEST + ": request " + sent);
        } catch (java.io.IOException e) {
          // a connection the server closed after refusing a body (413, malformed multipart): not a 5xx, not a hang
        }
        sent++;
      }
    }
    assertTrue(sent >= 500, "too few requests in the time budget: " + sent);
    assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " requests failed (seed " + seed + "):\n"
        + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    try (Stream<Path> left = Files.walk(tmp.resolve("data/tmp"))) {
      assertTrue(left.filter(Files::isRegularFile).findAny().isEmpty(), "upload files left in <data>/tmp");
    }
  }

  private record Fuzzed(String method, String path, byte[] body, String contentType) {
    String describe() {
      String b = body == null ? "" : new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
      return method + " " + (path.length() > 300 ? path.substring(0, 300) + "…" : path) + (b.isEmpty() ? "" : " body: " + b);
    }
  }

  private static void check(int status, String method, byte[] body, String contentType, String what, List<String> failures) {
    if (status >= 500 && !(status == 505 && what.contains(BAD_VERSION))) {
      failures.add(status + ": " + what + " -> " + new String(body, StandardCharsets.UTF_8));
      return;
    }
    if (status >= 400 && !method.equals("HEAD")) {
      try {
        JsonNode n = Json.MAPPER.readTree(body);
        boolean shape = n != null && (n.path("error").isTextual()
            || status == 422 && n.path("documents").isArray()); // an upload some of whose files failed
        if (!shape || !contentType.startsWith("application/json")) {
          failures.add(status + " without the JSON error shape: " + what);
        }
      } catch (Exception e) {
        failures.add(status + " with a body that is not JSON: " + what + " -> "
            + new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8));
      }
    }
  }

  private static String pick(Random rnd, String[] a) {
    return a[rnd.nextInt(a.length)];
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String path(Random rnd, List<String> ids) {
    String id = switch (rnd.nextInt(4)) {
      case 0 -> ids.get(rnd.nextInt(ids.size()));
      case 1 -> "0".repeat(rnd.nextInt(40));
      case 2 -> enc(randomText(rnd, 30));
      default -> "..%2F..%2Fetc%2Fpasswd";
    };
    return switch (rnd.nextInt(16)) {
      case 12 -> "/api/login";
      case 13 -> "/api/logout";
      case 14 -> "/api/me";
      case 15 -> "/api/audit";
      case 0 -> "/api/search";
      case 1 -> "/api/export";
      case 2 -> "/api/stats";
      case 3 -> "/api/suggest";
      case 4 -> "/api/documents/" + id;
      case 5 -> "/api/documents/" + id + "/original";
      case 6 -> "/api/documents/" + id + "/meta";
      case 7 -> "/api/health";
      case 8 -> "/api/documents";
      case 9 -> "/openapi.json";
      case 10 -> "/";
      default -> "/" + enc(randomText(rnd, 20)) + "/" + enc(randomText(rnd, 5));
    };
  }

  private static String randomText(Random rnd, int maxWords) {
    StringBuilder sb = new StringBuilder();
    int n = rnd.nextInt(maxWords + 1);
    for (int i = 0; i < n; i++) {
      if (i > 0 && rnd.nextBoolean()) {
        sb.append(' ');
      }
      sb.append(rnd.nextInt(4) == 0 ? String.valueOf((char) (rnd.nextInt(0x2FFF) + 1)) : pick(rnd, WORDS));
    }
    return sb.toString();
  }

  private static String value(Random rnd) {
    return switch (rnd.nextInt(10)) {
      case 0 -> String.valueOf(rnd.nextLong());
      case 1 -> String.valueOf(rnd.nextInt(2000) - 1000);
      case 2 -> rnd.nextInt(3000) + "-" + rnd.nextInt(15) + "-" + rnd.nextInt(40);
      case 3 -> "9".repeat(rnd.nextInt(30) + 1);
      case 4 -> "a".repeat(rnd.nextInt(3000));
      case 5 -> pick(rnd, new String[] {"relevance", "date", "-date", "newest", "oldest", "csv", "json", "jsonl", "xml"});
      default -> randomText(rnd, 12);
    };
  }

  private static Fuzzed query(Random rnd, List<String> ids) {
    StringBuilder q = new StringBuilder();
    int n = rnd.nextInt(8);
    for (int i = 0; i < n; i++) {
      q.append(i == 0 ? "" : "&").append(enc(pick(rnd, PARAMS)));
      if (rnd.nextInt(8) > 0) {
        q.append('=').append(enc(value(rnd)));
      }
    }
    String p = path(rnd, ids);
    String method = rnd.nextInt(5) == 0 ? pick(rnd, METHODS) : "GET";
    return new Fuzzed(method, p + (q.isEmpty() ? "" : "?" + q), null, null);
  }

  private static Fuzzed body(Random rnd, List<String> ids) {
    String id = ids.get(rnd.nextInt(ids.size()));
    byte[] body = switch (rnd.nextInt(8)) {
      case 0 -> "null".getBytes(StandardCharsets.UTF_8);
      case 1 -> randomBytes(rnd, rnd.nextInt(2000));
      case 2 -> ("[" + json(rnd, 3) + "]").getBytes(StandardCharsets.UTF_8);
      case 3 -> ("{\"title\":\"" + "x".repeat(rnd.nextInt(200_000)) + "\"}").getBytes(StandardCharsets.UTF_8);
      default -> metaJson(rnd).getBytes(StandardCharsets.UTF_8);
    };
    String method = pick(rnd, new String[] {"PATCH", "PATCH", "POST", "PUT", "DELETE"});
    String path = rnd.nextInt(4) == 0 ? path(rnd, ids) : "/api/documents/" + id + "/meta";
    return new Fuzzed(method, path, body, rnd.nextBoolean() ? "application/json" : pick(rnd,
        new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "*/*"}));
  }

  private static String metaJson(Random rnd) {
    String[] fields = {"title", "date", "province", "provinceCurrent", "signer", "type", "cites", "recipients",
        "provincesMentioned", "provenance", "colour", "number", "level", "term"};
    StringBuilder sb = new StringBuilder("{");
    int n = rnd.nextInt(5);
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : ",").append(Json.write(pick(rnd, fields))).append(':').append(json(rnd, 2));
    }
    return sb.append('}').toString();
  }

  private static String json(Random rnd, int depth) {
    return switch (depth <= 0 ? rnd.nextInt(4) : rnd.nextInt(7)) {
      case 0 -> "null";
      case 1 -> String.valueOf(rnd.nextInt());
      case 2, 3 -> Json.write(rnd.nextBoolean() ? value(rnd) : rnd.nextBoolean() ? "2021-03-15" : "Hà Nam");
      case 4 -> "[" + json(rnd, depth - 1) + "," + json(rnd, depth - 1) + "]";
      case 5 -> "{\"a\":" + json(rnd, depth - 1) + "}";
      default -> "true";
    };
  }

  private static byte[] randomBytes(Random rnd, int n) {
    byte[] b = new byte[n];
    rnd.nextBytes(b);
    return b;
  }

  private static Fuzzed upload(Random rnd, List<String> ids) {
    String boundary = "fuzz" + rnd.nextInt(1_000_000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String name = pick(rnd, new String[] {"a.txt", "x.pdf", "y.docx", ".", "..", "/", "a/../../b", "", "z.html",
        "Nghị quyết ".repeat(40) + ".txt", "s.rtf", "t.odt", "u.png", "noext"});
    byte[] content = switch (rnd.nextInt(5)) {
      case 0 -> randomBytes(rnd, rnd.nextInt(20_000));
      case 1 -> ("VĂN BẢN MẪU\n" + randomText(rnd, 200)).getBytes(StandardCharsets.UTF_8);
      case 2 -> ("%PDF-1.4\n" + randomText(rnd, 20)).getBytes(StandardCharsets.ISO_8859_1);
      case 3 -> ("PK\u0003\u0004" + randomText(rnd, 20)).getBytes(StandardCharsets.ISO_8859_1);
      default -> ("<html><body>" + randomText(rnd, 50) + "</body></html>").getBytes(StandardCharsets.UTF_8);
    };
    out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + (rnd.nextInt(10) == 0 ? "other" : "file")
        + "\"; filename=\"" + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    if (rnd.nextBoolean()) {
      out.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"meta\"\r\n\r\n" + metaJson(rnd))
          .getBytes(StandardCharsets.UTF_8));
    }
    if (rnd.nextInt(4) > 0) {
      out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    }
    byte[] body = out.toByteArray();
    if (rnd.nextInt(6) == 0) {
      body = java.util.Arrays.copyOf(body, rnd.nextInt(body.length + 1)); // truncated
    }
    String ct = rnd.nextInt(8) == 0 ? "multipart/form-data" : "multipart/form-data; boundary="
        + (rnd.nextInt(8) == 0 ? "other" : boundary);
    return new Fuzzed("POST", rnd.nextInt(10) == 0 ? path(rnd, ids) : "/api/documents", body, ct);
  }

  /** Malformed HTTP on a raw socket: bad percent-encodings, long lines, bad versions and headers. */
  private static String raw(TestServer s, Random rnd, List<String> failures) throws Exception {
    String target = switch (rnd.nextInt(7)) {
      case 0 -> "/api/search?province=%E0%A4%A&q=x";
      case 1 -> "/api/documents/%" + (char) ('G' + rnd.nextInt(10)) + "1";
      case 2 -> "/api/search?q=" + "A/".repeat(rnd.nextInt(20_000));
      case 3 -> "/api/search?" + "%".repeat(rnd.nextInt(20) + 1);
      case 4 -> "/../../etc/passwd";
      case 5 -> "/api/stats?year=%C3%28";
      default -> "/api/export?format=%FF";
    };
    String version = rnd.nextInt(10) == 0 ? BAD_VERSION : "HTTP/1.1";
    String extra = switch (rnd.nextInt(5)) {
      case 0 -> "X-Big: " + "a".repeat(rnd.nextInt(40_000)) + "\r\n";
      case 1 -> "Bad Header Line\r\n";
      case 2 -> "X-HTTP-Method-Override: DELETE\r\n";
      default -> "";
    };
    String req = "GET " + target + " " + version + "\r\nHost: x\r\n" + extra + "Connection: close\r\n\r\n";
    String answer = s.raw(req.getBytes(StandardCharsets.ISO_8859_1), (int) PER_REQUEST.toMillis());
    // the version first: a long target would cut it from the description the 505 allowance looks at
    String what = "raw " + version + " " + (req.length() > 200 ? req.substring(0, 200) + "…" : req);
    if (answer.isEmpty()) {
      failures.add("no answer: " + what);
      return what;
    }
    int status = Integer.parseInt(answer.substring(9, 12));
    int head = answer.indexOf("\r\n\r\n");
    String type = answer.lines().filter(l -> l.toLowerCase().startsWith("content-type:")).findFirst().orElse("content-type: ");
    check(status, "GET", answer.substring(head + 4).getBytes(StandardCharsets.UTF_8),
        type.substring("content-type:".length()).strip(), what, failures);
    return what;
  }
}
