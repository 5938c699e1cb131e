package io.vankien.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vankien.index.Archive;
import io.vankien.index.IngestListener;
import io.vankien.index.IngestOptions;
import io.vankien.index.IngestReport;
import io.vankien.index.Ingester;
import io.vankien.meta.AccessLevel;
import io.vankien.search.Json;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

/**
 * The advanced search and the year range in real Chromium (issue 16): the form is built from the server's
 * list of query fields and facets, writes the query in the search syntax and shows it, and a year range
 * (2021-2023) becomes from=2021&to=2023 in the URL; the results follow. The same on a phone-width window.
 * The archive is the invented samples of BrowserTest (test resources under io/vankien/web/browser/).
 */
class AdvancedSearchBrowserTest {
  private static final String SAMPLES = "/io/vankien/web/browser/";
  private static final List<String> SAMPLE_FILES = List.of(
      "bac-giang-05-nq-tu.txt", "bac-giang-12-kh-tu.txt", "bac-giang-03-ct-tu.txt",
      "bac-ninh-07-nq-tu.txt", "ha-giang-21-tb-tu.txt", "ha-giang-40-bc-tu.txt");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path tmp;
  private static Archive archive;
  private static WebServer server;
  private static ChromeDriver driver;
  private static String base;
  private static final Map<String, String> idsByNumber = new HashMap<>();

