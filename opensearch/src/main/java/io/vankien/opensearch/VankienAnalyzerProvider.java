package io.vankien.opensearch;

import io.vankien.analysis.VietnameseAnalyzer;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;

/** One {@link VietnameseAnalyzer} chain as an OpenSearch analyzer (names in {@link VankienAnalyzers}). */
final class VankienAnalyzerProvider extends AbstractIndexAnalyzerProvider<VietnameseAnalyzer> {
  private final VietnameseAnalyzer analyzer;

  VankienAnalyzerProvider(IndexSettings indexSettings, String name, Settings settings, VietnameseAnalyzer analyzer) {
    super(indexSettings, name, settings);
    this.analyzer = analyzer;
  }

  @Override
  public VietnameseAnalyzer get() {
    return analyzer;
  }
}
