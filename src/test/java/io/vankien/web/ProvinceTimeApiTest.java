package io.vankien.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vankien.auth.Accounts;
import io.vankien.auth.Role;
import io.vankien.index.Archive;
import io.vankien.meta.Provinces;
import io.vankien.search.Json;
import io.vankien.testing.TestArchives;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * /api/stats/province-time (issue 16) over invented sample documents: every cell of the province x period
 * table equals the total of /api/search with the same query and filters narrowed to that province and
 * period; the table counts only what the caller may read (checked against the documents as written, not
 * against another endpoint); its CSV holds the same numbers; and /api/stats counts only documents matching
 * every filter it is given.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvinceTimeApiTest {
  @TempDir static Path tmp;
  private static final String STAFF_TOKEN = "province-time-staff-token";
  private static final List<String> OLD_PROVINCES = List.of("Hà Nam", "Ninh Bình", "Nam Định", "Bắc Giang",
      "Bắc Ninh", "Quảng Bình", "Hà Giang", "Hà Nội");
  private static final List<String> TOPICS = List.of("khoáng sản", "nông nghiệp", "chuyển đổi số");
  private static final List<String> TYPES = List.of("Nghị quyết", "Chỉ thị", "Kết luận");

  /** A sample: province as named then ("" none), date ("" none), access label, topic, type. */
  private record Doc(String file, String province, String date, String access, String topic, String type) {
    String current() {
      return province.isEmpty() ? "" : Provinces.load().currentOf(province);
    }
  }

  private record Asker(String name, String token, Predicate<Doc> reads) {}

  private final List<Doc> docs = new ArrayList<>();
  private final List<Asker> askers = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private Archive archive;
  private WebServer server;

  @BeforeAll
  void start() throws Exception {
    Random rnd = new Random(16);
    // two folders ingested one after the other: the index has several segments, each with its own ordinals
    List<Path> batches = List.of(Files.createDirectories(tmp.resolve("in-1")), Files.createDirectories(tmp.resolve("in-2")));
    for (int i = 0; i < 48; i++) {
      String province = i % 16 == 15 ? "" : OLD_PROVINCES.get(rnd.nextInt(OLD_PROVINCES.size()));
      String date = i % 16 == 7 ? ""
          : String.format("%d-%02d-%02d", 2016 + rnd.nextInt(8), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
      int a = rnd.nextInt(10);
      String access = i == 0 ? "nội bộ" : a < 6 ? "công khai" : a < 9 ? "nội bộ" : "mật";
      province = i == 0 ? "Hà Nam" : province; // one internal document a reader of Hà Nam alone reads
      docs.add(new Doc(String.format("mau-%02d", i), province, date, access, TOPICS.get(rnd.nextInt(TOPICS.size())),
          TYPES.get(rnd.nextInt(TYPES.size()))));
    }
    for (Doc d : docs) {
      Path in = batches.get(docs.indexOf(d) % 2);
      String text = "VĂN BẢN MẪU (viết cho kiểm thử)\n\n" + d.type().toUpperCase(java.util.Locale.ROOT) + "\nvề "
          + d.topic() + "\n\nBan Thường vụ bàn về " + d.topic() + ", đề ra nhiệm vụ và giải pháp về " + d.topic()
          + " trong thời gian tới (mẫu số " + d.file() + ").\n";
      Files.writeString(in.resolve(d.file() + ".txt"), text);
      Map<String, Object> meta = new LinkedHashMap<>();
      meta.put("type", d.type());
      meta.put("title", "về " + d.topic());
      meta.put("access", d.access());
      if (!d.province().isEmpty()) {
        meta.put("province", d.province());
        meta.put("provinceCurrent", d.current());
      }
      if (!d.date().isEmpty()) {
        meta.put("date", d.date());
      }
      Files.writeString(in.resolve(d.file() + ".txt.meta.json"), Json.MAPPER.writeValueAsString(meta));
    }
    archive = Archive.openForWriting(tmp.resolve("data"));
    int ingested = 0;
    for (Path batch : batches) {
      ingested += TestArchives.ingest(archive, batch).ingested();
    }
    assertEquals(docs.size(), ingested, "samples ingested");
    try (var view = archive.searcher().acquire()) {
      assertTrue(view.searcher().getIndexReader().leaves().size() > 1, "several segments");
    }
    Accounts accounts = new Accounts(tmp.resolve("data"));
    accounts.add("doc-gia", Role.READER, null, null);
    accounts.add("doc-gia-ha-nam", Role.READER, List.of("Hà Nam"), null);
    askers.add(new Asker("anonymous", null, d -> d.access().equals("công khai")));
    askers.add(new Asker("reader", accounts.newToken("doc-gia"), d -> !d.access().equals("mật")));
    askers.add(new Asker("reader of Hà Nam", accounts.newToken("doc-gia-ha-nam"),
        d -> d.access().equals("công khai") || d.access().equals("nội bộ") && d.province().equals("Hà Nam")));
    askers.add(new Asker("staff", STAFF_TOKEN, d -> true));
    server = new WebServer(archive, null, STAFF_TOKEN).start("127.0.0.1", 0);
  }

  @AfterAll
  void stop() throws Exception {
    if (server != null) {
      server.stop();
    }
    if (archive != null) {
      archive.close();
    }
  }

  private HttpResponse<String> get(Asker a, String pathAndQuery) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery));
    if (a.token() != null) {
      b.header("Authorization", "Bearer " + a.token());
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private JsonNode json(Asker a, String pathAndQuery) throws Exception {
    HttpResponse<String> r = get(a, pathAndQuery);
    assertEquals(200, r.statusCode(), pathAndQuery + ": " + r.body());
    return Json.MAPPER.readTree(r.body());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The query string of params, each a name and a value. */
  private static String query(List<String[]> params) {
    StringBuilder sb = new StringBuilder();
    for (String[] p : params) {
      sb.append(sb.isEmpty() ? "" : "&").append(p[0]).append('=').append(enc(p[1]));
    }
    return sb.toString();
  }

  /** The base request's parameters with those of a cell in place of any of the same name. */
  private static List<String[]> narrowed(List<String[]> base, List<String[]> cell) {
    List<String[]> out = new ArrayList<>();
    for (String[] p : base) {
      if (cell.stream().noneMatch(c -> c[0].equals(p[0]))) {
        out.add(p);
      }
    }
    out.addAll(cell);
    return out;
  }

  private static String and(String query) {
    return query.isEmpty() ? "" : "&" + query;
  }

  /** The cells of a CSV line (quoted cells may hold commas and doubled quotes). */
  private static List<String> csvCells(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    return out;
  }

  private static String[] p(String name, String value) {
    return new String[] {name, value};
  }

  @Test
  void everyCellIsTheTotalOfTheSearchNarrowedToItsProvinceAndPeriod() throws Exception {
    List<List<String[]>> requests = List.of(
        List.<String[]>of(),
        List.<String[]>of(p("q", "khoáng sản")),
        List.of(p("q", "nông nghiệp"), p("type", "Nghị quyết")),
        List.of(p("from", "2018-01-01"), p("to", "2021-06-30")),
        List.of(p("provinceCurrent", "Ninh Bình"), p("type", "Chỉ thị"), p("type", "Kết luận")),
        List.of(p("year", "2019"), p("year", "2020"), p("q", "chuyen doi so")),
        List.of(p("by", "month"), p("year", "2020")),
        List.of(p("by", "month"), p("province", "Bắc Giang")));
    int cells = 0;
    int nonZero = 0;
    for (Asker a : List.of(askers.get(0), askers.get(2), askers.get(3))) {
      for (List<String[]> req : requests) {
        JsonNode t = json(a, "/api/stats/province-time?" + query(req));
        List<String[]> base = req.stream().filter(x -> !x[0].equals("by")).toList();
        String periodParam = t.get("by").asText();
        assertEquals(json(a, "/api/search?size=0" + and(query(base))).get("total").asLong(), t.get("total").asLong(),
            a.name() + " total of " + query(req));
        List<String> periods = new ArrayList<>();
        t.get("periods").forEach(x -> periods.add(x.asText()));
        long rowSum = 0;
        for (JsonNode row : t.get("rows")) {
          rowSum += row.get("total").asLong();
          String current = row.get("province").asText();
          if (current.isEmpty()) {
            continue; // no search filter selects "no province"
          }
          List<JsonNode> lines = new ArrayList<>(List.of(row));
          row.get("former").forEach(lines::add);
          long formerSum = 0;
          for (JsonNode f : row.get("former")) {
            formerSum += f.get("total").asLong();
          }
          assertEquals(row.get("total").asLong(), formerSum,
              "every sample with a province now has one then: the former provinces hold the row's documents");
          for (JsonNode line : lines) {
            List<String[]> where = new ArrayList<>();
            where.add(p("provinceCurrent", current));
            if (line != row) {
              where.add(p("province", line.get("province").asText()));
            }
            assertEquals(total(a, narrowed(base, where)), line.get("total").asLong(),
                a.name() + " " + query(req) + " row " + query(where));
            for (int i = 0; i < periods.size(); i++) {
              List<String[]> cell = new ArrayList<>(where);
              cell.add(p(periodParam, periods.get(i)));
              long expected = total(a, narrowed(base, cell));
              assertEquals(expected, line.get("counts").get(i).asLong(), a.name() + " " + query(req) + " cell "
                  + query(cell));
              cells++;
              nonZero += expected > 0 ? 1 : 0;
            }
          }
        }
        assertEquals(t.get("total").asLong(), rowSum, "the rows hold every match once: " + query(req));
        long colSum = t.get("undated").asLong();
        for (JsonNode n : t.get("columnTotals")) {
          colSum += n.asLong();
        }
        assertEquals(t.get("total").asLong(), colSum, "the columns hold every match once: " + query(req));
      }
    }
    assertTrue(nonZero > 100 && cells > nonZero, cells + " cells compared, " + nonZero + " not zero");
  }

  private long total(Asker a, List<String[]> params) throws Exception {
    return json(a, "/api/search?size=0" + and(query(params))).get("total").asLong();
  }

  @Test
  void theTableCountsOnlyWhatTheCallerMayRead() throws Exception {
    for (Asker a : askers) {
      List<Doc> readable = docs.stream().filter(a.reads()).toList();
      JsonNode t = json(a, "/api/stats/province-time");
      assertEquals(readable.size(), t.get("total").asLong(), a.name());
      Map<String, Long> expected = new TreeMap<>();
      for (Doc d : readable) {
        if (!d.province().isEmpty() && !d.date().isEmpty()) {
          expected.merge(d.current() + " " + d.date().substring(0, 4), 1L, Long::sum);
          expected.merge(d.current() + "/" + d.province() + " " + d.date().substring(0, 4), 1L, Long::sum);
        }
      }
      Map<String, Long> actual = new TreeMap<>();
      List<String> periods = new ArrayList<>();
      t.get("periods").forEach(x -> periods.add(x.asText()));
      for (JsonNode row : t.get("rows")) {
        String current = row.get("province").asText();
        if (current.isEmpty()) {
          continue;
        }
        putCounts(actual, current, row, periods);
        for (JsonNode f : row.get("former")) {
          putCounts(actual, current + "/" + f.get("province").asText(), f, periods);
        }
      }
      assertEquals(expected, actual, a.name());
    }
    // the control: the callers differ, so the check above tells their tables apart
    assertTrue(docs.stream().filter(askers.get(0).reads()).count() < docs.stream().filter(askers.get(2).reads()).count());
    assertTrue(docs.stream().filter(askers.get(2).reads()).count() < docs.stream().filter(askers.get(1).reads()).count());
  }

  private static void putCounts(Map<String, Long> out, String key, JsonNode row, List<String> periods) {
    for (int i = 0; i < periods.size(); i++) {
      long n = row.get("counts").get(i).asLong();
      if (n > 0) {
        out.put(key + " " + periods.get(i), n);
      }
    }
  }

  @Test
  void csvHoldsTheTablesNumbers() throws Exception {
    Asker staff = askers.get(3);
    JsonNode t = json(staff, "/api/stats/province-time?q=" + enc("khoáng sản"));
    HttpResponse<String> r = get(staff, "/api/stats/province-time?format=csv&q=" + enc("khoáng sản"));
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    List<String> lines = r.body().replace("\uFEFF", "").lines().toList();
    List<String> head = csvCells(lines.get(0));
    assertEquals("Tổng số văn bản", head.get(2));
    int firstPeriod = 3;
    for (int i = 0; i < t.get("periods").size(); i++) {
      assertEquals(t.get("periods").get(i).asText(), head.get(firstPeriod + i));
    }
    JsonNode row = t.get("rows").get(0);
    List<String> first = csvCells(lines.get(1));
    assertEquals(row.get("province").asText(), first.get(0));
    assertEquals(row.get("total").asText(), first.get(2));
    for (int i = 0; i < row.get("counts").size(); i++) {
      assertEquals(row.get("counts").get(i).asText(), first.get(firstPeriod + i));
    }
    String last = lines.get(lines.size() - 1);
    assertTrue(last.startsWith("Tổng cộng,," + t.get("total").asText() + ","), last);
  }

  @Test
  void theApiDescriptionHasTheRoute() throws Exception {
    JsonNode spec = Json.MAPPER.readTree(WebServer.class.getResourceAsStream("openapi.json"));
    JsonNode params = spec.get("paths").get("/api/stats/province-time").get("get").get("parameters");
    List<String> names = new ArrayList<>();
    params.forEach(p -> names.add(p.has("name") ? p.get("name").asText()
        : p.get("$ref").asText().replace("#/components/parameters/", "")));
    assertEquals(ProvinceTimeHandler.PARAMS, java.util.Set.copyOf(names), "every parameter the route takes, documented");
    assertTrue(spec.get("components").get("schemas").has("ProvinceTimeTable"));
  }

  @Test
  void badParametersAreNamed() throws Exception {
    Asker anyone = askers.get(0);
    for (String[] bad : List.of(p("by", "week"), p("format", "xml"), p("page", "2"), p("year", "20"))) {
      HttpResponse<String> r = get(anyone, "/api/stats/province-time?" + query(List.<String[]>of(bad)));
      assertEquals(400, r.statusCode(), bad[0] + ": " + r.body());
      assertEquals(bad[0], Json.MAPPER.readTree(r.body()).get("parameter").asText(), r.body());
    }
  }

  @Test
  void statsCountOnlyTheDocumentsMatchingEveryFilter() throws Exception {
    Asker staff = askers.get(3);
    JsonNode s = json(staff, "/api/stats?province=" + enc("Hà Nam"));
    long haNam = docs.stream().filter(d -> d.province().equals("Hà Nam")).count();
    assertTrue(haNam > 0);
    assertEquals(haNam, s.get("total").asLong());
    assertEquals(List.of("Hà Nam"), fieldNames(s.get("byProvince")), "no other province beside the one asked");
    assertEquals(haNam, s.get("byProvince").get("Hà Nam").asLong());
    assertEquals(List.of("Ninh Bình"), fieldNames(s.get("byProvinceCurrent")));
    long typeSum = 0;
    for (JsonNode n : s.get("byType")) {
      typeSum += n.asLong();
    }
    assertEquals(haNam, typeSum, "types of the Hà Nam documents only");
    JsonNode y = json(staff, "/api/stats?year=2019&type=" + enc("Chỉ thị"));
    long expected = docs.stream().filter(d -> d.date().startsWith("2019") && d.type().equals("Chỉ thị")).count();
    assertEquals(expected, y.get("total").asLong());
    assertEquals(expected == 0 ? List.of() : List.of("2019"), fieldNames(y.get("byYear")));
    long provinceSum = 0;
    for (JsonNode n : y.get("byProvince")) {
      provinceSum += n.asLong();
    }
    long withProvince = docs.stream().filter(d -> d.date().startsWith("2019") && d.type().equals("Chỉ thị")
        && !d.province().isEmpty()).count();
    assertEquals(withProvince, provinceSum);
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> l = new ArrayList<>();
    n.fieldNames().forEachRemaining(l::add);
    return l;
  }
}