  @BeforeAll
  static void start() throws Exception {
    HeadlessChromium.assumeInstalled();
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    for (String name : SAMPLE_FILES) {
      copyResource(name, docs.resolve(name));
      copyResource(name + ".meta.json", docs.resolve(name + ".meta.json"));
    }
    archive = Archive.openForWriting(tmp.resolve("archive"));
    IngestReport report = Ingester.standard(archive, IngestOptions.defaults().withDefaultAccess(AccessLevel.PUBLIC))
        .ingest(List.of(docs), IngestListener.NONE);
    assertEquals(SAMPLE_FILES.size(), report.ingested(), "samples ingested: " + report.failures());
    server = new WebServer(archive, Path.of("web")).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port() + "/";
    for (JsonNode h : api("api/search?size=100").get("hits")) {
      idsByNumber.put(h.path("number").asText(), h.get("id").asText());
    }
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
  void advancedSearchWithFieldsAndAYearRange() throws Exception {
    driver.manage().window().setSize(new Dimension(1280, 1000));
    open("?");
    openAdvanced();
    // every query field the server lists has an input, its prefix shown
    for (JsonNode f : api("api/facets").get("queryFields")) {
      WebElement label = driver.findElement(By.cssSelector("label[for='adv-field-" + f.get("name").asText() + "']"));
      assertTrue(label.getText().contains("“" + f.get("name").asText() + ":”"), label.getText());
    }
    String formText = driver.findElement(By.id("advanced-search")).getText();
    assertEquals(List.of(), new EnglishWords().in(formText), "the form is in Vietnamese: " + formText);
    type("adv-field-title", "nông nghiệp");
    type("adv-year-from", "2021");
    type("adv-year-to", "2023");
    assertEquals("“title:\"nông nghiệp\"”", driver.findElement(By.cssSelector(".adv-query")).getText(),
        "the query is shown in the search syntax as it is typed");
    submit();
    awaitRendered(url -> url.contains("from=2021") && url.contains("to=2023") && url.contains("title:"));
    assertEquals(Set.of(idOf("05-NQ/TU"), idOf("12-KH/TU")), new TreeSet<>(hitIds()),
        "both 2021 documents with “nông nghiệp” in the title");

    // the panel stays open, filled from the URL: narrow by number and signer
    assertEquals("nông nghiệp", driver.findElement(By.id("adv-field-title")).getAttribute("value"));
    type("adv-field-number", "05-NQ/TU");
    type("adv-field-signer", "Nguyễn Văn Mẫu");
    submit();
    awaitRendered(url -> url.contains("number:05-NQ/TU") && url.contains("signer:"));
    String url = URLDecoder.decode(driver.getCurrentUrl(), StandardCharsets.UTF_8);
    assertTrue(url.contains("q=number:05-NQ/TU title:\"nông nghiệp\" signer:\"Nguyễn Văn Mẫu\""), url);
    assertTrue(url.contains("from=2021") && url.contains("to=2023"), url);
    assertEquals(List.of(idOf("05-NQ/TU")), hitIds());
    assertEquals("2021", driver.findElement(By.id("year-from")).getAttribute("value"), "the sidebar shows the range");
    assertTrue(driver.findElement(By.cssSelector(".active-filters")).getText().contains("Từ năm: 2021"),
        driver.findElement(By.cssSelector(".active-filters")).getText());
    screenshot("advanced-search.png");

    // the compact year range of the sidebar, alone: 2022-2023 holds four samples
    open("?");
    type("year-from", "2022");
    type("year-to", "2023");
    driver.findElement(By.cssSelector(".year-range button[type=submit]")).click();
    awaitRendered(u -> u.contains("from=2022") && u.contains("to=2023"));
    assertEquals(Set.of(idOf("03-CT/TU"), idOf("07-NQ/TU"), idOf("21-TB/TU"), idOf("40-BC/TU")),
        new TreeSet<>(hitIds()));
    assertEquals(4, api("api/search?from=2022&to=2023").get("total").asInt(), "the API reads the same range");
  }

  @Test
  void advancedSearchOnAPhone() throws Exception {
    driver.manage().window().setSize(new Dimension(390, 844));
    try {
      open("?");
      openAdvanced();
      type("adv-field-number", "07-NQ/TU");
      type("adv-year-from", "2022");
      type("adv-year-to", "2022");
      WebElement button = driver.findElement(By.id("adv-submit"));
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
      assertEquals(0L, overflow(), "no sideways scrolling with the form open");
      screenshot("advanced-search-phone.png");
      button.click();
      awaitRendered(url -> url.contains("number:07-NQ/TU") && url.contains("from=2022") && url.contains("to=2022"));
      assertEquals(List.of(idOf("07-NQ/TU")), hitIds());
      assertEquals(0L, overflow(), "no sideways scrolling on the results");
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 1000));
    }
  }

  // ---- helpers ----

  private static void openAdvanced() {
    WebElement details = driver.findElement(By.id("advanced-search"));
    if (details.getAttribute("open") == null) {
      details.findElement(By.tagName("summary")).click();
    }
    assertTrue(driver.findElement(By.id("adv-submit")).isDisplayed(), "the advanced form is open");
  }

  private static void type(String id, String text) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  private static void submit() {
    driver.findElement(By.id("adv-submit")).click();
  }

  private static long overflow() {
    return (Long) ((JavascriptExecutor) driver).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
  }

  private static void open(String query) {
    driver.get(base + query);
    awaitRendered(url -> true);
  }

  /** Waits until the URL satisfies the test and the page has finished rendering that URL's state. */
  private static void awaitRendered(Predicate<String> urlTest) {
    HeadlessChromium.awaitRendered(driver, Duration.ofSeconds(15), urlTest);
  }

  private static List<String> hitIds() {
    return driver.findElements(By.cssSelector(".hit")).stream().map(h -> h.getAttribute("data-id")).toList();
  }

  private static String idOf(String number) {
    String id = idsByNumber.get(number);
    if (id == null) {
      throw new AssertionError("no sample with number " + number + " in " + idsByNumber);
    }
    return id;
  }

  private static void screenshot(String name) throws IOException {
    Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
  }

  private static JsonNode api(String pathAndQuery) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), pathAndQuery + ": " + r.body());
    return Json.MAPPER.readTree(r.body());
  }

  private static void copyResource(String name, Path to) throws IOException {
    try (InputStream in = AdvancedSearchBrowserTest.class.getResourceAsStream(SAMPLES + name)) {
      if (in == null) {
        throw new IOException("missing test resource " + SAMPLES + name);
      }
      Files.copy(in, to);
    }
  }
}
