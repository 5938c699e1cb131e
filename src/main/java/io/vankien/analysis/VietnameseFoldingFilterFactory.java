package io.vankien.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * SPI factory for {@link VietnameseFoldingFilter}, name {@value #NAME}. Parameters: {@code foldedBoost}
 * (default 1: no boost, the index chain; the query chain uses {@value VietnameseAnalyzer#FOLDED_QUERY_BOOST})
 * and {@code skipType} (tokens of this type are not folded; the query chain uses "SYNONYM"), and {@code mode}
 * ({@code stack}, the default: folded term beside each term; {@code replace}: folded term instead, for
 * queries typed without diacritics, which takes neither foldedBoost nor skipType).
 */
public final class VietnameseFoldingFilterFactory extends TokenFilterFactory {
  public static final String NAME = "vietnameseFolding";

  private final float foldedBoost;
  private final String skipType;
  private final VietnameseFoldingFilter.Mode mode;

  public VietnameseFoldingFilterFactory(Map<String, String> args) {
    super(args);
    foldedBoost = getFloat(args, "foldedBoost", 1f);
    skipType = get(args, "skipType");
    String m = get(args, "mode", "stack");
    mode = switch (m) {
      case "stack" -> VietnameseFoldingFilter.Mode.STACK;
      case "replace" -> VietnameseFoldingFilter.Mode.REPLACE;
      default -> throw new IllegalArgumentException("Parameter mode of '" + NAME + "' must be stack or replace: " + m);
    };
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters for token filter '" + NAME + "': " + args);
    }
    if (!(foldedBoost > 0f && foldedBoost <= 1f)) {
      throw new IllegalArgumentException("Parameter foldedBoost of '" + NAME + "' must be in (0, 1]: " + foldedBoost);
    }
    if (mode == VietnameseFoldingFilter.Mode.REPLACE && (foldedBoost != 1f || skipType != null)) {
      throw new IllegalArgumentException("Parameter mode=replace of '" + NAME + "' takes neither foldedBoost nor skipType");
    }
  }

  /** Default constructor for the SPI loader only. */
  public VietnameseFoldingFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new VietnameseFoldingFilter(input, mode, foldedBoost, skipType);
  }
}
