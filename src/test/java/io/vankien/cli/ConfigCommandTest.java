package io.vankien.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.config.ConfigDefaultProvider;
import io.vankien.config.ConfigFile;
import io.vankien.config.ConfigLocator;
import io.vankien.config.Setting;
import io.vankien.meta.AccessLevel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** vankien.properties through the command line: config's output, and the options of serve and ingest. */
class ConfigCommandTest {
  @TempDir Path dir;
  final Map<String, String> env = new HashMap<>();

  private CommandLine commandLine() {
    return Main.commandLine(new ConfigDefaultProvider(new ConfigLocator(dir.resolve("etc")), env::get));
  }

  /** Runs a command; its standard output, or its error output when it fails. */
  private String run(String... args) {
    CommandLine cl = commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return code == 0 ? out.toString() : "exit " + code + ": " + err;
  }

  @Test
  void thePrintedConfigurationReadsBackTheSame() throws Exception {
    Path file = dir.resolve("sample.properties"); // a sample, every setting off its default
    Files.writeString(file, String.join("\n",
        "data = /srv/văn kiện\\\\archive", "host = 0.0.0.0", "port = 8081", "default-access = mật",
        "max-upload-mb = 50", "max-file-mb = 300", "timeout-seconds = 30", "ocr = false", "ingest-threads = 3",
        "ingest-batch = 500", "upload-threads = 2", "staff-token-file = /etc/vankien/staff token",
        "cors-origins = https://a.example, https://b.example:8443", "secure-cookies = true",
        "cluster-url = https://search.example:9200/", "cluster-index = vankien-2026", "cluster-user = ingest",
        "cluster-password-file = /etc/vankien/cluster password", ""));
    String printed = run("config", "--config", file.toString());
    assertFalse(printed.startsWith("exit"), printed);
    Path again = dir.resolve("printed.properties");
    Files.writeString(again, printed);

    Map<Setting, String> first = ConfigFile.read(file).values();
    Map<Setting, String> second = ConfigFile.read(again).values();
    assertEquals(Setting.values().length, first.size());
    assertEquals(first, second);
    assertEquals("/srv/văn kiện\\archive", second.get(Setting.DATA));
    assertEquals("restricted", second.get(Setting.DEFAULT_ACCESS));
    assertEquals("https://a.example,https://b.example:8443", second.get(Setting.CORS_ORIGINS));
    assertEquals("https://search.example:9200", second.get(Setting.CLUSTER_URL));
    assertTrue(printed.contains("# from: file " + file), printed);
    // and printing the printed file gives the same text, but for the file's name
    assertEquals(printed.replace(file.toString(), again.toString()), run("config", "--config", again.toString()));
  }

  @Test
  void configSaysWhereEachValueCameFrom() throws Exception {
    Files.createDirectories(dir.resolve("etc"));
    Path etc = Files.writeString(dir.resolve("etc/vankien.properties"), "port = 8081\ndefault-access = public\n");
    env.put("VANKIEN_DEFAULT_ACCESS", "restricted");
    String printed = run("config", "--index", dir.resolve("data").toString(), "--host", "0.0.0.0");
    assertTrue(printed.contains("# from: file " + etc + "; default: 7070\nport = 8081\n"), printed);
    assertTrue(printed.contains("# from: environment VANKIEN_DEFAULT_ACCESS; default: internal\n"
        + "default-access = restricted\n"), printed);
    assertTrue(printed.contains("# from: flag --host; default: 127.0.0.1\nhost = 0.0.0.0\n"), printed);
    assertTrue(printed.contains("# from: default\nocr = true\n"), printed);
  }

  @Test
  void theClusterPasswordIsNeverPrintedOnlyThatTheEnvironmentSetsIt() throws Exception {
    env.put("VANKIEN_CLUSTER_URL", "http://10.0.0.5:9200/");
    env.put("VANKIEN_CLUSTER_PASSWORD", "sample-password-42");
    String printed = run("config", "--index", dir.resolve("data").toString(), "--cluster-user", "ingest");
    assertTrue(printed.contains("# from: environment VANKIEN_CLUSTER_URL; default: (none)\n"
        + "cluster-url = http://10.0.0.5:9200\n"), printed);
    assertTrue(printed.contains("cluster-user = ingest\n"), printed);
    assertTrue(printed.contains("# VANKIEN_CLUSTER_PASSWORD is set: ingest uses it instead of cluster-password-file"),
        printed);
    assertFalse(printed.contains("sample-password-42"), printed);
    assertTrue(run("config", "--cluster", "ftp://x").startsWith("exit"), "not an http address");
  }

