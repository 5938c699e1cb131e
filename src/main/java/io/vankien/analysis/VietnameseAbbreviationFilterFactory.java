package io.vankien.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;

/**
 * SPI factory, name {@value #NAME}: a {@link SynonymGraphFilter} over the built-in abbreviation groups
 * ({@link VietnameseAbbreviations#builtIn()}). For query chains only; expects normalized input (place it
 * after {@code vietnameseNormalization}). No parameters.
 */
public final class VietnameseAbbreviationFilterFactory extends TokenFilterFactory {
  public static final String NAME = "vietnameseAbbreviation";

  public VietnameseAbbreviationFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters for token filter '" + NAME + "': " + args);
    }
  }

  /** Default constructor for the SPI loader only. */
  public VietnameseAbbreviationFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new SynonymGraphFilter(input, VietnameseAbbreviations.builtIn(), false);
  }
}
