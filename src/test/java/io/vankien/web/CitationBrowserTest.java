package io.vankien.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vankien.index.Archive;
import io.vankien.index.IngestListener;
import io.vankien.index.IngestOptions;
import io.vankien.index.IngestReport;
import io.vankien.index.Ingester;
import io.vankien.meta.AccessLevel;
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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
 * Citing what was found, in real Chromium: search and see archivist titles, take a suggestion labelled
 * with type, number and year, open a document, copy its citation and permanent link, see the query
 * highlighted only where the server matched it, download the original under its citation name. The
 * archive is built from the invented sample documents BrowserTest uses (test resources under
 * io/vankien/web/browser/, each with a .meta.json sidecar).
 */
class CitationBrowserTest {
  private static final String SAMPLES = "/io/vankien/web/browser/";
  private static final List<String> SAMPLE_FILES = List.of(
      "bac-giang-05-nq-tu.txt", "bac-giang-12-kh-tu.txt", "bac-giang-03-ct-tu.txt",
      "bac-ninh-07-nq-tu.txt", "ha-giang-21-tb-tu.txt", "ha-giang-40-bc-tu.txt");
  /** The citation of bac-ninh-07-nq-tu, from its sidecar: type, number, date, issuer, subject. */
  private static final String CITATION_07 = "Nghị quyết số 07-NQ/TU ngày 20/4/2022 của Tỉnh ủy Bắc Ninh về chuyển"
      + " đổi số tỉnh Bắc Ninh đến năm 2025, định hướng đến năm 2030";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path tmp;
  private static Path downloads;
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
    server = new WebServer(archive, Path.of("web")).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port() + "/";
    downloads = Files.createDirectories(tmp.resolve("downloads"));
    driver = HeadlessChromium.start(Files.createDirectories(tmp.resolve("profile")), downloads);
    driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", base.substring(0, base.length() - 1),
        "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
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
  void searchSeeTitlesCopyCitationAndLinkHighlightAtServerOffsetsAndDownload() throws Exception {
    // Search by the number as staff half remember it: the results show archivist titles, never a bare
    // "về ..." subject or a file name.
    String q = "Số 07 - NQ/TU";
    open("?q=" + enc(q));
    List<WebElement> titles = driver.findElements(By.cssSelector(".hit-title a"));
    assertFalse(titles.isEmpty(), "hits for " + q);
    assertEquals(CITATION_07, titles.get(0).getText());
    for (JsonNode h : api("api/search?size=50").get("hits")) {
      String shown = h.get("citation").asText();
      assertFalse(shown.toLowerCase().startsWith("về ") || shown.endsWith(".txt"), "title shown: " + shown);
    }

    // Open it: the heading is the citation.
    titles.get(0).click();
    awaitRendered(url -> url.contains("doc="));
    String id = driver.findElement(By.cssSelector("article.document")).getAttribute("data-id");
    assertEquals(CITATION_07, driver.findElement(By.id("doc-title")).getText());

    // Copy the citation and the permanent link: the clipboard (when the browser lets the page read it) and
    // the buttons' data hold them, and the page says so.
    WebElement copyCitation = driver.findElement(By.id("copy-citation"));
    assertEquals(CITATION_07, copyCitation.getAttribute("data-copy"));
    copyCitation.click();
    awaitText("copy-status", "Đã sao chép trích dẫn.");
    assertClipboardHolds(CITATION_07);
    WebElement copyLink = driver.findElement(By.id("copy-link"));
    String link = copyLink.getAttribute("data-copy");
    assertEquals(base + "?doc=" + id, link);
    copyLink.click();
    awaitText("copy-status", "Đã sao chép liên kết cố định.");
    assertClipboardHolds(link);

    // Highlighting: exactly the server's match offsets ("07 - NQ/TU"), not every "số" of the text, as the
    // page's own folding used to mark.
    JsonNode view = api("api/documents/" + id + "?q=" + enc(q));
    String text = view.get("text").asText();
    List<List<Integer>> server = new ArrayList<>();
    for (JsonNode m : view.get("matches")) {
      server.add(List.of(m.get(0).asInt(), m.get(1).asInt()));
    }
    assertFalse(server.isEmpty(), "the server matched " + q);
    List<List<Integer>> marked = new ArrayList<>();
    for (WebElement m : driver.findElements(By.cssSelector("#fulltext mark"))) {
      int a = Integer.parseInt(m.getAttribute("data-start"));
      int b = Integer.parseInt(m.getAttribute("data-end"));
      marked.add(List.of(a, b));
      assertEquals(text.substring(a, b).replaceAll("\\s+", " "), m.getText());
    }
    // every mark starts where a server range starts and ends where one ends (ranges parted by a space are
    // one mark), and every server range lies inside a mark
    for (List<Integer> m : marked) {
      assertTrue(server.stream().anyMatch(s -> s.get(0).equals(m.get(0)))
          && server.stream().anyMatch(s -> s.get(1).equals(m.get(1))), "mark " + m + " not at " + server);
    }
    for (List<Integer> s : server) {
      assertTrue(marked.stream().anyMatch(m -> m.get(0) <= s.get(0) && s.get(1) <= m.get(1)), s + " unmarked");
    }
    int so = count(Pattern.compile("(?iu)(?<!\\p{L})số(?!\\p{L})"), text);
    assertTrue(so >= 5, "the sample has 'số' " + so + " times");
    assertTrue(marked.stream().noneMatch(r -> text.substring(r.get(0), r.get(1)).equalsIgnoreCase("số")),
        "no lone 'số' is highlighted");
    assertTrue(driver.findElement(By.cssSelector(".match-status")).getText().startsWith(marked.size() + " chỗ khớp"));

    // The permanent link opens the document without the search.
    driver.get(link);
    awaitRendered(url -> url.endsWith("?doc=" + id));
    assertEquals(CITATION_07, driver.findElement(By.id("doc-title")).getText());
    assertTrue(driver.findElements(By.cssSelector("#fulltext mark")).isEmpty(), "no query, no highlight");

    // Download: the original is named after the citation.
    String name = driver.findElement(By.id("download-original")).getAttribute("download");
    assertEquals("Nghị-quyết-07-NQ-TU-2022-04-20.txt", name);
    driver.findElement(By.id("download-original")).click();
    Path file = awaitDownload(name);
    assertEquals(Files.readString(docs().resolve("bac-ninh-07-nq-tu.txt")), Files.readString(file));
    HttpResponse<Void> original = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/documents/" + id
        + "/original")).build(), HttpResponse.BodyHandlers.discarding());
    assertEquals("attachment; filename=\"Nghi-quyet-07-NQ-TU-2022-04-20.txt\"; filename*=UTF-8''"
        + "Ngh%E1%BB%8B-quy%E1%BA%BFt-07-NQ-TU-2022-04-20.txt",
        original.headers().firstValue("Content-Disposition").orElseThrow());
  }

  @Test
  void suggestionsMatchTheIssuerAndShowTypeNumberAndYear() {
    open("");
    WebElement box = driver.findElement(By.id("q"));
    box.sendKeys("nghi quyet bac ninh");
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("suggestions")).isDisplayed());
    WebElement first = driver.findElements(By.cssSelector("#suggestions [role=option]")).get(0);
    assertEquals(CITATION_07, first.findElement(By.cssSelector(".suggestion-text")).getText());
    assertEquals("tiêu đề · Nghị quyết · 07-NQ/TU · 2022",
        first.findElement(By.cssSelector(".suggestion-kind")).getText());
    first.click();
    awaitRendered(url -> url.contains("doc="));
    assertEquals(CITATION_07, driver.findElement(By.id("doc-title")).getText());
  }

  @Test
  void theHighlighterMarksOnlyTheGivenRanges() {
    open("");
    @SuppressWarnings("unchecked")
    List<Object> r = (List<Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        import('./js/highlight.js').then((h) => {
          const text = 'Số 07-NQ/TU về chuyển đổi số; kinh tế số.';
          const marked = (ranges) => {
            const node = document.createElement('div');
            return h.highlightRanges(node, text, ranges).map((m) => m.textContent);
          };
          done([
            marked([[3, 11]]),
            marked([[15, 21], [22, 25]]),
            marked([[22, 25], [3, 5], [4, 11], [-4, 2], [38, 99], [7, 7], 'x', [1]]),
            marked([]),
          ]);
        }, (e) => done(String(e)));""");
    assertEquals(List.of("07-NQ/TU"), r.get(0));
    assertEquals(List.of("chuyển đổi"), r.get(1), "ranges parted by a space are one highlight");
    assertEquals(List.of("Số 07-NQ/TU", "đổi", "số."), r.get(2), "sorted, overlaps merged, clipped, junk dropped");
    assertEquals(List.of(), r.get(3));
  }

  // ---- helpers ----

  private static Path docs() {
    return tmp.resolve("docs");
  }

  private static void assertClipboardHolds(String expected) {
    Object got = ((JavascriptExecutor) driver).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        navigator.clipboard.readText().then(done, (e) => done('unreadable: ' + e));""");
    assertEquals(expected, got, "the clipboard");
  }

  private static void awaitText(String id, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id(id)).getText().equals(text));
  }

  private static int count(Pattern p, String text) {
    Matcher m = p.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static void open(String query) {
    driver.get(base + query);
    awaitRendered(url -> true);
  }

  /** Waits until the URL satisfies the test and the page has finished rendering that URL's state. */
  private static void awaitRendered(java.util.function.Predicate<String> urlTest) {
    HeadlessChromium.awaitRendered(driver, Duration.ofSeconds(15), urlTest);
  }

  private static Path awaitDownload(String name) {
    Path file = downloads.resolve(name);
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
      try (Stream<Path> s = Files.list(downloads)) {
        return Files.exists(file) && s.noneMatch(p -> p.toString().endsWith(".crdownload"));
      } catch (IOException e) {
        return false;
      }
    });
    return file;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static JsonNode api(String pathAndQuery) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), pathAndQuery + ": " + r.body());
    return JSON.readTree(r.body());
  }

  private static void copyResource(String name, Path to) throws IOException {
    try (InputStream in = CitationBrowserTest.class.getResourceAsStream(SAMPLES + name)) {
      if (in == null) {
        throw new IOException("missing test resource " + SAMPLES + name);
      }
      Files.copy(in, to);
    }
  }
}
