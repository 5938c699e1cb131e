package io.vankien.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.index.Archive;
import io.vankien.index.IngestListener;
import io.vankien.index.IngestOptions;
import io.vankien.index.IngestReport;
import io.vankien.index.Ingester;
import io.vankien.meta.AccessLevel;
import io.vankien.search.Json;
import io.vankien.web.browser.HeadlessChromium;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Typed citations, symbol pages and implementation chains in real Chromium (issue 16), over three sample
 * documents written for the test: a Hà Nam plan implementing 48-KL/TW (not in the archive), a district plan
 * implementing that plan, and a Quảng Bình resolution naming 48-KL/TW and the plan as its basis. The document
 * page groups its citations, and the documents citing it, by relation with their sentences; every citation link, the "chưa có trong kho" ones
 * included, opens a page that renders (a document or a symbol's page), clicked one by one; the symbol page
 * shows the chain as a table and a timeline, and the provinces without a document.
 */
class SymbolBrowserTest {
  @TempDir static Path tmp;
  private static Archive archive;
  private static WebServer server;
  private static ChromeDriver driver;
  private static String base;
  private static final Map<String, String> ids = new LinkedHashMap<>();

  private static final List<String[]> DOCS = List.of(
      new String[] {"ke-hoach-ha-nam", "Hà Nam", "10-KH/TU", "Kế hoạch", "2023-03-01", "provincial",
          "KẾ HOẠCH\nthực hiện Kết luận số 48-KL/TW của Bộ Chính trị\n\nThực hiện Kết luận số 48-KL/TW, ngày 30/01/2023 của"
              + " Bộ Chính trị về tiếp tục sắp xếp đơn vị hành chính cấp huyện, cấp xã, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch."},
      new String[] {"ke-hoach-kim-bang", "Hà Nam", "05-KH/HU", "Kế hoạch", "2023-04-15", "district",
          "KẾ HOẠCH\nthực hiện Kế hoạch số 10-KH/TU của Ban Thường vụ Tỉnh ủy\n\nThực hiện Kế hoạch số 10-KH/TU ngày"
              + " 01/3/2023 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy ban hành Kế hoạch. Căn cứ Kết luận số 48-KL/TW."},
      new String[] {"nghi-quyet-quang-binh", "Quảng Bình", "30-NQ/TU", "Nghị quyết", "2023-06-01", "provincial",
          "NGHỊ QUYẾT\nvề phát triển đô thị\n\nCăn cứ Kết luận số 48-KL/TW ngày 30/01/2023 của Bộ Chính trị;\n"
              + "Căn cứ Kế hoạch số 10-KH/TU ngày 01/3/2023 của Ban Thường vụ Tỉnh ủy Hà Nam;"});

  @BeforeAll
  static void start() throws Exception {
    HeadlessChromium.assumeInstalled();
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    for (String[] d : DOCS) {
      Files.writeString(docs.resolve(d[0] + ".txt"), "VĂN BẢN MẪU (viết cho kiểm thử)\nSố " + d[2] + "\n\n" + d[6] + "\n");
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("province", d[1]);
      m.put("number", d[2]);
      m.put("type", d[3]);
      m.put("date", d[4]);
      m.put("level", d[5]);
      Files.writeString(docs.resolve(d[0] + ".txt.meta.json"), Json.MAPPER.writeValueAsString(m));
    }
    archive = Archive.openForWriting(tmp.resolve("archive"));
    IngestReport report = Ingester.standard(archive, IngestOptions.defaults().withDefaultAccess(AccessLevel.PUBLIC))
        .ingest(List.of(docs), IngestListener.NONE);
    assertEquals(DOCS.size(), report.ingested(), "samples ingested: " + report.failures());
    try (var v = archive.searcher().acquire()) {
      for (String[] d : DOCS) {
        var td = v.searcher().search(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(
            io.vankien.index.Schema.SOURCE_PATH, docs.resolve(d[0] + ".txt").toAbsolutePath().normalize().toString())), 1);
        ids.put(d[0], v.loadRecord(td.scoreDocs[0].doc).id());
      }
    }
    server = new WebServer(archive, Path.of("web")).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port() + "/";
    driver = HeadlessChromium.start(Files.createDirectories(tmp.resolve("profile")),
        Files.createDirectories(tmp.resolve("downloads")));
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop();
    }
    if (archive != null) {
      archive.close();
    }
  }

  @AfterEach
  void noConsoleErrors() {
    assertEquals(List.of(), HeadlessChromium.severeConsoleMessages(driver), "errors in the browser console");
  }

  @Test
  void citationsAreGroupedByRelationWithTheirSentence() {
    open("?doc=" + ids.get("ke-hoach-kim-bang"));
    List<WebElement> groups = driver.findElements(By.cssSelector("#cites .cite-group"));
    List<String> relations = groups.stream().map(g -> g.getAttribute("data-relation")).toList();
    assertEquals(List.of("basis", "implements"), relations);
    WebElement implementsGroup = groups.get(1);
    assertTrue(implementsGroup.findElement(By.tagName("h4")).getText().startsWith("Thực hiện"));
    assertTrue(implementsGroup.findElement(By.cssSelector(".cite-sentence")).getText().toLowerCase(java.util.Locale.ROOT)
        .contains("thực hiện kế hoạch số 10-kh/tu"));
    // 10-KH/TU is in the archive: a link to the document and one to its symbol page; 48-KL/TW is not.
    assertEquals(1, implementsGroup.findElements(By.cssSelector("a[data-id='" + ids.get("ke-hoach-ha-nam") + "']")).size());
    WebElement basis = groups.get(0);
    assertTrue(basis.getText().contains("chưa có trong kho"), basis.getText());
    assertEquals("48-KL/TW", basis.findElement(By.cssSelector("a.symbol-link")).getAttribute("data-symbol"));
  }

  @Test
  void citingDocumentsAreGroupedByRelationWithTheirSentenceDateAndProvince() {
    open("?doc=" + ids.get("ke-hoach-ha-nam"));
    assertEquals("Được trích dẫn bởi (2)", driver.findElement(By.id("cited-by-heading")).getText());
    List<WebElement> groups = driver.findElements(By.cssSelector("#cited-by .cite-group"));
    assertEquals(List.of("basis", "implements"), groups.stream().map(g -> g.getAttribute("data-relation")).toList());
    WebElement basis = groups.get(0);
    assertEquals("Căn cứ (1)", basis.findElement(By.tagName("h4")).getText());
    assertEquals(ids.get("nghi-quyet-quang-binh"), basis.findElement(By.cssSelector("a[data-id]")).getAttribute("data-id"));
    assertTrue(basis.findElement(By.cssSelector(".cite-sentence")).getText().startsWith("Căn cứ Kế hoạch số 10-KH/TU"),
        basis.getText());
    WebElement implementing = groups.get(1);
    assertEquals("Thực hiện (1)", implementing.findElement(By.tagName("h4")).getText());
    assertEquals(ids.get("ke-hoach-kim-bang"),
        implementing.findElement(By.cssSelector("a[data-id]")).getAttribute("data-id"));
    String sub = implementing.findElement(By.cssSelector(".ref-sub")).getText();
    assertTrue(sub.contains("15/04/2023") && sub.contains("Ninh Bình"), sub);
    assertTrue(implementing.findElement(By.cssSelector(".cite-sentence")).getText().toLowerCase(java.util.Locale.ROOT)
        .contains("thực hiện kế hoạch số 10-kh/tu"), implementing.getText());
  }

  @Test
  void everyCitationLinkResolvesWhenClicked() {
    Set<String> pages = new LinkedHashSet<>();
    for (String doc : ids.values()) {
      pages.add("?doc=" + doc);
    }
    pages.add("?symbol=" + enc("48-KL/TW"));
    Set<String> visited = new LinkedHashSet<>();
    int clicked = 0;
    int citedByClicked = 0;
    for (String page : pages) {
      open(page);
      int links = driver.findElements(By.cssSelector(linkSelector())).size();
      assertTrue(links > 0 || !page.contains("symbol"), "links on " + page);
      for (int i = 0; i < links; i++) {
        open(page);
        WebElement a = driver.findElements(By.cssSelector(linkSelector())).get(i);
        String href = a.getAttribute("href");
        citedByClicked += a.findElements(By.xpath("ancestor::section[@id='cited-by']")).size();
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", a);
        a.click();
        awaitRendered(url -> url.equals(href));
        assertTrue(driver.findElement(By.id("error")).getAttribute("hidden") != null, "error on " + href);
        List<WebElement> heading = driver.findElements(By.cssSelector("#doc-title, #symbol-title"));
        assertEquals(1, heading.size(), "a document or a symbol page at " + href);
        assertFalse(heading.get(0).getText().isBlank(), href);
        visited.add(href.substring(href.indexOf('?')));
        clicked++;
      }
    }
    assertTrue(clicked >= 8, "links clicked: " + clicked);
    assertTrue(visited.contains("?symbol=" + enc("48-KL/TW")), "the symbol page of a citation not in the archive: " + visited);
    assertTrue(visited.contains("?symbol=" + enc("10-KH/TU")), visited.toString());
    assertTrue(visited.contains("?doc=" + ids.get("ke-hoach-ha-nam")), visited.toString());
    assertEquals(2, citedByClicked, "links in 'cited by': the two documents citing the Hà Nam plan");
  }

  @Test
  void theSymbolPageShowsTheChainAsATableAndATimelineAndTheProvincesWithoutOne() {
    open("?doc=" + ids.get("nghi-quyet-quang-binh"));
    driver.findElement(By.cssSelector("#cites a.symbol-link[data-symbol='48-KL/TW']")).click();
    awaitRendered(url -> url.contains("symbol="));
    assertEquals("Kết luận 48-KL/TW", driver.findElement(By.id("symbol-title")).getText());
    assertFalse(driver.findElements(By.id("symbol-not-in-archive")).isEmpty());
    assertTrue(driver.findElement(By.cssSelector(".symbol-known")).getText().contains("30/01/2023"));
    assertTrue(driver.findElement(By.cssSelector(".symbol-known")).getText().contains("Bộ Chính trị"));
    List<String> groups = driver.findElements(By.cssSelector("#symbol-citing .cite-group")).stream()
        .map(g -> g.getAttribute("data-relation")).toList();
    assertEquals(List.of("basis", "implements"), groups);
    List<WebElement> rows = driver.findElements(By.cssSelector("#chain-table tbody tr"));
    assertEquals(2, rows.size());
    List<String> first = new ArrayList<>();
    rows.get(0).findElements(By.tagName("td")).forEach(td -> first.add(td.getText()));
    assertEquals("1", first.get(0));
    assertEquals("48-KL/TW", first.get(2));
    assertEquals("Thực hiện", first.get(3));
    assertEquals("Cấp tỉnh", first.get(4));
    assertEquals("Ninh Bình", first.get(5));
    assertEquals("30 ngày", first.get(7));
    assertEquals("Cấp huyện", rows.get(1).findElements(By.tagName("td")).get(4).getText());
    assertEquals(2, driver.findElements(By.cssSelector(".chain-timeline li")).size());
    List<WebElement> missing = driver.findElements(By.cssSelector("#missing-provinces li"));
    assertEquals(33, missing.size());
    assertTrue(driver.findElement(By.id("missing-heading")).getText().contains("33/34"));
    assertTrue(driver.findElement(By.id("chain-csv")).getAttribute("href").contains("format=csv"));
    EnglishWords english = assertDoesNotThrow(EnglishWords::new);
    // the province names ("Vĩnh Long") are names, not English words
    String shown = driver.findElement(By.tagName("main")).getText()
        .replace(driver.findElement(By.id("missing-provinces")).getText(), "");
    assertEquals(List.of(), english.in(shown), "English words on the symbol page:\n" + shown);
    open("?doc=" + ids.get("ke-hoach-kim-bang"));
    String page = driver.findElement(By.tagName("main")).getText();
    assertEquals(List.of(), english.in(page), "English words on the document page:\n" + page);
  }

  private static String linkSelector() {
    return "#cites a.symbol-link, #cites a[data-id], #cited-by a[data-id], .doc-symbol a, #symbol-in-archive a,"
        + " #symbol-citing a[data-id], #chain-table a";
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void open(String query) {
    driver.get(base + query);
    awaitRendered(url -> true);
  }

  private static void awaitRendered(java.util.function.Predicate<String> urlTest) {
    HeadlessChromium.awaitRendered(driver, Duration.ofSeconds(15), urlTest);
  }
}
