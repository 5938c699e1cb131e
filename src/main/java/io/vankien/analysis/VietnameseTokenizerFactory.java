package io.vankien.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * SPI factory for {@link VietnameseTokenizer}, name {@value #NAME}. Parameter {@code stackSymbolParts}
 * (default true, the index chain; the query chain uses false).
 */
public final class VietnameseTokenizerFactory extends TokenizerFactory {
  public static final String NAME = "vietnamese";

  private final boolean stackSymbolParts;

  public VietnameseTokenizerFactory(Map<String, String> args) {
    super(args);
    stackSymbolParts = getBoolean(args, "stackSymbolParts", true);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters for tokenizer '" + NAME + "': " + args);
    }
  }

  /** Default constructor for the SPI loader only. */
  public VietnameseTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public VietnameseTokenizer create(AttributeFactory factory) {
    return new VietnameseTokenizer(factory, stackSymbolParts);
  }
}
