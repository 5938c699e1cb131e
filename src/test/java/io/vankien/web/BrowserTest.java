package io.vankien.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in real Chromium, used as a researcher would: search, tick a province, page forward, open a
 * document, follow a citation both ways, download the original, with no error in the browser console; and
 * as staff: upload with a token, edit, delete.
 *
 * <p>The archive is built in a temp folder from invented sample documents (test resources under
 * io/vankien/web/browser/, each with a .meta.json sidecar so the metadata does not depend on the extractor).
 * Screenshots go to target/screenshots/. Staff tests use a second server, with a token, over its own empty
 * archive, so that uploads never change what the search tests count.
 */
class BrowserTest {
  private static final String SAMPLES = "/io/vankien/web/browser/";
  private static final List<String> SAMPLE_FILES = List.of(
      "bac-giang-05-nq-tu.txt", "bac-giang-12-kh-tu.txt", "bac-giang-03-ct-tu.txt",
      "bac-ninh-07-nq-tu.txt", "ha-giang-21-tb-tu.txt", "ha-giang-40-bc-tu.txt");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String STAFF_TOKEN = "browser-test-staff-token-4f1c9a7e2b";
  private static final String ADMIN = "quan-tri";
  private static final String ADMIN_PASSWORD = "mat-khau-kiem-thu-9";

  @TempDir static Path tmp;

  private static Path docs;
  private static Path downloads;
  private static Archive archive;
  private static WebServer server;
  private static Archive staffArchive;
  private static WebServer staffServer;
  private static String staffBase;
  private static ChromeDriver driver;
  private static String base;
  private static boolean suggestAvailable;
  private static final Map<String, String> idsByNumber = new HashMap<>();

  /** Console messages a test expects (e.g. the 400 it provokes); checked and cleared after each test. */
  private final List<Predicate<String>> expectedConsole = new ArrayList<>();