  @Test
  void serveAndIngestTakeTheFileUnderTheEnvironmentUnderTheirFlags() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("vankien.properties"), "port = 8081\nhost = 0.0.0.0\ndefault-access = public\n"
        + "ocr = false\ntimeout-seconds = 30\ningest-threads = 3\nmax-upload-mb = 5\nsecure-cookies = true\n"
        + "cors-origins = https://a.example\n");

    ServeCommand serve = parse("serve", "--index", data.toString());
    assertEquals(8081, serve.port);
    assertEquals("0.0.0.0", serve.host);
    assertEquals(AccessLevel.PUBLIC, serve.defaultAccess);
    assertEquals(5, serve.maxUploadMb);
    assertTrue(serve.secureCookies);
    assertEquals(List.of("https://a.example"), serve.corsOrigins);
    assertEquals(null, serve.uploadThreads); // auto

    env.put("VANKIEN_DEFAULT_ACCESS", "restricted");
    serve = parse("serve", "--index", data.toString(), "--port", "9090", "--no-secure-cookies");
    assertEquals(9090, serve.port);
    assertEquals(AccessLevel.RESTRICTED, serve.defaultAccess);
    assertFalse(serve.secureCookies);

    IngestCommand ingest = parse("ingest", "--index", data.toString(), "--access", "internal", "some.pdf");
    assertEquals(AccessLevel.INTERNAL, ingest.access);
    assertFalse(ingest.ocr);
    assertEquals(30, ingest.timeoutSeconds);
    assertEquals(3, ingest.threads);
    assertEquals(200, ingest.maxFileMb); // the default
    IngestCommand withOcr = parse("ingest", "--index", data.toString(), "--ocr", "x");
    assertTrue(withOcr.ocr);
    // a negatable flag against a true setting: picocli would invert it without a fallback value
    Path other = Files.writeString(dir.resolve("on.properties"), "ocr = true\nsecure-cookies = true\n");
    IngestCommand noOcr = parse("ingest", "--config", other.toString(), "--no-ocr", "x");
    assertFalse(noOcr.ocr);
    IngestCommand stillOcr = parse("ingest", "--config", other.toString(), "--ocr", "x");
    assertTrue(stillOcr.ocr);
    ServeCommand secure = parse("serve", "--config", other.toString(), "--secure-cookies");
    assertTrue(secure.secureCookies);
    assertTrue(run("config", "--config", other.toString(), "--no-ocr").contains("\nocr = false\n"));
    assertTrue(run("config", "--config", other.toString(), "--ocr").contains("\nocr = true\n"));
  }

  @Test
  void withoutAFileTheOptionsHaveTheSettingsDefaults() {
    ServeCommand serve = parse("serve", "--index", dir.resolve("nowhere").toString());
    assertEquals(Integer.parseInt(Setting.PORT.defaultValue()), serve.port);
    assertEquals(Setting.HOST.defaultValue(), serve.host);
    assertEquals(AccessLevel.INTERNAL, serve.defaultAccess);
    assertEquals(List.of(), serve.corsOrigins);
    IngestCommand ingest = parse("ingest", "x");
    assertTrue(ingest.ocr);
    assertEquals(null, ingest.threads);
    assertEquals(Path.of(Setting.DEFAULT_DATA_DIR), ingest.data.dir());
  }

  @Test
  void theDemoTakesPortAndHostFromTheFileButNeverItsDataFolder() throws Exception {
    Files.createDirectories(dir.resolve("etc"));
    Files.writeString(dir.resolve("etc/vankien.properties"), "data = /var/lib/vankien\nport = 8081\n");
    DemoCommand demo = parse("demo");
    assertEquals(8081, demo.port);
    assertEquals(Path.of(Setting.DEFAULT_DATA_DIR), demo.dataDir());
    DemoCommand named = parse("demo", "--index", dir.resolve("d").toString());
    assertEquals(dir.resolve("d"), named.dataDir());
  }

  @Test
  void theOtherArchiveCommandsTakeOnlyTheDataFolderFromTheFile() throws Exception {
    Files.createDirectories(dir.resolve("etc"));
    Files.writeString(dir.resolve("etc/vankien.properties"), "data = /var/lib/vankien\nport = 8081\n");
    CommandLine cl = commandLine();
    CommandLine.ParseResult r = cl.parseArgs("user", "list");
    UserCommand.ListUsers list = (UserCommand.ListUsers) r.subcommand().subcommand().commandSpec().userObject();
    assertEquals(Path.of("/var/lib/vankien"), list.data.dir());
    BackupCommand backup = parse("backup", "/tmp/dest");
    assertEquals(Path.of("/var/lib/vankien"), backup.data.dir());
    BackupCommand named = parse("backup", "--index", "mine", "/tmp/dest");
    assertEquals(Path.of("mine"), named.data.dir());
    // bench has a --threads of its own, untouched by ingest-threads
    Files.writeString(dir.resolve("etc/vankien.properties"), "ingest-threads = 7\n");
    BenchCommand bench = parse("bench");
    assertEquals(2, bench.threads);
    assertEquals(java.util.List.of(100.0, 200.0, 300.0), bench.rates);
  }

  @Test
  void aNegativeRateOfTheScaleBenchIsRefusedNamingTheOption() throws Exception {
    String out = run("bench", "--only", "scale", "--corpus", dir.toString(), "--rates", "200,-5");
    assertTrue(out.contains("--rates takes requests a second"), out);
    assertTrue(out.startsWith("exit 2"), out);
  }

  @Test
  void aBadFileIsAnErrorNamingItNotAUsageMessage() throws Exception {
    Path file = Files.writeString(dir.resolve("bad.properties"), "prot = 8081\n");
    String out = run("serve", "--config", file.toString());
    assertTrue(out.startsWith("exit 2: error: " + file + ": unknown setting 'prot' (did you mean 'port'?)"), out);
    assertFalse(out.contains("Usage:"), out);
  }

  @Test
  void theEnvironmentTokenBeatsTheConfiguredFileButNotTheFlag() throws Exception {
    Path token = Files.writeString(dir.resolve("token"), "file-token-0123456789\n");
    assertEquals("env-token-0123456789", ServeCommand.staffToken(token, false, "env-token-0123456789"));
    assertEquals("file-token-0123456789", ServeCommand.staffToken(token, true, "env-token-0123456789"));
    assertEquals("file-token-0123456789", ServeCommand.staffToken(token, false, null));
    assertEquals(null, ServeCommand.staffToken(null, false, null));
  }

  @SuppressWarnings("unchecked")
  private <T> T parse(String... args) {
    CommandLine cl = commandLine();
    CommandLine.ParseResult r = cl.parseArgs(args);
    return (T) r.subcommand().commandSpec().userObject();
  }
}
