package io.vankien.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vankien.auth.Accounts;
import io.vankien.auth.Role;
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
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 15, "Vietnamese throughout": real Chromium walks every state and error of the UI (browsing, no
 * results, a malformed query and its fix, an unknown document, a forbidden page, a failed and a throttled
 * sign-in, upload when the server has no staff, an upload error, a document page, facets, the audit log,
 * the review queue and its bulk edit) and fails on any English word a user reads there: the words of the
 * test resource english-words.txt, less the codes of english-allowed.txt (see {@link EnglishWords}). What a
 * user reads is the page's text, its title, and the title, aria-label, placeholder and alt attributes; text
 * in {@code <code>} (a command to type) is literal.
 *
 * <p>The archive is the invented samples of BrowserTest (test resources io/vankien/web/browser/) plus three
 * invented notes uploaded here without a province, for the review queue.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VietnameseUiBrowserTest {
  private static final String SAMPLES = "/io/vankien/web/browser/";
  private static final List<String> SAMPLE_FILES = List.of(
      "bac-giang-05-nq-tu.txt", "bac-giang-12-kh-tu.txt", "bac-giang-03-ct-tu.txt",
      "bac-ninh-07-nq-tu.txt", "ha-giang-21-tb-tu.txt", "ha-giang-40-bc-tu.txt");
  private static final String ADMIN = "quan-tri-vi";
  private static final String ADMIN_PASSWORD = "mat-khau-kiem-thu-vi-7";
  private static final String READER = "doc-gia-vi";
  private static final String READER_PASSWORD = "mat-khau-doc-gia-vi-3";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String VISIBLE_TEXT = """
      const parts = [document.title];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const p = n.parentElement;
        if (!p || p.closest('code, script, style, noscript, [hidden]')) continue;
        if (p.closest('.visually-hidden') === null && p.getClientRects().length === 0) continue;
        parts.push(n.nodeValue);
      }
      for (const e of document.querySelectorAll('[title], [aria-label], [placeholder], [alt]')) {
        if (e.closest('[hidden]')) continue;
        for (const a of ['title', 'aria-label', 'placeholder', 'alt']) if (e.getAttribute(a)) parts.push(e.getAttribute(a));
      }
      return parts.join('\\n');
      """;

  @TempDir static Path tmp;
  private static Archive archive;
  private static WebServer server;
  private static Archive bareArchive;
  private static WebServer bareServer;
  private static ChromeDriver driver;
  private static String base;
  private static String bareBase;
  private static EnglishWords english;
  private static final List<String> walked = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    HeadlessChromium.assumeInstalled();
    english = new EnglishWords();
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    for (String name : SAMPLE_FILES) {
      copyResource(name, docs.resolve(name));
      copyResource(name + ".meta.json", docs.resolve(name + ".meta.json"));
    }
    archive = Archive.openForWriting(tmp.resolve("archive"));
    IngestReport report = Ingester.standard(archive, IngestOptions.defaults().withDefaultAccess(AccessLevel.PUBLIC))
        .ingest(List.of(docs), IngestListener.NONE);
    assertEquals(List.of(), report.failures(), "sample ingest failures");
    Accounts accounts = new Accounts(tmp.resolve("archive"));
    accounts.add(ADMIN, Role.ADMIN, null, ADMIN_PASSWORD.toCharArray());
    accounts.add(READER, Role.READER, null, READER_PASSWORD.toCharArray());
    server = new WebServer(archive, Path.of("web"), null,
        WebOptions.defaults().withDefaultAccess(AccessLevel.PUBLIC)).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port() + "/";
    // a server nobody may write to: no staff account, no staff token
    bareArchive = Archive.openForWriting(tmp.resolve("bare"));
    bareServer = new WebServer(bareArchive, Path.of("web")).start("127.0.0.1", 0);
    bareBase = "http://127.0.0.1:" + bareServer.port() + "/";
    driver = HeadlessChromium.start(Files.createDirectories(tmp.resolve("profile")),
        Files.createDirectories(tmp.resolve("downloads")));
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    for (WebServer s : new WebServer[] {server, bareServer}) {
      if (s != null) {
        s.stop();
      }
    }
    for (Archive a : new Archive[] {archive, bareArchive}) {
      if (a != null) {
        a.close();
      }
    }
  }

  @AfterEach
  void noScriptErrors() {
    List<String> uncaught = HeadlessChromium.severeConsoleMessages(driver).stream()
        .filter(m -> !m.contains("Failed to load resource")).toList();
    assertEquals(List.of(), uncaught, "script errors in the browser console");
  }

  @Test
  @Order(1)
  void searchStatesAndErrorsAreVietnamese() throws Exception {
    open(base, "");
    assertFalse(driver.findElements(By.cssSelector(".hit")).isEmpty(), "the archive is listed");
    check("browsing the whole archive, with facets");

    open(base, "?q=" + enc("nghị quyết") + "&level=provincial");
    assertTrue(driver.findElement(By.cssSelector(".facet[data-dim='level']")).getText().contains("Cấp tỉnh"),
        driver.findElement(By.cssSelector(".facet[data-dim='level']")).getText());
    check("a search with a level ticked");

    open(base, "?q=zzyzxqwv");
    assertFalse(driver.findElements(By.cssSelector(".no-results")).isEmpty());
    check("no results");

    // a malformed query: the server's message names the query box, and the page offers the search without
    // the stray quote
    open(base, "?q=" + enc("\"chuyển đổi số"));
    WebElement error = driver.findElement(By.id("error"));
    assertTrue(error.isDisplayed());
    assertTrue(error.getText().contains("Từ khóa tìm kiếm: dấu ngoặc kép"), error.getText());
    check("a malformed query");
    screenshot("malformed-query.png");
    WebElement retry = driver.findElement(By.cssSelector(".recovery a.retry"));
    assertTrue(retry.getText().startsWith("Tìm bỏ dấu ngoặc kép"), retry.getText());
    retry.click();
    awaitRendered(url -> url.contains("q=chuy") && !url.contains("%22"));
    assertFalse(driver.findElement(By.id("error")).isDisplayed(), "the fixed query runs");
    assertFalse(driver.findElements(By.cssSelector(".hit")).isEmpty(), "and finds the Bắc Ninh resolution");

    open(base, "?q=" + enc("foo:bar nghị quyết"));
    assertEquals("Tìm bỏ tiền tố trường không có: “bar nghị quyết”",
        driver.findElement(By.cssSelector(".recovery a.retry")).getText());
    check("an unknown field prefix");

    open(base, "?from=2024-01-01&to=2023-01-01");
    assertTrue(driver.findElement(By.id("error")).getText().contains("Từ ngày"), driver.findElement(By.id("error")).getText());
    check("a date range the wrong way round");

    open(base, "?doc=0000000000000000");
    assertTrue(driver.findElement(By.id("error")).getText().startsWith("Không tìm thấy"));
    check("an unknown document");

    open(base, "?view=audit");
    assertTrue(driver.findElement(By.id("error")).isDisplayed());
    check("the audit log, not signed in");
  }

  @Test
  @Order(2)
  void aDocumentPageIsVietnamese() throws Exception {
    String id = firstHitId("chuyển đổi số");
    open(base, "?doc=" + id + "&q=" + enc("chuyển đổi số"));
    driver.findElement(By.cssSelector("details.technical summary")).click();
    String technical = driver.findElement(By.cssSelector("details.technical")).getText();
    assertTrue(technical.contains("Tệp văn bản thuần"), technical);
    assertTrue(technical.contains("Bảng mã UTF-8"), technical);
    check("a document page with its technical details open");
  }

  @Test
  @Order(3)
  void signInFailuresAndARefusedPageAreVietnamese() throws Exception {
    signIn("khong-co-ai", "sai-mat-khau");
    WebElement error = new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> d.findElement(By.id("login-error")).isDisplayed() ? d.findElement(By.id("login-error")) : null);
    assertTrue(error.getText().contains("Sai tên đăng nhập hoặc mật khẩu"), error.getText());
    check("a failed sign-in");

    // failed sign-ins for one name are throttled: after five, each try waits twice as long (429); on a slow
    // machine a try may come after the first wait, so try until one is refused
    String name = "bi-chan-vi";
    String throttled = "";
    for (int i = 0; i < 12 && !throttled.contains("quá nhiều lần"); i++) {
      signIn(name, "sai-" + i);
      new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElement(By.id("login-error")).isDisplayed());
      throttled = driver.findElement(By.id("login-error")).getText();
    }
    assertTrue(throttled.contains("quá nhiều lần"), throttled);
    check("a throttled sign-in");

    // a reader signed in: no upload offered; the audit log is refused in words
    signIn(READER, READER_PASSWORD);
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("account-name")).isEmpty());
    assertFalse(driver.findElement(By.id("upload-link")).isDisplayed(), "a reader is not offered upload");
    open(base, "?view=audit");
    assertTrue(driver.findElement(By.id("error")).getText().contains("quản trị"), driver.findElement(By.id("error")).getText());
    check("the audit log refused to a reader");
    open(base, "?view=upload");
    assertTrue(driver.findElement(By.id("upload-off")).getText().contains("chỉ có quyền đọc"));
    assertTrue(driver.findElements(By.id("upload-form")).isEmpty());
    check("the upload page for a reader");
    driver.findElement(By.id("logout-button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("login-link")).isEmpty());
  }

  @Test
  @Order(4)
  void withoutStaffAccountsUploadIsHiddenAndSaysWhy() throws Exception {
    open(bareBase, "");
    assertFalse(driver.findElement(By.id("upload-link")).isDisplayed(), "no upload link when nobody may write");
    open(bareBase, "?view=upload");
    assertTrue(driver.findElements(By.id("upload-form")).isEmpty(), "no upload form");
    assertTrue(driver.findElement(By.id("upload-off")).getText().contains("chưa bật chức năng tải lên"),
        driver.findElement(By.id("upload-off")).getText());
    check("upload on a server without staff");
    screenshot("upload-off.png");
    open(bareBase, "");
    assertTrue(driver.findElement(By.cssSelector(".empty")).getText().contains("chưa có văn bản nào"));
    check("an empty archive");
  }

  @Test
  @Order(5)
  void anAdminsUploadErrorAuditLogAndReviewQueueAreVietnamese() throws Exception {
    open(base, "");
    signIn(ADMIN, ADMIN_PASSWORD);
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("account-name")).isEmpty());
    open(base, "?view=upload");
    check("the upload form");
    // an empty file and three notes without a province (for the review queue below)
    List<Path> files = new ArrayList<>();
    files.add(Files.writeString(tmp.resolve("rong.txt"), ""));
    for (String place : List.of("hồ sen", "rừng thông", "bến sông")) {
      files.add(Files.writeString(tmp.resolve("ghi-chep-" + place.replace(' ', '-') + ".txt"),
          "VĂN BẢN MẪU (viết cho kiểm thử)\nGhi chép về " + place + " mẫu, chưa có số hiệu và tỉnh.\n"));
    }
    driver.findElement(By.id("up-title")).sendKeys("Ghi chép về"); // a title each note's line holds
    driver.findElement(By.id("upload-files")).sendKeys(String.join("\n",
        files.stream().map(p -> p.toAbsolutePath().toString()).toList()));
    driver.findElement(By.id("upload-submit")).click();
    WebElement failed = new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(d -> d.findElements(By.cssSelector("#upload-results li.upload-failed")).stream().findFirst().orElse(null));
    assertTrue(failed.getText().contains("Tệp rỗng"), failed.getText());
    assertEquals(3, driver.findElements(By.cssSelector("#upload-results li.upload-ok")).size());
    check("an upload with one file refused");

    driver.findElement(By.id("audit-link")).click();
    awaitRendered(url -> url.contains("view=audit"));
    assertTrue(driver.findElement(By.id("audit-table")).getText().contains("Tải lên"));
    check("the audit log as admin");

    // the review queue: filter to the documents without a province, select two, set their province
    driver.findElement(By.id("review-link")).click();
    awaitRendered(url -> url.contains("view=review"));
    check("the review queue");
    driver.findElement(By.id("review-problem-province")).click();
    driver.findElement(By.id("review-filter-submit")).click();
    awaitRendered(url -> url.contains("problem=province"));
    List<WebElement> rows = driver.findElements(By.cssSelector("#review-table tbody tr"));
    assertEquals(3, rows.size(), driver.findElement(By.id("review-table")).getText());
    String firstLine = rows.get(0).findElement(By.cssSelector("td[data-field='title'] .source-line")).getText();
    assertTrue(firstLine.startsWith("Dòng gốc: “Ghi chép về"), firstLine);
    check("the review queue of documents without a province");
    screenshot("review-queue.png");
    List<String> chosen = List.of(rows.get(0).getAttribute("data-id"), rows.get(1).getAttribute("data-id"));
    rows.get(0).findElement(By.cssSelector("input.review-select")).click();
    rows.get(1).findElement(By.cssSelector("input.review-select")).click();
    driver.findElement(By.id("bulk-value")).sendKeys("Hà Nam");
    driver.findElement(By.id("bulk-submit")).click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElements(By.cssSelector("#review-table tbody tr")).size() == 1);
    awaitRendered(url -> url.contains("problem=province"));
    assertTrue(driver.findElement(By.id("review-done")).getText().startsWith("Đã sửa 2 văn bản"),
        driver.findElement(By.id("review-done")).getText());
    check("the review queue after a bulk edit");
    for (String id : chosen) {
      JsonNode meta = api(base, "api/documents/" + id).get("meta");
      assertEquals("Hà Nam", meta.get("province").asText(), id);
      assertEquals("edited", meta.get("provenance").get("province").asText(), id);
    }
    open(base, "?doc=" + chosen.get(0));
    assertTrue(driver.findElement(By.cssSelector("tr[data-field='province'] td")).getText().contains("Hà Nam"));
    check("a document after the bulk edit");
    driver.findElement(By.id("logout-button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("login-link")).isEmpty());
  }

  @Test
  @Order(6)
  void everyStateWasChecked() {
    assertTrue(walked.size() >= 20, "states checked: " + walked);
  }

  // ---- helpers ----

  /** Fails on English words in what the page now shows; records the state as walked. */
  private static void check(String state) {
    String text = (String) ((JavascriptExecutor) driver).executeScript(VISIBLE_TEXT);
    assertFalse(text.isBlank(), state + ": an empty page");
    List<String> found = english.in(text);
    assertEquals(List.of(), found, state + ": English words in\n" + text);
    walked.add(state);
  }

  private static void screenshot(String name) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "screenshots"));
    Files.write(dir.resolve(name), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
  }

  private static void signIn(String name, String password) {
    open(base, "?view=login");
    WebElement n = driver.findElement(By.id("login-name"));
    n.clear();
    n.sendKeys(name);
    driver.findElement(By.id("login-password")).sendKeys(password);
    driver.findElement(By.id("login-submit")).click();
  }

  private static String firstHitId(String q) throws Exception {
    return api(base, "api/search?q=" + enc(q)).get("hits").get(0).get("id").asText();
  }

  private static void open(String server, String query) {
    driver.get(server + query);
    awaitRendered(url -> true);
  }

  private static void awaitRendered(Predicate<String> urlTest) {
    HeadlessChromium.awaitRendered(driver, Duration.ofSeconds(20), urlTest);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static JsonNode api(String server, String pathAndQuery) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), pathAndQuery + ": " + r.body());
    return Json.MAPPER.readTree(r.body());
  }

  private static void copyResource(String name, Path to) throws IOException {
    try (InputStream in = VietnameseUiBrowserTest.class.getResourceAsStream(SAMPLES + name)) {
      if (in == null) {
        throw new IOException("missing test resource " + SAMPLES + name);
      }
      Files.copy(in, to);
    }
  }
}