  @BeforeAll
  static void startArchiveServerAndBrowser() throws Exception {
    HeadlessChromium.assumeInstalled();
    docs = Files.createDirectories(tmp.resolve("docs"));
    for (String name : SAMPLE_FILES) {
      copyResource(name, docs.resolve(name));
      copyResource(name + ".meta.json", docs.resolve(name + ".meta.json"));
    }
    archive = Archive.openForWriting(tmp.resolve("archive"));
    IngestReport report = Ingester.standard(archive, IngestOptions.defaults().withDefaultAccess(AccessLevel.PUBLIC))
        .ingest(List.of(docs), IngestListener.NONE);
    assertEquals(List.of(), report.failures(), "sample ingest failures");
    assertEquals(SAMPLE_FILES.size(), report.ingested(), "samples ingested");

    server = new WebServer(archive, Path.of("web")).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port() + "/";
    suggestAvailable = status("api/suggest?q=ngh") == 200;
    for (JsonNode h : api("api/search?size=100").get("hits")) {
      idsByNumber.put(h.path("number").asText(), h.get("id").asText());
    }
    staffArchive = Archive.openForWriting(tmp.resolve("staff-archive"));
    // uploads there are public unless stated, so the test can check them over the API without signing in
    staffServer = new WebServer(staffArchive, Path.of("web"), STAFF_TOKEN,
        WebOptions.defaults().withDefaultAccess(AccessLevel.PUBLIC)).start("127.0.0.1", 0);
    new Accounts(tmp.resolve("staff-archive")).add(ADMIN, Role.ADMIN, null, ADMIN_PASSWORD.toCharArray());
    staffBase = "http://127.0.0.1:" + staffServer.port() + "/";
    downloads = Files.createDirectories(tmp.resolve("downloads"));
    driver = HeadlessChromium.start(Files.createDirectories(tmp.resolve("profile")), downloads);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stopAll() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop();
    }
    if (staffServer != null) {
      staffServer.stop();
    }
    if (archive != null) {
      archive.close();
    }
    if (staffArchive != null) {
      staffArchive.close();
    }
  }

  @BeforeEach
  void wideWindow() {
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  @AfterEach
  void noUnexpectedConsoleErrors() {
    List<String> severe = HeadlessChromium.severeConsoleMessages(driver).stream()
        .filter(m -> expectedConsole.stream().noneMatch(p -> p.test(m)))
        // Until the server has /api/suggest, the box's first request may 404 (the UI then stops asking).
        .filter(m -> suggestAvailable || !(m.contains("/api/suggest") && m.contains("404")))
        .toList();
    assertEquals(List.of(), severe, "errors in the browser console");
  }

  @Test
  void searchTickProvincePageOpenFollowCitationsAndDownload() throws Exception {
    open("?size=2");
    assertEquals("Toàn bộ kho: 6 văn bản", heading());

    // Search as a user types it.
    WebElement box = driver.findElement(By.id("q"));
    box.sendKeys("nghị quyết" + Keys.ENTER);
    awaitRendered(url -> url.contains("q=ngh"));
    long apiTotal = api("api/search?size=0&q=" + enc("nghị quyết")).get("total").asLong();
    assertTrue(apiTotal >= 4, "samples matching 'nghị quyết': " + apiTotal);
    assertEquals("Tìm thấy " + apiTotal + " văn bản", heading());
    assertEquals(2, hits().size(), "size=2 from the URL is kept");
    assertFalse(driver.findElements(By.cssSelector(".hit .snippet mark")).isEmpty(), "snippets are highlighted");

    // Tick "Bắc Giang" in the province-as-named-then facet.
    String bacGiangThen = "section[data-dim='province'] input[name='province'][value='Bắc Giang']";
    String bacGiangNested = "section[data-dim='provinceCurrent'] .facet-children input[name='province'][value='Bắc Giang']";
    labelOf(driver.findElement(By.cssSelector(bacGiangThen))).click();
    awaitRendered(url -> url.contains("province=" + enc("Bắc Giang")));
    assertEquals("Tìm thấy 3 văn bản", heading());
    assertTrue(driver.findElement(By.cssSelector(bacGiangThen)).isSelected(), "facet stays ticked");
    assertTrue(driver.findElement(By.cssSelector(bacGiangNested)).isSelected(),
        "the same old province nested under Bắc Ninh is ticked too");
    for (WebElement hit : hits()) {
      assertTrue(hit.findElement(By.cssSelector(".province")).getText().startsWith("Tỉnh Bắc Giang (nay: Bắc Ninh)"),
          hit.getText());
    }

    // Oldest first, then page forward.
    new Select(driver.findElement(By.id("sort"))).selectByValue("date_asc");
    awaitRendered(url -> url.contains("sort=date_asc"));
    List<String> pageOne = hitIds();
    assertEquals(List.of(idOf("05-NQ/TU"), idOf("12-KH/TU")), pageOne);
    screenshot("results.png");
    driver.findElement(By.cssSelector(".pagination a.next")).click();
    awaitRendered(url -> url.contains("page=2"));
    assertEquals(List.of(idOf("03-CT/TU")), hitIds());
    assertEquals("Trang 2/2", driver.findElement(By.cssSelector(".page-of")).getText());

    // Back and forward restore the pages.
    driver.navigate().back();
    awaitRendered(url -> !url.contains("page=2"));
    assertEquals(pageOne, hitIds());
    driver.navigate().forward();
    awaitRendered(url -> url.contains("page=2"));

    // Open the document; it cites 05-NQ/TU, which is in the archive.
    driver.findElement(By.cssSelector(".hit-title a")).click();
    awaitRendered(url -> url.contains("doc=" + idOf("03-CT/TU")));
    assertEquals("03-CT/TU", metaValue("number"));
    WebElement cited = driver.findElement(By.cssSelector("#cites a[data-id='" + idOf("05-NQ/TU") + "']"));
    cited.click();
    awaitRendered(url -> url.contains("doc=" + idOf("05-NQ/TU")));
    assertEquals("05-NQ/TU", metaValue("number"));
    assertEquals("sidecar", driver.findElement(By.cssSelector("tr[data-field='number'] .prov"))
        .getAttribute("data-provenance"));
    List<WebElement> marks = driver.findElements(By.cssSelector("#fulltext mark"));
    assertFalse(marks.isEmpty(), "the query's words are highlighted in the text");
    for (WebElement m : marks) {
      assertTrue(fold(m.getText()).matches("(nghi|quyet)( (nghi|quyet))*"), "highlighted: " + m.getText());
    }

    // Cited by: both documents that cite 05-NQ/TU; follow the plan (12-KH/TU).
    List<String> citedBy = driver.findElements(By.cssSelector("#cited-by a")).stream()
        .map(a -> a.getAttribute("data-id")).sorted().toList();
    assertEquals(Stream.of(idOf("03-CT/TU"), idOf("12-KH/TU")).sorted().toList(), citedBy);
    screenshot("document.png");
    driver.findElement(By.cssSelector("#cited-by a[data-id='" + idOf("12-KH/TU") + "']")).click();
    awaitRendered(url -> url.contains("doc=" + idOf("12-KH/TU")));
    assertEquals("12-KH/TU", metaValue("number"));
    assertEquals(1, driver.findElements(By.cssSelector("#cites a[data-id='" + idOf("05-NQ/TU") + "']")).size());

    // Download the original: the same bytes as the file ingested, named after the citation.
    driver.findElement(By.id("download-original")).click();
    Path downloaded = awaitDownload("Kế-hoạch-12-KH-TU-2021-06-02.txt");
    assertArrayEquals(Files.readAllBytes(docs.resolve("bac-giang-12-kh-tu.txt")), Files.readAllBytes(downloaded));

    // Back to the results: the query, the province, the sort and the page are all still there.
    driver.findElement(By.id("back-to-results")).click();
    awaitRendered(url -> !url.contains("doc="));
    String url = URLDecoder.decode(driver.getCurrentUrl(), StandardCharsets.UTF_8);
    assertTrue(url.contains("q=nghị quyết") && url.contains("province=Bắc Giang") && url.contains("sort=date_asc")
        && url.contains("page=2") && url.contains("size=2"), url);
    assertEquals(List.of(idOf("03-CT/TU")), hitIds());
    assertEquals("nghị quyết", driver.findElement(By.id("q")).getAttribute("value"));
  }

  @Test
  void aDocumentsIssuerAndTermLinksFindEveryFormOfTheSameBodyAndCongress() throws Exception {
    // 03-CT/TU types its issuer "Ban Thường vụ Tỉnh ủy Bắc Giang", 05-NQ/TU "Tỉnh ủy Bắc Giang": one body.
    open("?doc=" + idOf("03-CT/TU"));
    WebElement issuer = driver.findElement(By.cssSelector("tr[data-field='issuer'] td"));
    assertTrue(issuer.getText().startsWith("Ban Thường vụ Tỉnh ủy Bắc Giang"), "the page shows the typed issuer: "
        + issuer.getText());
    issuer.findElement(By.cssSelector("a.facet-link")).click();
    awaitRendered(url -> url.contains("issuer=Tỉnh ủy Bắc Giang") && !url.contains("doc="));
    assertEquals("Tìm thấy 3 văn bản", heading());
    assertEquals(Stream.of(idOf("05-NQ/TU"), idOf("12-KH/TU"), idOf("03-CT/TU")).sorted().toList(),
        hitIds().stream().sorted().toList());
    assertTrue(driver.findElement(By.cssSelector(
        "section[data-dim='issuer'] input[name='issuer'][value='Tỉnh ủy Bắc Giang']")).isSelected());

    // Its term "Đại hội XIX, nhiệm kỳ 2020-2025" is the facet value "Đại hội XIX (2020-2025)".
    open("?doc=" + idOf("03-CT/TU"));
    driver.findElement(By.cssSelector("tr[data-field='term'] a.facet-link")).click();
    awaitRendered(url -> url.contains("term=Đại hội XIX (2020-2025)"));
    assertEquals("Tìm thấy 3 văn bản", heading());

    // A link typing the body another way ticks the body's value, and unticking it clears the filter.
    open("?issuer=" + enc("Ban Thường vụ Tỉnh ủy Bắc Giang"));
    assertEquals("Tìm thấy 3 văn bản", heading());
    String ticked = "section[data-dim='issuer'] input[name='issuer'][value='Tỉnh ủy Bắc Giang']";
    assertTrue(driver.findElement(By.cssSelector(ticked)).isSelected());
    assertTrue(driver.findElements(By.cssSelector(
        "section[data-dim='issuer'] input[value='Ban Thường vụ Tỉnh ủy Bắc Giang']")).isEmpty());
    labelOf(driver.findElement(By.cssSelector(ticked))).click();
    awaitRendered(url -> !url.contains("issuer="));
    assertEquals("Toàn bộ kho: 6 văn bản", heading());
  }

  @Test
  void copiedLinkReopensDocumentWithFoldedQueryHighlighted() throws Exception {
    // No diacritics typed: the page still highlights "Nghị quyết" (client-side folding).
    open("?q=nghi+quyet&doc=" + idOf("07-NQ/TU"));
    assertEquals("07-NQ/TU", metaValue("number"));
    List<String> marked = driver.findElements(By.cssSelector("#fulltext mark")).stream()
        .map(WebElement::getText).toList();
    assertTrue(marked.contains("NGHỊ QUYẾT") && marked.contains("nghị quyết") && marked.contains("Nghị quyết"),
        marked.toString());
    assertEquals("Bắc Ninh", metaValue("province"));
  }

  @Test
  void timelineBarAndMonthFilter() throws Exception {
    open("");
    List<String> years = driver.findElements(By.cssSelector(".timeline button.bar")).stream()
        .map(b -> b.getAttribute("data-year")).toList();
    assertEquals(List.of("2021", "2022", "2023"), years);
    driver.findElement(By.cssSelector(".timeline button.bar[data-year='2023']")).click();
    awaitRendered(url -> url.contains("year=2023"));
    assertEquals("Tìm thấy 2 văn bản", heading());
    assertEquals("true", driver.findElement(By.cssSelector("button.bar[data-year='2023']")).getAttribute("aria-pressed"));

    // Export the current result set: a CSV with a BOM (for Excel), a header and the two 2023 documents.
    driver.findElement(By.id("export-csv")).click();
    List<String> lines = Files.readAllLines(awaitDownload("vankien-export.csv"), StandardCharsets.UTF_8);
    assertTrue(lines.get(0).startsWith("\uFEFFMã văn bản,"), lines.get(0));
    assertEquals(3, lines.size(), String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(l -> l.contains("21-TB/TU,")) && lines.stream().anyMatch(l -> l.contains("40-BC/TU,")),
        String.join("\n", lines));

    // Months appear within the one chosen year; September holds the notice only.
    driver.findElement(By.cssSelector("label[for='f-month-2023-09']")).click();
    awaitRendered(url -> url.contains("month=2023-09"));
    assertEquals(List.of(idOf("21-TB/TU")), hitIds());
    assertTrue(driver.findElement(By.id("f-month-2023-12")).isDisplayed(), "other months stay selectable");

    // Clicking the chosen bar again clears the year (and its month).
    driver.findElement(By.cssSelector(".timeline button.bar[data-year='2023']")).click();
    awaitRendered(url -> !url.contains("year="));
    assertEquals("Toàn bộ kho: 6 văn bản", heading());
    assertTrue(driver.findElements(By.cssSelector(".month-facet")).isEmpty());
  }

  @Test
  void keyboardSlashFocusesSearchAndEnterSubmits() throws Exception {
    open("");
    new Actions(driver).sendKeys("/").perform();
    assertEquals("q", driver.switchTo().activeElement().getAttribute("id"), "'/' focuses the search box");
    driver.switchTo().activeElement().sendKeys("chuyển đổi số" + Keys.ENTER);
    awaitRendered(url -> url.contains("q="));
    assertEquals(List.of(idOf("07-NQ/TU")), hitIds().subList(0, 1));
  }

  @Test
  void suggestionsAppearAsYouTypeAndArrowEnterPicksOne() throws Exception {
    open("");
    if (!suggestAvailable) {
      // This server has no /api/suggest yet: answer it in the page with what the endpoint will return, so
      // that the combobox itself (debounce, list, arrows, Enter) is still tested.
      ((JavascriptExecutor) driver).executeScript("""
          const realFetch = window.fetch;
          window.fetch = (url, init) => String(url).includes('api/suggest')
            ? Promise.resolve(new Response(JSON.stringify({suggestions: [
                {text: arguments[0], kind: 'title', id: arguments[1]},
                {text: 'Phạm Văn Mẫu', kind: 'signer'}]}),
                {status: 200, headers: {'Content-Type': 'application/json'}}))
            : realFetch(url, init);""",
          "Nghị quyết về chuyển đổi số tỉnh Bắc Ninh đến năm 2025, định hướng đến năm 2030", idOf("07-NQ/TU"));
    }
    WebElement box = driver.findElement(By.id("q"));
    box.sendKeys("nghi quyet ve chuyen");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    wait.until(d -> d.findElement(By.id("suggestions")).isDisplayed());
    assertEquals("true", box.getAttribute("aria-expanded"));
    List<WebElement> options = driver.findElements(By.cssSelector("#suggestions [role=option]"));
    assertFalse(options.isEmpty());
    String firstText = options.get(0).getText();
    assertTrue(fold(firstText).contains("chuyen"), "suggestion for 'nghi quyet ve chuyen': " + firstText);
    box.sendKeys(Keys.ARROW_DOWN);
    assertEquals(options.get(0).getAttribute("id"), box.getAttribute("aria-activedescendant"));
    box.sendKeys(Keys.ENTER);
    awaitRendered(url -> url.contains("doc=") || url.contains("q="));
    if (suggestAvailable) {
      assertTrue(driver.getCurrentUrl().contains("doc=") || !hits().isEmpty(), driver.getCurrentUrl());
    } else {
      assertEquals("07-NQ/TU", metaValue("number"), "the title suggestion opens its document");
    }
    assertFalse(driver.findElement(By.id("suggestions")).isDisplayed(), "the list closes after a pick");
  }

  @Test
  void badRequestAndUnknownDocumentAreShownInThePage() throws Exception {
    expectedConsole.add(m -> m.contains("/api/search") && m.contains("400"));
    expectedConsole.add(m -> m.contains("/api/documents/") && m.contains("404"));
    open("?from=2024-01-01&to=2023-01-01");
    WebElement error = driver.findElement(By.id("error"));
    assertTrue(error.isDisplayed());
    assertTrue(error.getText().contains("Từ ngày: ngày bắt đầu 2024-01-01 sau ngày kết thúc 2023-01-01"),
        error.getText());
    driver.findElement(By.cssSelector(".recovery a")).click();
    awaitRendered(url -> !url.contains("from="));
    assertFalse(driver.findElement(By.id("error")).isDisplayed(), "the error goes away once fixed");

    open("?doc=0000000000000000");
    assertTrue(driver.findElement(By.id("error")).getText().startsWith("Không tìm thấy"),
        driver.findElement(By.id("error")).getText());
  }

  @Test
  void noResultsAndPhoneLayout() throws Exception {
    open("?q=zzyzx");
    assertTrue(driver.findElement(By.cssSelector(".no-results")).getText().contains("Không tìm thấy văn bản nào"));

    // a typo that finds nothing: the correction's documents, said so, with the way back to the query as typed
    String typo = "sản xuất nông nghiệo";
    String corrected = api("api/search?correct=true&q=" + enc(typo)).path("showingResultsFor").asText();
    assertEquals("sản xuất nông nghiệp", corrected, "the server corrects the typo");
    open("?q=" + enc(typo));
    WebElement showing = driver.findElement(By.cssSelector(".showing-for"));
    assertTrue(showing.getText().contains("Đang hiển thị kết quả cho “" + corrected + "”"), showing.getText());
    assertFalse(hits().isEmpty(), "the correction's documents are listed");
    showing.findElement(By.cssSelector(".exact-search")).click();
    awaitRendered(url -> url.contains("exact=1"));
    assertTrue(driver.findElement(By.cssSelector(".no-results")).getText().contains("Có phải bạn muốn tìm"),
        "as typed: nothing, and the correction offered");

    driver.manage().window().setSize(new Dimension(390, 844));
    open("?q=" + enc("nghị quyết"));
    WebElement sidebar = driver.findElement(By.id("sidebar"));
    WebElement toggle = driver.findElement(By.cssSelector(".filters-toggle"));
    assertFalse(sidebar.isDisplayed(), "filters are folded away on a phone");
    screenshot("phone.png");
    toggle.click();
    assertTrue(sidebar.isDisplayed());
    assertEquals("true", toggle.getAttribute("aria-expanded"));
    long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertEquals(0, overflow, "no sideways scrolling on a phone");
    toggle.click(); // fold the filters again

    // Open a hit far down the list, come back: the list is where it was.
    JavascriptExecutor js = (JavascriptExecutor) driver;
    WebElement far = hits().get(hits().size() - 1).findElement(By.cssSelector(".hit-title a"));
    js.executeScript("arguments[0].scrollIntoView({block: 'center'});", far);
    long y = (Long) js.executeScript("return Math.round(window.scrollY);");
    assertTrue(y > 500, "scrolled down: " + y);
    far.click();
    awaitRendered(url -> url.contains("doc="));
    assertEquals(0L, js.executeScript("return Math.round(window.scrollY);"), "a document opens at its top");
    driver.navigate().back();
    awaitRendered(url -> !url.contains("doc="));
    long back = (Long) js.executeScript("return Math.round(window.scrollY);");
    assertTrue(Math.abs(back - y) <= 2, "back at " + back + ", was " + y);
  }

  @Test
  void moreOnALongFacetFetchesTheSignersTheServerLeftOut() throws Exception {
    // Twelve signers: the server lists the top 10 by default and says how many it left out.
    Path in = Files.createDirectories(tmp.resolve("many-signers"));
    for (int i = 1; i <= 12; i++) {
      Files.writeString(in.resolve("tb-" + i + ".txt"), "VĂN BẢN MẪU\nThông báo kết luận hội nghị số " + i,
          StandardCharsets.UTF_8);
      Files.writeString(in.resolve("tb-" + i + ".txt.meta.json"), String.format(
          "{\"province\":\"Kon Tum\",\"signer\":\"Người Ký %02d\",\"date\":\"2020-01-%02d\"}", i, i),
          StandardCharsets.UTF_8);
    }
    try (Archive many = Archive.openForWriting(tmp.resolve("many-signers-archive"))) {
      Ingester.standard(many, IngestOptions.defaults().withDefaultAccess(AccessLevel.PUBLIC)).ingest(List.of(in), IngestListener.NONE);
      WebServer manyServer = new WebServer(many, Path.of("web")).start("127.0.0.1", 0);
      try {
        String signers = "section[data-dim='signer'] input[name='signer']";
        String more = "section[data-dim='signer'] button.more";
        driver.get("http://127.0.0.1:" + manyServer.port() + "/");
        awaitRendered(url -> true);
        assertEquals(10, driver.findElements(By.cssSelector(signers)).size(), "the server's default top");
        assertEquals("Xem thêm (4)", driver.findElement(By.cssSelector(more)).getText(), "2 hidden + 2 unlisted");

        driver.findElement(By.cssSelector(more)).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
            .until(d -> d.findElements(By.cssSelector(signers)).size() == 12);
        awaitRendered(url -> true);
        assertTrue(driver.findElements(By.cssSelector(signers)).stream().allMatch(WebElement::isDisplayed),
            "all twelve shown");
        assertEquals("Thu gọn", driver.findElement(By.cssSelector(more)).getText());
        assertEquals("more:signer", driver.switchTo().activeElement().getAttribute("data-focus-key"),
            "focus stays on the button");

        // Tick a signer the default list left out: it stays listed, ticked, with its count.
        WebElement last = driver.findElement(By.cssSelector(signers + "[value='Người Ký 12']"));
        labelOf(last).click();
        awaitRendered(url -> url.contains("signer="));
        assertEquals("Tìm thấy 1 văn bản", heading());
        assertTrue(driver.findElement(By.cssSelector(signers + "[value='Người Ký 12']")).isSelected());

        // Collapsed again, the next page asks for the default top only (plus the ticked signer).
        driver.findElement(By.cssSelector(more)).click();
        new Select(driver.findElement(By.id("sort"))).selectByValue("date_asc");
        awaitRendered(url -> url.contains("sort=date_asc"));
        assertEquals(11, driver.findElements(By.cssSelector(signers)).size());
      } finally {
        manyServer.stop();
      }
    }
  }

  @Test
  void staffUploadsOpensEditsAndDeletesADocument() throws Exception {
    Path sample = tmp.resolve("thong-bao-mau-kon-tum.txt");
    Files.writeString(sample, """
        VĂN BẢN MẪU (soạn cho kiểm thử, không phải văn bản thật)
        ĐẢNG BỘ TỈNH KON TUM
        TỈNH ỦY
        Số 77-TB/TU
        THÔNG BÁO
        về việc thử chức năng tải văn bản lên kho
        Thường trực Tỉnh ủy thông báo nội dung mẫu để kiểm thử giao diện tải lên.
        T/M TỈNH ỦY
        Lê Văn Thử
        """, StandardCharsets.UTF_8);
    driver.get(staffBase);
    awaitRendered(url -> true);
    try {
      signInAndUploadOpenEditDelete(sample);
    } finally {
      driver.manage().deleteAllCookies(); // signed out for the other tests
    }
  }

  private void signInAndUploadOpenEditDelete(Path sample) throws Exception {
    // Sign in as an admin through the form: the header then names the account.
    driver.findElement(By.id("login-link")).click();
    awaitRendered(url -> url.contains("view=login"));
    driver.findElement(By.id("login-name")).sendKeys(ADMIN);
    driver.findElement(By.id("login-password")).sendKeys(ADMIN_PASSWORD);
    driver.findElement(By.id("login-submit")).click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("account-name")).isEmpty());
    assertTrue(driver.findElement(By.id("account-name")).getText().startsWith(ADMIN),
        driver.findElement(By.id("account-name")).getText());
    // The admin's audit page lists the sign-in just made.
    driver.findElement(By.id("audit-link")).click();
    awaitRendered(url -> url.contains("view=audit"));
    assertTrue(driver.findElements(By.cssSelector("#audit-table tbody tr")).stream()
        .anyMatch(tr -> tr.getText().contains("Đăng nhập") && tr.getText().contains(ADMIN)),
        driver.findElement(By.id("audit-table")).getText());
    driver.findElement(By.id("upload-link")).click();
    awaitRendered(url -> url.contains("view=upload"));
    assertFalse(driver.findElement(By.id("staff-token")).isDisplayed(), "signed in: no token to type");

    driver.findElement(By.id("upload-files")).sendKeys(sample.toAbsolutePath().toString());
    driver.findElement(By.id("up-province")).sendKeys("Kon Tum");
    driver.findElement(By.id("upload-submit")).click();
    WebElement link = new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> d.findElements(By.cssSelector("#upload-results li.upload-ok a")).stream().findFirst().orElse(null));
    assertEquals("thong-bao-mau-kon-tum.txt:", driver.findElement(By.cssSelector("#upload-results .upload-file")).getText());
    String id = link.getAttribute("data-id");
    assertEquals(200, status(staffBase, "api/documents/" + id), "the API has the uploaded document");
    screenshot("upload.png");

    link.click();
    awaitRendered(url -> url.contains("doc=" + id) && !url.contains("view="));
    assertEquals("Kon Tum", metaValue("province"));
    assertEquals("edited", provenance("province"), "a field set on upload is marked edited");

    // Edit the signer: the page reloads with the new value, marked edited.
    driver.findElement(By.id("edit-meta")).click();
    WebElement signer = driver.findElement(By.id("edit-signer"));
    signer.clear();
    signer.sendKeys("Nguyễn Thị Sửa");
    screenshot("edit.png");
    driver.findElement(By.id("edit-save")).click();
    new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
        .until(d -> "Nguyễn Thị Sửa".equals(metaValue("signer")));
    awaitRendered(url -> url.contains("doc=" + id));
    assertEquals("edited", provenance("signer"));
    assertEquals("Nguyễn Thị Sửa", api(staffBase, "api/documents/" + id).get("meta").get("signer").asText());
    assertEquals("Kon Tum", metaValue("province"), "other fields are kept");

    // Upload a corrected version from the document page, then follow the link copied before it: the same
    // document, its corrected text, both versions listed; the corrected version's own id opens it too, with
    // a note.
    String oldLink = driver.getCurrentUrl();
    Path corrected = tmp.resolve("thong-bao-mau-kon-tum-da-sua.txt");
    Files.writeString(corrected, Files.readString(sample, StandardCharsets.UTF_8)
        .replace("giao diện tải lên.", "giao diện tải lên, bản đã sửa."), StandardCharsets.UTF_8);
    driver.findElement(By.id("upload-version")).click();
    driver.findElement(By.id("version-file")).sendKeys(corrected.toAbsolutePath().toString());
    driver.findElement(By.id("version-submit")).click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElements(By.cssSelector("#versions li")).size() == 2);
    screenshot("new-version.png");
    driver.get("about:blank");
    driver.get(oldLink);
    awaitRendered(url -> url.contains("doc=" + id));
    assertEquals(id, driver.findElement(By.cssSelector("article.document")).getAttribute("data-id"));
    assertTrue(driver.findElement(By.id("fulltext")).getText().contains("bản đã sửa"), "the corrected text");
    assertEquals(List.of("2", "1"), driver.findElements(By.cssSelector("#versions li")).stream()
        .map(li -> li.getAttribute("data-version")).toList());
    assertTrue(driver.findElement(By.cssSelector("#versions li[data-version='1']")).getText().contains(ADMIN),
        "who replaced version 1");
    assertEquals("Nguyễn Thị Sửa", metaValue("signer"), "the edit is kept by the new version");
    String newId = api(staffBase, "api/documents/" + id + "/versions").get("versions").get(1).get("id").asText();
    open(staffBase, "?doc=" + newId);
    assertEquals(id, driver.findElement(By.cssSelector("article.document")).getAttribute("data-id"));
    assertTrue(driver.findElement(By.id("old-link-note")).getText().contains(newId),
        driver.findElement(By.id("old-link-note")).getText());
    screenshot("link-by-version-id.png");
    String v1 = driver.findElement(By.cssSelector("#versions li[data-version='1'] a.version-download"))
        .getAttribute("href");
    assertTrue(v1.endsWith("api/documents/" + id + "/versions/1/original"), v1);
    assertEquals(200, status(v1, ""), "version 1 downloads: " + v1);
    driver.get(oldLink);
    awaitRendered(url -> url.contains("doc=" + id));

    // Delete, confirming in the dialog: back to search, and the API no longer knows the document.
    driver.findElement(By.id("delete-document")).click();
    var dialog = new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> {
      try {
        return d.switchTo().alert();
      } catch (org.openqa.selenium.NoAlertPresentException e) {
        return null;
      }
    });
    assertTrue(dialog.getText().startsWith("Xóa văn bản"), dialog.getText());
    dialog.accept();
    awaitRendered(url -> !url.contains("doc="));
    assertFalse(driver.findElements(By.id("results-heading")).isEmpty(), "back on the search page");
    assertEquals(404, status(staffBase, "api/documents/" + id));
    assertEquals(404, status(staffBase, "api/documents/" + newId), "every version's id goes with the document");
  }

  @Test
  void wrongTokenAndServerWithoutTokenShowTheServersMessage() throws Exception {
    expectedConsole.add(m -> m.contains("/api/documents") && m.contains("401"));
    Path sample = tmp.resolve("mau-sai-ma.txt");
    Files.writeString(sample, "VĂN BẢN MẪU\nNội dung mẫu để thử mã sai.\n", StandardCharsets.UTF_8);

    driver.get(staffBase + "?view=upload");
    awaitRendered(url -> true);
    WebElement token = driver.findElement(By.id("staff-token"));
    token.clear();
    token.sendKeys("not-the-token");
    driver.findElement(By.id("upload-files")).sendKeys(sample.toAbsolutePath().toString());
    driver.findElement(By.id("upload-submit")).click();
    WebElement error = new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> d.findElement(By.id("upload-error")).isDisplayed() ? d.findElement(By.id("upload-error")) : null);
    assertTrue(error.getText().contains("401") && error.getText().contains("Mã truy cập không đúng"), error.getText());
    assertFalse(driver.getCurrentUrl().contains("not-the-token"), "the token never goes into the URL");
    assertTrue(driver.findElement(By.id("upload-results")).getAttribute("hidden") != null, "no result on 401");
    assertEquals(0, api(staffBase, "api/search?size=0").get("total").asInt(), "nothing was archived");

    // The search server has no staff token and no staff account: no upload form, and a note saying why.
    driver.get(base + "?view=upload");
    awaitRendered(url -> true);
    assertEquals(List.of(), driver.findElements(By.id("staff-token")), "no form to type a token into");
    assertTrue(driver.findElement(By.id("upload-off")).getText().contains("chưa bật chức năng tải lên"),
        driver.findElement(By.id("upload-off")).getText());
    assertFalse(driver.findElement(By.id("upload-link")).isDisplayed(), "no upload link");

    // A token in the session shows the edit button; deleting is for signed-in admins only.
    ((JavascriptExecutor) driver).executeScript("sessionStorage.setItem('vankien.staffToken', 'any-token');");
    open("?doc=" + idOf("07-NQ/TU"));
    assertFalse(driver.findElements(By.id("edit-meta")).isEmpty(), "edit offered with a token");
    assertEquals(List.of(), driver.findElements(By.id("delete-document")), "delete is for admins");
    ((JavascriptExecutor) driver).executeScript("sessionStorage.clear();");
    open("?doc=" + idOf("07-NQ/TU"));
    assertEquals(List.of(), driver.findElements(By.id("edit-meta")), "no staff buttons without a token");
  }

  // ---- helpers ----

  private static void open(String query) {
    driver.get(base + query);
    awaitRendered(url -> true);
  }

  private static void open(String server, String query) {
    driver.get(server + query);
    awaitRendered(url -> true);
  }

  /** Waits until the URL satisfies the test and the page has finished rendering that URL's state. */
  private static void awaitRendered(Predicate<String> urlTest) {
    HeadlessChromium.awaitRendered(driver, Duration.ofSeconds(15), urlTest);
  }

  /** The label a user clicks for a checkbox (its for= attribute names the input's id). */
  private static WebElement labelOf(WebElement input) {
    WebElement label = driver.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"));
    assertTrue(label.getText().contains(input.getAttribute("value")), label.getText());
    return label;
  }

  private static String heading() {
    String h = driver.findElement(By.id("results-heading")).getText();
    return h.replaceAll("\\s*\\(.*giây\\)$", "");
  }

  private static List<WebElement> hits() {
    return driver.findElements(By.cssSelector(".hit"));
  }

  private static List<String> hitIds() {
    return hits().stream().map(h -> h.getAttribute("data-id")).toList();
  }

  private static String metaValue(String field) {
    WebElement td = driver.findElement(By.cssSelector("tr[data-field='" + field + "'] td"));
    String all = td.getText();
    List<WebElement> tags = td.findElements(By.cssSelector(".prov"));
    return tags.isEmpty() ? all.strip() : all.substring(0, all.length() - tags.get(0).getText().length()).strip();
  }

  private static String provenance(String field) {
    return driver.findElement(By.cssSelector("tr[data-field='" + field + "'] .prov")).getAttribute("data-provenance");
  }

  private static String idOf(String number) {
    String id = idsByNumber.get(number);
    if (id == null) {
      throw new AssertionError("no sample with number " + number + " in " + idsByNumber);
    }
    return id;
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

  /** Saves the whole page (the window is stretched to the page's height for the shot, then restored). */
  private static void screenshot(String name) throws IOException {
    Dimension before = driver.manage().window().getSize();
    long height = (Long) ((JavascriptExecutor) driver).executeScript(
        "return Math.ceil(document.documentElement.scrollHeight);");
    driver.manage().window().setSize(new Dimension(before.width, (int) Math.min(height + 120, 6000)));
    try {
      Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static JsonNode api(String pathAndQuery) throws Exception {
    return api(base, pathAndQuery);
  }

  private static JsonNode api(String server, String pathAndQuery) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), pathAndQuery + ": " + r.body());
    return JSON.readTree(r.body());
  }

  private static int status(String pathAndQuery) throws Exception {
    return status(base, pathAndQuery);
  }

  private static int status(String server, String pathAndQuery) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(server + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static void copyResource(String name, Path to) throws IOException {
    try (InputStream in = BrowserTest.class.getResourceAsStream(SAMPLES + name)) {
      if (in == null) {
        throw new IOException("missing test resource " + SAMPLES + name);
      }
      Files.copy(in, to);
    }
  }
}
