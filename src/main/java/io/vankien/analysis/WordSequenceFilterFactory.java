package io.vankien.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** SPI factory for {@link WordSequenceFilter}, name {@value #NAME}; no parameters. */
public final class WordSequenceFilterFactory extends TokenFilterFactory {
  public static final String NAME = "vietnameseWordSequence";

  public WordSequenceFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters for token filter '" + NAME + "': " + args);
    }
  }

  /** Default constructor for the SPI loader only. */
  public WordSequenceFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new WordSequenceFilter(input);
  }
}
