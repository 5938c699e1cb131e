package io.vankien.web.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Debian's chromedriver, headless, with a fresh profile and a download folder.
 * Never downloads a browser or a driver: both paths are fixed, and the test is skipped when either is
 * missing (install them with {@code apt-get install -y chromium chromium-driver}).
 */
public final class HeadlessChromium {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private HeadlessChromium() {}

  /** Skips the calling test class when Chromium or chromedriver is not installed. */
  public static void assumeInstalled() {
    assumeTrue(Files.isExecutable(CHROMIUM),
        CHROMIUM + " is missing: install Debian's browser with 'apt-get install -y chromium chromium-driver'");
    assumeTrue(Files.isExecutable(CHROMEDRIVER),
        CHROMEDRIVER + " is missing: install it with 'apt-get install -y chromium-driver'");
  }

  /** Starts Chromium with its profile in profileDir and downloads saved to downloadDir without asking. */
  public static ChromeDriver start(Path profileDir, Path downloadDir) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--no-default-browser-check", "--window-size=1280,1000",
        "--lang=vi-VN", "--user-data-dir=" + profileDir.toAbsolutePath());
    options.setExperimentalOption("prefs", Map.of(
        "download.default_directory", downloadDir.toAbsolutePath().toString(),
        "download.prompt_for_download", false,
        "download.directory_upgrade", true,
        "safebrowsing.enabled", false));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
        .usingAnyFreePort()
        .build();
    return new ChromeDriver(service, options);
  }

  /** Console messages at SEVERE level since the last call (reading the log empties it). */
  public static List<String> severeConsoleMessages(ChromeDriver driver) {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /**
   * Waits until the page's URL satisfies {@code urlTest} (as shown, or percent-decoded) and the page has finished
   * rendering that URL's state (app.js marks it on the root element and lifts aria-busy).
   */
  public static void awaitRendered(WebDriver driver, Duration timeout, Predicate<String> urlTest) {
    new WebDriverWait(driver, timeout).until(d -> {
      String url = d.getCurrentUrl();
      if (!urlTest.test(URLDecoder.decode(url, StandardCharsets.UTF_8)) && !urlTest.test(url)) {
        return false;
      }
      return (Boolean) ((JavascriptExecutor) d).executeScript(
          "return document.documentElement.dataset.rendered === (location.search || '?')"
              + " && !document.getElementById('main').hasAttribute('aria-busy');");
    });
  }
}
