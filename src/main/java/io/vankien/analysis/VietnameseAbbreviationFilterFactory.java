package io.vankien.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;

/**
 * SPI factory, name {@value #NAME}: a {@link SynonymGraphFilter} over the built-in abbreviation groups
 * ({@link VietnameseAbbreviations#builtIn()}). For query chains only; expects normalized input (place it
 * after {@code vietnameseNormalization}). Parameter {@code space}: {@code exact} (default) for the chain of
 * queries with diacritics, {@code folded} for the chain of queries without (place it after
 * {@code vietnameseFolding} with mode=replace).
 */
public final class VietnameseAbbreviationFilterFactory extends TokenFilterFactory {
  public static final String NAME = "vietnameseAbbreviation";

  private final VietnameseAbbreviations.Space space;

  public VietnameseAbbreviationFilterFactory(Map<String, String> args) {
    super(args);
    String s = get(args, "space", "exact");
    space = switch (s) {
      case "exact" -> VietnameseAbbreviations.Space.EXACT;
      case "folded" -> VietnameseAbbreviations.Space.FOLDED;
      default -> throw new IllegalArgumentException("Parameter space of '" + NAME + "' must be exact or folded: " + s);
    };
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
    return new SynonymGraphFilter(input, VietnameseAbbreviations.builtIn(space), false);
  }
}
