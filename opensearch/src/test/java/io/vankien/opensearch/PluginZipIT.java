package io.vankien.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.env.TestEnvironment;
import org.opensearch.index.analysis.IndexAnalyzers;
import org.opensearch.index.analysis.NamedAnalyzer;
import org.opensearch.indices.analysis.AnalysisModule;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.plugins.PluginsService;
import org.opensearch.test.IndexSettingsModule;
import org.opensearch.test.OpenSearchTestCase;

/**
 * The built zip (target/analysis-vankien-VERSION.zip, after package) is a plugin OpenSearch loads: entries at
 * its root as {@code opensearch-plugin install} wants them, a descriptor OpenSearch reads and finds compatible
 * with this OpenSearch and Java, and a jar that OpenSearch's own PluginsService loads in a class loader of its
 * own (this run has the plugin's classes only in the zip: the pom leaves target/classes off its classpath),
 * whose analyzers then work.
 *
 * <p>Without Lucene's ExtrasFS: it adds stray files to new folders at random, and a real plugins folder holds
 * plugins only.
 */
@LuceneTestCase.SuppressFileSystems("ExtrasFS")
public class PluginZipIT extends OpenSearchTestCase {
  private static Path zip() {
    Path zip = Path.of(System.getProperty("plugin.zip", "target/analysis-vankien.zip"));
    assertTrue("the plugin zip is built by mvn package: " + zip, Files.isRegularFile(zip));
    return zip;
  }

  /** Unzips as the install command does: into plugins/NAME, refusing a path that leaves it. */
  private static List<String> unzip(Path zip, Path target) throws IOException {
    List<String> names = new ArrayList<>();
    try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
        names.add(e.getName());
        Path out = target.resolve(e.getName()).normalize();
        assertTrue(e.getName(), out.startsWith(target));
        if (e.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(z, out);
        }
      }
    }
    return names;
  }

  public void testZipInstallsAndLoads() throws Exception {
    Path home = createTempDir();
    Path plugins = Files.createDirectories(home.resolve("plugins"));
    Path dir = plugins.resolve("analysis-vankien");
    List<String> entries = unzip(zip(), Files.createDirectories(dir));
    assertTrue(entries.toString(), entries.contains(PluginInfo.OPENSEARCH_PLUGIN_PROPERTIES));
    for (String e : entries) {
      assertFalse("no intermediate opensearch/ folder (the install command refuses it): " + e, e.startsWith("opensearch/"));
      assertFalse("the server's own jars must not be bundled: " + e, e.startsWith("lucene-") || e.startsWith("opensearch-"));
    }

    PluginInfo info = PluginInfo.readFromProperties(dir);
    assertEquals("analysis-vankien", info.getName());
    assertEquals("io.vankien.opensearch.AnalysisVankienPlugin", info.getClassname());
    PluginsService.verifyCompatibility(info);

    Settings settings = Settings.builder().put(Environment.PATH_HOME_SETTING.getKey(), home.toString()).build();
    PluginsService service = new PluginsService(settings, home.resolve("config"), null, plugins, List.of());
    List<AnalysisPlugin> loaded = service.filterPlugins(AnalysisPlugin.class);
    assertEquals(1, loaded.size());
    assertNotSame("loaded from the zip's jar, not from this test's class path",
        PluginZipIT.class.getClassLoader(), loaded.get(0).getClass().getClassLoader());

    AnalysisModule module = new AnalysisModule(TestEnvironment.newEnvironment(settings), loaded);
    IndexAnalyzers analyzers = module.getAnalysisRegistry().build(IndexSettingsModule.newIndexSettings("test",
        Settings.builder().put("index.analysis.analyzer.by_spi_names.tokenizer", "vietnamese")
            .putList("index.analysis.analyzer.by_spi_names.filter", "vietnameseNormalization", "vietnameseFolding").build()));
    List<String> index = terms(analyzers.get(VankienAnalyzers.INDEX), "Đảng ủy khóa XIX");
    assertTrue(index.toString(), index.containsAll(List.of("đảng", "\u0001dang", "ủy", "\u0001uy", "19")));
    List<String> spi = terms(analyzers.get("by_spi_names"), "Hoà Bình");
    assertEquals(List.of("hòa", "\u0001hoa", "bình", "\u0001binh"), spi);
    analyzers.close();
  }

  private static List<String> terms(NamedAnalyzer analyzer, String text) throws IOException {
    assertNotNull(analyzer);
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }
}
