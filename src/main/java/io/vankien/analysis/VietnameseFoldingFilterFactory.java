package io.vankien.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * SPI factory for {@link VietnameseFoldingFilter}, name {@value #NAME}. Parameters: {@code foldedBoost}
 * (default 1: no boost, the index chain; the query chain uses {@value VietnameseAnalyzer#FOLDED_QUERY_BOOST})
 * and {@code skipType} (tokens of this type are not folded; the query chain uses "SYNONYM").
 */
public final class VietnameseFoldingFilterFactory extends TokenFilterFactory {
  public static final String NAME = "vietnameseFolding";

  private final float foldedBoost;
  private final String skipType;

  public VietnameseFoldingFilterFactory(Map<String, String> args) {
    super(args);
    foldedBoost = getFloat(args, "foldedBoost", 1f);
    skipType = get(args, "skipType");
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters for token filter '" + NAME + "': " + args);
    }
    if (!(foldedBoost > 0f && foldedBoost <= 1f)) {
      throw new IllegalArgumentException("Parameter foldedBoost of '" + NAME + "' must be in (0, 1]: " + foldedBoost);
    }
  }

  /** Default constructor for the SPI loader only. */
  public VietnameseFoldingFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new VietnameseFoldingFilter(input, foldedBoost, skipType);
  }
}
