package io.vankien.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** SPI factory for {@link VietnameseNormalizationFilter}, name {@value #NAME}; no parameters. */
public final class VietnameseNormalizationFilterFactory extends TokenFilterFactory {
  public static final String NAME = "vietnameseNormalization";

  public VietnameseNormalizationFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters for token filter '" + NAME + "': " + args);
    }
  }

  /** Default constructor for the SPI loader only. */
  public VietnameseNormalizationFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new VietnameseNormalizationFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return new VietnameseNormalizationFilter(input, false);
  }
}
