package io.vankien.opensearch;

import io.vankien.analysis.VietnameseAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.opensearch.action.admin.indices.analyze.AnalyzeAction;
import org.opensearch.common.settings.Settings;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchSingleNodeTestCase;

/**
 * The plugin's analyzers, tokenizer and filters in an in-JVM OpenSearch node give, through {@code _analyze},
 * exactly the tokens (term, offsets, position, position length, type) that vankien's Lucene analyzers give, on
 * the project's samples and on the real seeds and laws of ../shared (skipped without it).
 */
public class AnalyzeParityTests extends OpenSearchSingleNodeTestCase {
  private static final String INDEX = "parity";

  /** A chain named by SPI names, as a Lucene CustomAnalyzer and an OpenSearch custom analyzer both take it. */
  private record SpiChain(String name, Map<String, String> tokenizerParams, List<Filter> filters) {}

  private record Filter(String spiName, Map<String, String> params) {}

  private static Filter f(String spiName, String... params) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < params.length; i += 2) {
      m.put(params[i], params[i + 1]);
    }
    return new Filter(spiName, m);
  }

  /** The SPI equivalents of the VietnameseAnalyzer chains (its javadoc), with every factory and parameter. */
  private static final List<SpiChain> SPI_CHAINS = List.of(
      new SpiChain("spi_index", Map.of(), List.of(
          f("vietnameseRomanOrdinal"), f("vietnameseNormalization"), f("vietnameseFolding"))),
      new SpiChain("spi_query_exact", Map.of("stackSymbolParts", "false"), List.of(
          f("vietnameseRomanOrdinal"), f("vietnameseNormalization"), f("vietnameseAbbreviation"),
          f("vietnameseIYVariant"), f("vietnameseFolding", "foldedBoost", "0.2", "skipType", "SYNONYM"))),
      new SpiChain("spi_query_folded", Map.of("stackSymbolParts", "false"), List.of(
          f("vietnameseRomanOrdinal"), f("vietnameseNormalization"), f("vietnameseFolding", "mode", "replace"),
          f("vietnameseAbbreviation", "space", "folded"), f("vietnameseIYVariant"))),
      new SpiChain("spi_words", Map.of(), List.of(
          f("vietnameseRomanOrdinal"), f("vietnameseNormalization"), f("vietnameseWordSequence"))));

  @Override
  protected Collection<Class<? extends Plugin>> getPlugins() {
    return List.of(AnalysisVankienPlugin.class);
  }

  private void createParityIndex() {
    Settings.Builder s = Settings.builder().put("index.analyze.max_token_count", 10_000_000);
    for (SpiChain c : SPI_CHAINS) {
      String tokenizer = c.name() + "_tokenizer";
      s.put("index.analysis.tokenizer." + tokenizer + ".type", "vietnamese");
      c.tokenizerParams().forEach((k, v) -> s.put("index.analysis.tokenizer." + tokenizer + "." + k, v));
      List<String> filterNames = new ArrayList<>();
      for (int i = 0; i < c.filters().size(); i++) {
        Filter filter = c.filters().get(i);
        String name = c.name() + "_filter" + i;
        s.put("index.analysis.filter." + name + ".type", filter.spiName());
        filter.params().forEach((k, v) -> s.put("index.analysis.filter." + name + "." + k, v));
        filterNames.add(name);
      }
      s.put("index.analysis.analyzer." + c.name() + ".type", "custom");
      s.put("index.analysis.analyzer." + c.name() + ".tokenizer", tokenizer);
      s.putList("index.analysis.analyzer." + c.name() + ".filter", filterNames);
    }
    createIndex(INDEX, s.build());
  }

  private static Analyzer lucene(SpiChain c) throws Exception {
    CustomAnalyzer.Builder b = CustomAnalyzer.builder().withTokenizer("vietnamese", new LinkedHashMap<>(c.tokenizerParams()));
    for (Filter filter : c.filters()) {
      b.addTokenFilter(filter.spiName(), new LinkedHashMap<>(filter.params()));
    }
    return b.build();
  }

  /** Every text through every registered analyzer and every SPI chain, compared token by token. */
  private void assertParity(List<Path> files) throws Exception {
    assertParity(files, (i, name) -> true);
  }

  /** Which analyzers the i-th file goes through. */
  private interface Selection {
    boolean test(int fileIndex, String analyzer);
  }

  /** Each text through the analyzers {@code selection} picks for it, compared token by token. */
  private void assertParity(List<Path> files, Selection selection) throws Exception {
    createParityIndex();
    // written out here, not taken from VankienAnalyzers: the plugin's table is what is under test
    Map<String, Analyzer> expected = new LinkedHashMap<>();
    expected.put("vankien_index", VietnameseAnalyzer.forIndex());
    expected.put("vankien_query_exact", VietnameseAnalyzer.forQuery(true));
    expected.put("vankien_query_folded", VietnameseAnalyzer.forQuery(false));
    expected.put("vankien_phrase_exact", VietnameseAnalyzer.forPhrase(true));
    expected.put("vankien_phrase_folded", VietnameseAnalyzer.forPhrase(false));
    expected.put("vankien_pairs_exact", VietnameseAnalyzer.forPairs(true));
    expected.put("vankien_pairs_folded", VietnameseAnalyzer.forPairs(false));
    expected.put("vankien_prefixes", VietnameseAnalyzer.forPrefixes());
    assertEquals("analyzers the plugin registers", expected.keySet(), new AnalysisVankienPlugin().getAnalyzers().keySet());
    for (SpiChain c : SPI_CHAINS) {
      expected.put(c.name(), lucene(c));
    }
    long tokens = 0;
    int comparisons = 0;
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      String text = Texts.read(file);
      for (Map.Entry<String, Analyzer> e : expected.entrySet()) {
        if (!selection.test(i, e.getKey())) {
          continue;
        }
        comparisons++;
        List<String> want = Tokens.lucene(e.getValue(), "text", text);
        AnalyzeAction.Response got = client().admin().indices().prepareAnalyze(INDEX, text).setAnalyzer(e.getKey()).get();
        String diff = Tokens.difference(want, Tokens.openSearch(got));
        if (diff != null) {
          fail(file.getFileName() + ", analyzer " + e.getKey() + ": " + diff);
        }
        tokens += want.size();
      }
    }
    assertTrue("no token compared", tokens > 0);
    logger.info("{} files, {} analyzers, {} (file, analyzer) pairs, {} tokens equal", files.size(), expected.size(),
        comparisons, tokens);
  }

  public void testSamples() throws Exception {
    List<Path> files = Texts.txtFiles(Texts.samples());
    assertFalse("no sample under " + Texts.samples(), files.isEmpty());
    assertParity(files);
  }

  public void testSeeds() throws Exception {
    Path dir = Texts.shared("seeds");
    assumeTrue("../shared/corpus/seeds is absent (real documents live beside the checkout): " + dir, Files.isDirectory(dir));
    assertParity(Texts.txtFiles(dir));
  }

  /**
   * The 110 laws (14 MB): every law through the index analyzer (what every indexed text goes through) and
   * the SPI query chain (parameters, abbreviations, i/y variants), and through one more of the twelve in
   * turn, so each analyzer sees about nine whole laws: about 40 s instead of about 3 minutes for all twelve on
   * every law, which {@code -Dvankien.opensearch.allLaws=true} runs.
   */
  public void testLaws() throws Exception {
    Path dir = Texts.shared("laws");
    assumeTrue("../shared/corpus/laws is absent (real documents live beside the checkout): " + dir, Files.isDirectory(dir));
    if (Boolean.getBoolean("vankien.opensearch.allLaws")) {
      assertParity(Texts.txtFiles(dir));
      return;
    }
    List<String> names = new ArrayList<>(new AnalysisVankienPlugin().getAnalyzers().keySet());
    SPI_CHAINS.forEach(c -> names.add(c.name()));
    assertParity(Texts.txtFiles(dir), (i, name) -> name.equals("vankien_index") || name.equals("spi_query_exact")
        || name.equals(names.get(i % names.size())));
  }

  /** Every tokenizer and filter vankien declares to Lucene's SPI is registered under the same name. */
  public void testEverySpiFactoryIsRegistered() {
    Set<String> tokenizers = new TreeSet<>();
    for (String name : TokenizerFactory.availableTokenizers()) {
      if (TokenizerFactory.lookupClass(name).getName().startsWith("io.vankien.")) {
        tokenizers.add(name);
      }
    }
    Set<String> filters = new TreeSet<>();
    for (String name : TokenFilterFactory.availableTokenFilters()) {
      if (TokenFilterFactory.lookupClass(name).getName().startsWith("io.vankien.")) {
        filters.add(name);
      }
    }
    assertFalse(tokenizers.isEmpty());
    assertEquals(tokenizers, new TreeSet<>(new AnalysisVankienPlugin().getTokenizers().keySet()));
    assertEquals(filters, new TreeSet<>(new AnalysisVankienPlugin().getTokenFilters().keySet()));
  }

  /** A parameter the Lucene factory does not know is refused when the index is created, naming it. */
  public void testUnknownParameterIsRefused() {
    IllegalArgumentException e = expectThrows(IllegalArgumentException.class, () -> createIndex("bad",
        Settings.builder().put("index.analysis.tokenizer.t.type", "vietnamese")
            .put("index.analysis.tokenizer.t.stackSymbolPart", "false")
            .put("index.analysis.analyzer.a.type", "custom").put("index.analysis.analyzer.a.tokenizer", "t").build()));
    assertTrue(e.getMessage(), e.getMessage().contains("stackSymbolPart"));
  }
}
