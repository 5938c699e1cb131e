package io.vankien.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** SPI factory for {@link IYVariantFilter}, name {@value #NAME}; no parameters. */
public final class IYVariantFilterFactory extends TokenFilterFactory {
  public static final String NAME = "vietnameseIYVariant";

  public IYVariantFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters for token filter '" + NAME + "': " + args);
    }
  }

  /** Default constructor for the SPI loader only. */
  public IYVariantFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new IYVariantFilter(input);
  }
}
