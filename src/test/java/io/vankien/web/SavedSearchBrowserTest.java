package io.vankien.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.auth.Accounts;
import io.vankien.auth.Role;
import io.vankien.index.Archive;
import io.vankien.index.IngestListener;
import io.vankien.index.IngestOptions;
import io.vankien.index.IngestReport;
import io.vankien.index.Ingester;
import io.vankien.meta.AccessLevel;
import io.vankien.web.browser.HeadlessChromium;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Saved searches and bookmarks in real Chromium: a visitor not signed in saves a search, reloads, reopens it
 * (kept in localStorage); signed in, the account's own list (on the server) is shown instead, and a search
 * and a bookmarked document's note survive a reload. Same invented sample documents as CitationBrowserTest.
 */
class SavedSearchBrowserTest {
  private static final String SAMPLES = "/io/vankien/web/browser/";
  private static final List<String> SAMPLE_FILES = List.of(
      "bac-giang-05-nq-tu.txt", "bac-giang-12-kh-tu.txt", "bac-ninh-07-nq-tu.txt", "ha-giang-21-tb-tu.txt");
  private static final String READER = "doc-gia";
  private static final String PASSWORD = "mat-khau-kiem-thu-9";

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
    archive = Archive.openForWriting(tmp.resolve("archive"));
    IngestReport report = Ingester.standard(archive, IngestOptions.defaults().withDefaultAccess(AccessLevel.PUBLIC))
        .ingest(List.of(docs), IngestListener.NONE);
    assertEquals(SAMPLE_FILES.size(), report.ingested(), "samples ingested: " + report.failures());
    new Accounts(tmp.resolve("archive")).add(READER, Role.READER, null, PASSWORD.toCharArray());
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
  void saveReloadReopenAnonymousThenSignedIn() throws Exception {
    // Not signed in: the search is kept in this browser.
    save("chuyển đổi số", "Chuyển đổi số (trình duyệt)");
    reopen("Chuyển đổi số (trình duyệt)", "chuyển đổi số");
    Object kept = ((JavascriptExecutor) driver).executeScript("return localStorage.getItem('vankien.saved');");
    assertTrue(String.valueOf(kept).contains("Chuyển đổi số (trình duyệt)"), String.valueOf(kept));

    // Signed in: the account's list, on the server; the browser's own is not mixed in.
    open("?view=login");
    driver.findElement(By.id("login-name")).sendKeys(READER);
    driver.findElement(By.id("login-password")).sendKeys(PASSWORD);
    driver.findElement(By.id("login-submit")).click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("account-name")).isEmpty());
    try {
      save("nghị quyết", "Nghị quyết (tài khoản)");
      reopen("Nghị quyết (tài khoản)", "nghị quyết");
      assertTrue(savedNames().stream().noneMatch(n -> n.contains("trình duyệt")), savedNames().toString());

      // Bookmark the first hit with a note; after a reload the note is still there.
      driver.findElement(By.cssSelector(".hit-title a")).click();
      awaitRendered(url -> url.contains("doc="));
      driver.findElement(By.id("bookmark-note")).sendKeys("đọc lại phần nhiệm vụ");
      driver.findElement(By.id("bookmark")).click();
      awaitTextStarts("bookmark-status", "Đã đánh dấu");
      driver.navigate().refresh();
      awaitRendered(url -> url.contains("doc="));
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
          "đọc lại phần nhiệm vụ".equals(d.findElement(By.id("bookmark-note")).getDomProperty("value")));
      open("?q=" + enc("nghị quyết"));
      driver.findElement(By.cssSelector("#saved-lists summary")).click();
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
          d.findElements(By.cssSelector("#saved-bookmarks .saved-note")).stream()
              .anyMatch(e -> e.getText().contains("đọc lại phần nhiệm vụ")));
    } finally {
      driver.manage().deleteAllCookies();
    }
  }

  /** Searches for q and saves it under name. */
  private static void save(String q, String name) {
    open("?q=" + enc(q));
    WebElement field = driver.findElement(By.id("save-search-name"));
    field.clear();
    field.sendKeys(name);
    driver.findElement(By.id("save-search")).click();
    awaitTextStarts("saved-status", "Đã lưu tìm kiếm");
  }

  /** Reloads the start page, opens the saved list and reopens the search called name. */
  private static void reopen(String name, String q) {
    open("");
    driver.navigate().refresh();
    awaitRendered(url -> true);
    driver.findElement(By.cssSelector("#saved-lists summary")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> savedNames().contains(name));
    driver.findElements(By.cssSelector("#saved-searches a.saved-search")).stream()
        .filter(a -> a.getText().equals(name)).findFirst().orElseThrow().click();
    awaitRendered(url -> url.contains("q=" + enc(q).replace("+", "%20")) || url.contains("q=" + enc(q)));
    assertTrue(!driver.findElements(By.cssSelector(".hit-title a")).isEmpty(), "hits for the reopened search");
  }

  private static List<String> savedNames() {
    return driver.findElements(By.cssSelector("#saved-searches a.saved-search")).stream().map(WebElement::getText)
        .toList();
  }

  private static void open(String query) {
    driver.get(base + query);
    awaitRendered(url -> true);
  }

  private static void awaitTextStarts(String id, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id(id)).getText().startsWith(text));
  }

  /** Waits until the URL satisfies the test and the page has finished rendering that URL's state. */
  private static void awaitRendered(java.util.function.Predicate<String> urlTest) {
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> urlTest.test(d.getCurrentUrl())
        && (Boolean) ((JavascriptExecutor) d).executeScript(
            "return document.documentElement.dataset.rendered === (location.search || '?')"
                + " && !document.getElementById('main').hasAttribute('aria-busy');"));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void copyResource(String name, Path to) throws IOException {
    try (InputStream in = SavedSearchBrowserTest.class.getResourceAsStream(SAMPLES + name)) {
      if (in == null) {
        throw new IOException("missing test resource " + SAMPLES + name);
      }
      Files.copy(in, to);
    }
  }
}
