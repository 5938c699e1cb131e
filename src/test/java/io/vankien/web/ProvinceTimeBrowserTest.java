package io.vankien.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.index.Archive;
import io.vankien.testing.TestArchives;
import io.vankien.web.browser.HeadlessChromium;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The province map and the province x year table (issue 16) in real Chromium, at desktop and phone widths:
 * open the section, read a province's count on its tile and in the table, click the tile and get the search
 * filtered by it; switch to the 63-province map and do the same with a former province; the table's CSV link;
 * the year chart's bars stay a finger wide on a phone. The archive: the browser samples (io/vankien/web/browser,
 * 3 of Bắc Giang and 1 of Bắc Ninh, now both Bắc Ninh; 2 of Hà Giang, now Tuyên Quang) and two invented
 * samples of 1951 and 2024, so the year chart spans 74 years.
 */
class ProvinceTimeBrowserTest {
  private static final String SAMPLES = "/io/vankien/web/browser/";
  private static final List<String> SAMPLE_FILES = List.of(
      "bac-giang-05-nq-tu.txt", "bac-giang-12-kh-tu.txt", "bac-giang-03-ct-tu.txt",
      "bac-ninh-07-nq-tu.txt", "ha-giang-21-tb-tu.txt", "ha-giang-40-bc-tu.txt");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir static Path tmp;
  private static Archive archive;
  private static WebServer server;
  private static ChromeDriver driver;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    HeadlessChromium.assumeInstalled();
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    for (String name : SAMPLE_FILES) {
      copyResource(name, docs.resolve(name));
      copyResource(name + ".meta.json", docs.resolve(name + ".meta.json"));
    }
    for (String[] d : List.of(new String[] {"1951-05-19", "Cao Bằng"}, new String[] {"2024-02-03", "Lạng Sơn"})) {
      String file = "mau-" + d[0] + ".txt";
      Files.writeString(docs.resolve(file), "VĂN BẢN MẪU (viết cho kiểm thử)\n\nTHÔNG BÁO\nvề công tác năm "
          + d[0].substring(0, 4) + "\n\nNội dung mẫu của thông báo " + d[0] + ".\n");
      Files.writeString(docs.resolve(file + ".meta.json"), "{\"type\": \"Thông báo\", \"date\": \"" + d[0]
          + "\", \"province\": \"" + d[1] + "\", \"provinceCurrent\": \"" + d[1] + "\", \"title\": \"về công tác năm "
          + d[0].substring(0, 4) + "\"}");
    }
    archive = Archive.openForWriting(tmp.resolve("archive"));
    assertEquals(SAMPLE_FILES.size() + 2, TestArchives.ingest(archive, docs).ingested());
    server = new WebServer(archive, Path.of("web")).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port() + "/";
    driver = HeadlessChromium.start(Files.createDirectories(tmp.resolve("profile")),
        Files.createDirectories(tmp.resolve("downloads")));
    Files.createDirectories(SCREENSHOTS);
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
  void desktopMapAndTableFilterTheSearch() throws Exception {
    driver.manage().window().setSize(new Dimension(1280, 1000));
    walkThrough("province-time-desktop.png", 8);
  }

  @Test
  void phoneMapAndTableFilterTheSearch() throws Exception {
    driver.manage().window().setSize(new Dimension(390, 844));
    walkThrough("province-time-phone.png", 24);
  }

