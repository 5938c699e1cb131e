package io.vankien.opensearch;

import io.vankien.analysis.IYVariantFilterFactory;
import io.vankien.analysis.RomanOrdinalFilterFactory;
import io.vankien.analysis.VietnameseAbbreviationFilterFactory;
import io.vankien.analysis.VietnameseFoldingFilterFactory;
import io.vankien.analysis.VietnameseNormalizationFilterFactory;
import io.vankien.analysis.VietnameseTokenizerFactory;
import io.vankien.analysis.WordSequenceFilterFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.opensearch.cluster.metadata.IndexMetadata;
import org.opensearch.common.settings.Settings;

/**
 * vankien's Lucene analysis factories under their SPI names ({@code META-INF/services} of the main build), so
 * an OpenSearch index names them as a Lucene {@code CustomAnalyzer} does: tokenizer {@code vietnamese},
 * filters {@code vietnameseNormalization}, ... A test checks that this covers every vankien SPI factory.
 */
final class LuceneFactories {
  private LuceneFactories() {}

  static final Map<String, Function<Map<String, String>, TokenizerFactory>> TOKENIZERS =
      Map.of(VietnameseTokenizerFactory.NAME, VietnameseTokenizerFactory::new);

  static final Map<String, Function<Map<String, String>, TokenFilterFactory>> FILTERS = Map.of(
      RomanOrdinalFilterFactory.NAME, RomanOrdinalFilterFactory::new,
      VietnameseNormalizationFilterFactory.NAME, VietnameseNormalizationFilterFactory::new,
      VietnameseFoldingFilterFactory.NAME, VietnameseFoldingFilterFactory::new,
      VietnameseAbbreviationFilterFactory.NAME, VietnameseAbbreviationFilterFactory::new,
      WordSequenceFilterFactory.NAME, WordSequenceFilterFactory::new,
      IYVariantFilterFactory.NAME, IYVariantFilterFactory::new);

  /**
   * The Lucene factory's arguments from an OpenSearch component definition: every setting but {@code type}
   * and the {@code index.version.created} OpenSearch adds to each ({@code {"type": "vietnamese",
   * "stackSymbolParts": false}} gives {@code stackSymbolParts=false}). The factory refuses an unknown one, as
   * it does in Lucene.
   */
  static Map<String, String> args(Settings settings) {
    Map<String, String> args = new HashMap<>();
    for (String key : settings.keySet()) {
      if (!key.equals("type") && !key.equals(IndexMetadata.SETTING_VERSION_CREATED)) {
        args.put(key, settings.get(key));
      }
    }
    return args;
  }
}
