package io.vankien.opensearch;

import org.apache.lucene.analysis.Tokenizer;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenizerFactory;

/** An OpenSearch tokenizer made by one of vankien's Lucene tokenizer factories. */
final class LuceneTokenizerFactory extends AbstractTokenizerFactory {
  private final org.apache.lucene.analysis.TokenizerFactory lucene;

  LuceneTokenizerFactory(IndexSettings indexSettings, Settings settings, String name,
      org.apache.lucene.analysis.TokenizerFactory lucene) {
    super(indexSettings, settings, name);
    this.lucene = lucene;
  }

  @Override
  public Tokenizer create() {
    return lucene.create();
  }
}
