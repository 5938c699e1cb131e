package io.vankien.opensearch;

import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;

/** An OpenSearch token filter made by one of vankien's Lucene token filter factories. */
final class LuceneTokenFilterFactory extends AbstractTokenFilterFactory {
  private final org.apache.lucene.analysis.TokenFilterFactory lucene;

  LuceneTokenFilterFactory(IndexSettings indexSettings, String name, Settings settings,
      org.apache.lucene.analysis.TokenFilterFactory lucene) {
    super(indexSettings, name, settings);
    this.lucene = lucene;
  }

  @Override
  public TokenStream create(TokenStream input) {
    return lucene.create(input);
  }

  /** What the Lucene factory does for a normalizing chain (wildcard and prefix terms of a custom analyzer). */
  @Override
  public TokenStream normalize(TokenStream input) {
    return lucene.normalize(input);
  }
}
