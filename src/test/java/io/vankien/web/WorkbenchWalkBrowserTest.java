package io.vankien.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A researcher's walk through the workbench in real Chromium (issue 16), one step after the other as a user
 * clicks: a search; the advanced search with a citation relation and a year range; a document, its citation of
 * a central conclusion not in the archive, and that conclusion's implementation chain; the province map, a
 * click on a province filtering the search; that search saved, the page reloaded, the search reopened from
 * the saved list. Four sample documents written for the test (VĂN BẢN MẪU).
 */
class WorkbenchWalkBrowserTest {
  @TempDir static Path tmp;
  private static Archive archive;
  private static WebServer server;
  private static ChromeDriver driver;
  private static String base;

  // name, province, number, type, date, level, text
  private static final List<String[]> DOCS = List.of(
      new String[] {"ke-hoach-ha-nam", "Hà Nam", "10-KH/TU", "Kế hoạch", "2023-03-01", "provincial",
          "KẾ HOẠCH\nthực hiện Kết luận số 48-KL/TW của Bộ Chính trị\n\nThực hiện Kết luận số 48-KL/TW, ngày 30/01/2023"
              + " của Bộ Chính trị về tiếp tục sắp xếp đơn vị hành chính, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch."},
      new String[] {"ke-hoach-ninh-binh", "Ninh Bình", "21-KH/TU", "Kế hoạch", "2021-05-10", "provincial",
          "KẾ HOẠCH\nthực hiện Kết luận số 48-KL/TW của Bộ Chính trị\n\nThực hiện Kết luận số 48-KL/TW của Bộ Chính trị,"
              + " Ban Thường vụ Tỉnh ủy ban hành Kế hoạch sắp xếp đơn vị hành chính."},
      new String[] {"ke-hoach-kim-bang", "Hà Nam", "05-KH/HU", "Kế hoạch", "2023-04-15", "district",
          "KẾ HOẠCH\nthực hiện Kế hoạch số 10-KH/TU của Ban Thường vụ Tỉnh ủy\n\nThực hiện Kế hoạch số 10-KH/TU ngày"
              + " 01/3/2023 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy ban hành Kế hoạch."},
      new String[] {"nghi-quyet-quang-binh", "Quảng Bình", "30-NQ/TU", "Nghị quyết", "2023-06-01", "provincial",
          "NGHỊ QUYẾT\nvề phát triển đô thị\n\nCăn cứ Kết luận số 48-KL/TW ngày 30/01/2023 của Bộ Chính trị;"});

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

  @Test
  void searchAdvancedSearchYearRangeChainMapSaveAndReopen() {
    driver.manage().window().setSize(new Dimension(1280, 1000));
    // 1. a search
    open("?q=" + enc("kế hoạch"));
    assertEquals(3, hits().size(), "three plans");

    // 2. the advanced search: documents implementing 48-KL/TW, issued 2023 to 2023
    WebElement details = driver.findElement(By.id("advanced-search"));
    details.findElement(By.tagName("summary")).click();
    new Select(driver.findElement(By.id("adv-relation"))).selectByValue("implements");
    type("adv-relation-symbol", "48-KL/TW");
    type("adv-words", "");
    type("adv-year-from", "2023");
    type("adv-year-to", "2023");
    assertTrue(driver.findElement(By.cssSelector("output.adv-query")).getText().contains("implements:48-KL/TW"),
        "the query is shown in the search syntax");
    driver.findElement(By.id("adv-submit")).click();
    awaitRendered(url -> url.contains("from=2023") && url.contains("to=2023") && url.contains("implements:48-KL/TW"));
    List<WebElement> found = hits();
    assertEquals(1, found.size(), "the Hà Nam plan: the Ninh Bình one is of 2021, the Quảng Bình resolution cites"
        + " it as its basis, the district plan implements the province's plan");
    assertTrue(found.get(0).getText().contains("10-KH/TU"), found.get(0).getText());

    // 3. the document, its citation of 48-KL/TW (not in the archive), and that conclusion's chain
    found.get(0).click();
    awaitRendered(url -> url.contains("doc="));
    scrollTo(driver.findElement(By.cssSelector("#cites a.symbol-link[data-symbol='48-KL/TW']"))).click();
    awaitRendered(url -> url.contains("symbol="));
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> !d.findElements(By.cssSelector("#chain-table tbody tr")).isEmpty());
    String chain = driver.findElement(By.id("chain-table")).getText();
    assertTrue(chain.contains("10-KH/TU") && chain.contains("21-KH/TU"), "both provincial plans: " + chain);
    assertTrue(chain.contains("05-KH/HU"), "and the district's plan, one step down: " + chain);
    assertTrue(!chain.contains("30-NQ/TU"), "a legal basis is no implementation: " + chain);

    // 4. the province map of every document; a click on Ninh Bình (Hà Nam merged into it) filters by it
    open("?q=");
    WebElement toggle = driver.findElement(By.cssSelector(".pt-toggle"));
    scrollTo(toggle).click();
    WebElement tile = new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElements(
        By.cssSelector(".tile-map .tile[data-province='Ninh Bình']")).stream().findFirst().orElse(null));
    scrollTo(tile).click();
    awaitRendered(url -> url.contains("provinceCurrent=Ninh Bình"));
    assertEquals(3, hits().size(), "the two Hà Nam plans and the Ninh Bình plan");

    // 5. that search saved, the page reloaded, the search reopened from the saved list
    String filtered = driver.getCurrentUrl();
    WebElement name = driver.findElement(By.id("save-search-name"));
    name.clear();
    name.sendKeys("Ninh Bình, mọi văn bản");
    driver.findElement(By.id("save-search")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.id("saved-status")).getText().startsWith("Đã lưu tìm kiếm"));
    open("");
    driver.navigate().refresh();
    awaitRendered(url -> true);
    driver.findElement(By.cssSelector("#saved-lists summary")).click();
    WebElement saved = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(
        By.cssSelector("#saved-searches a.saved-search")).stream()
        .filter(a -> a.getText().equals("Ninh Bình, mọi văn bản")).findFirst().orElse(null));
    saved.click();
    awaitRendered(url -> url.contains("provinceCurrent=Ninh Bình"));
    assertEquals(URLDecoder.decode(filtered, StandardCharsets.UTF_8),
        URLDecoder.decode(driver.getCurrentUrl(), StandardCharsets.UTF_8), "the same search, reopened");
    assertEquals(3, hits().size());
    assertEquals(List.of(), HeadlessChromium.severeConsoleMessages(driver), "errors in the browser console");
  }

  private static List<WebElement> hits() {
    return driver.findElements(By.cssSelector(".hit-title a"));
  }

  private static void type(String id, String text) {
    WebElement e = driver.findElement(By.id(id));
    scrollTo(e);
    e.clear();
    e.sendKeys(text);
  }

  private static WebElement scrollTo(WebElement e) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
    return e;
  }

  private static void open(String query) {
    driver.get(base + query);
    awaitRendered(url -> true);
  }

  private static void awaitRendered(Predicate<String> urlTest) {
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
      String url = d.getCurrentUrl();
      if (!urlTest.test(URLDecoder.decode(url, StandardCharsets.UTF_8)) && !urlTest.test(url)) {
        return false;
      }
      return (Boolean) ((JavascriptExecutor) d).executeScript(
          "return document.documentElement.dataset.rendered === (location.search || '?')"
              + " && !document.getElementById('main').hasAttribute('aria-busy');");
    });
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
