package io.vankien.opensearch;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * analysis-vankien: vankien's Vietnamese analysis in OpenSearch, built from the {@code io.vankien.analysis}
 * package unchanged.
 *
 * <ul>
 *   <li>tokenizer {@code vietnamese} and filters {@code vietnameseRomanOrdinal}, {@code vietnameseNormalization},
 *       {@code vietnameseFolding}, {@code vietnameseAbbreviation}, {@code vietnameseWordSequence}, {@code
 *       vietnameseIYVariant}: the Lucene SPI names, with the Lucene factories' parameters ({@link
 *       LuceneFactories});
 *   <li>analyzers {@code vankien_index}, {@code vankien_query_exact}, ...: the chains of {@code
 *       VietnameseAnalyzer} ({@link VankienAnalyzers}).
 * </ul>
 */
public final class AnalysisVankienPlugin extends Plugin implements AnalysisPlugin {
  @Override
  public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
    Map<String, AnalysisProvider<TokenizerFactory>> m = new LinkedHashMap<>();
    LuceneFactories.TOKENIZERS.forEach((spiName, factory) -> m.put(spiName,
        (indexSettings, env, name, settings) ->
            new LuceneTokenizerFactory(indexSettings, settings, name, factory.apply(LuceneFactories.args(settings)))));
    return m;
  }

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    Map<String, AnalysisProvider<TokenFilterFactory>> m = new LinkedHashMap<>();
    LuceneFactories.FILTERS.forEach((spiName, factory) -> m.put(spiName,
        (indexSettings, env, name, settings) ->
            new LuceneTokenFilterFactory(indexSettings, name, settings, factory.apply(LuceneFactories.args(settings)))));
    return m;
  }

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> m = new LinkedHashMap<>();
    VankienAnalyzers.ALL.forEach((analyzerName, chain) -> m.put(analyzerName,
        (indexSettings, env, name, settings) -> new VankienAnalyzerProvider(indexSettings, name, settings, chain.get())));
    return m;
  }
}