  private void walkThrough(String screenshot, int minBarWidth) throws Exception {
    open("");
    assertEquals("Toàn bộ kho: 8 văn bản", heading());
    openSection();

    // the 34-province map: Bắc Ninh holds the 3 documents of Bắc Giang and the 1 of Bắc Ninh
    WebElement bacNinh = tile("Bắc Ninh");
    assertEquals("4", bacNinh.getAttribute("data-count"));
    assertEquals("2", tile("Tuyên Quang").getAttribute("data-count"));
    assertEquals("0", tile("Hà Nội").getAttribute("data-count"));
    assertEquals(34, driver.findElements(By.cssSelector(".tile-map .tile")).size());
    assertTrue(bacNinh.getRect().getWidth() >= 24 && bacNinh.getRect().getHeight() >= 24, "a finger-wide tile");
    // the table: Bắc Ninh's row, 2021 column, and Bắc Giang inside it once expanded
    WebElement row = driver.findElement(By.cssSelector(".pt-table tbody[data-province='Bắc Ninh'] tr.pt-current"));
    List<String> head = driver.findElements(By.cssSelector(".pt-table thead th")).stream()
        .map(e -> e.getAttribute("textContent")).toList();
    int col2021 = head.indexOf("2021");
    assertTrue(col2021 > 0, "a 2021 column: " + head);
    assertEquals("2", cell(row, col2021), "Bắc Ninh in 2021: two documents of Bắc Giang");
    WebElement former = driver.findElement(By.cssSelector(".pt-table tbody[data-province='Bắc Ninh'] tr.pt-former"));
    assertTrue(!former.isDisplayed());
    row.findElement(By.cssSelector(".pt-expand")).click();
    assertTrue(former.isDisplayed());
    assertEquals(List.of("Bắc Giang", "Bắc Ninh"), driver.findElements(
        By.cssSelector(".pt-table tbody[data-province='Bắc Ninh'] tr.pt-former th")).stream()
        .map(WebElement::getText).toList());
    assertNoSidewaysScroll();
    String shown = (String) ((JavascriptExecutor) driver).executeScript(
        "const s = document.querySelector('.province-time'); return s.innerText + ' ' + [...s.querySelectorAll("
            + "'[aria-label], [title]')].map(e => (e.getAttribute('aria-label') || '') + ' ' + (e.title || '')).join(' ');");
    // the provinces' names are data, not prose ("Vĩnh Long", "Long An")
    for (WebElement named : driver.findElements(By.cssSelector(".province-time [data-province]"))) {
      shown = shown.replace(named.getAttribute("data-province"), " ");
    }
    assertEquals(List.of(), new EnglishWords().in(shown), "the section speaks Vietnamese");
    screenshot(screenshot);

    // the CSV link downloads the same table
    String csv = driver.findElement(By.id("province-time-csv")).getAttribute("href");
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csv)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode());
    assertTrue(r.body().lines().anyMatch(l -> l.startsWith("Bắc Ninh,,4,")), r.body());

    // a click on the tile filters the search by that province
    scrollTo(tile("Bắc Ninh")).click();
    awaitRendered(url -> url.contains("provinceCurrent=Bắc Ninh"));
    assertEquals("Tìm thấy 4 văn bản", heading());
    assertEquals("true", tile("Bắc Ninh").getAttribute("aria-pressed"), "the section stays open, the tile shows the filter");
    assertEquals("0", tile("Tuyên Quang").getAttribute("data-count"), "the map counts the filtered search");

    // the 63-province map: Bắc Giang apart from Bắc Ninh; a click filters by the province as named then
    scrollTo(driver.findElement(By.cssSelector(".pt-map-switch button[data-map='63']"))).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.findElements(By.cssSelector(".tile-map .tile")).size() == 63);
    assertEquals("3", tile("Bắc Giang").getAttribute("data-count"));
    assertEquals("1", tile("Bắc Ninh").getAttribute("data-count"));
    scrollTo(tile("Bắc Giang")).click();
    awaitRendered(url -> url.contains("province=Bắc Giang") && !url.contains("provinceCurrent"));
    assertEquals("Tìm thấy 3 văn bản", heading());
    scrollTo(driver.findElement(By.cssSelector(".pt-map-switch button[data-map='34']"))).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.findElements(By.cssSelector(".tile-map .tile")).size() == 34);

    // the year chart spans 1951-2024; its bars keep their width (on a phone a finger's), the chart scrolling
    // sideways instead, scrolled to show the latest year
    open("");
    List<WebElement> slots = driver.findElements(By.cssSelector(".timeline .bar-slot"));
    assertEquals(2024 - 1951 + 1, slots.size());
    for (WebElement slot : slots) {
      assertTrue(slot.getRect().getWidth() >= minBarWidth, "bar " + slot.getRect().getWidth() + "px wide");
    }
    WebElement bars = driver.findElement(By.cssSelector(".timeline .bars"));
    WebElement latest = slots.get(slots.size() - 1);
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d ->
        latest.getRect().getX() + latest.getRect().getWidth() <= bars.getRect().getX() + bars.getRect().getWidth() + 1);
    assertNoSidewaysScroll();
  }

  private static void openSection() {
    WebElement toggle = driver.findElement(By.cssSelector(".pt-toggle"));
    if (!"true".equals(toggle.getAttribute("aria-expanded"))) {
      scrollTo(toggle).click();
    }
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector(".tile-map")).isEmpty());
  }

  private static WebElement tile(String province) {
    return new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElements(
        By.cssSelector(".tile-map .tile[data-province='" + province + "']")).stream().findFirst().orElse(null));
  }

  private static String cell(WebElement row, int column) {
    return row.findElements(By.cssSelector("th, td")).get(column).getAttribute("textContent").strip();
  }

  private static WebElement scrollTo(WebElement e) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
    return e;
  }

  /** The page itself never scrolls sideways (the chart and the table scroll inside their own boxes). */
  private static void assertNoSidewaysScroll() {
    Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
        "return Math.ceil(document.documentElement.scrollWidth - window.innerWidth);");
    assertTrue(overflow <= 0, "the page is " + overflow + "px wider than the window");
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

  private static String heading() {
    return driver.findElement(By.id("results-heading")).getText().replaceAll("\\s*\\(.*giây\\)$", "");
  }

  private static void screenshot(String name) throws IOException {
    Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
  }

  private static void copyResource(String name, Path to) throws IOException {
    try (InputStream in = ProvinceTimeBrowserTest.class.getResourceAsStream(SAMPLES + name)) {
      if (in == null) {
        throw new IOException("missing test resource " + SAMPLES + name);
      }
      Files.copy(in, to);
    }
  }
}
