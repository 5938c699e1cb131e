package io.vankien.analysis;

import io.vankien.text.VietnameseLetters;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The abbreviation groups of {@code abbreviations.txt} (beside this class) as {@link SynonymMap}s for the
 * query chains, one per term space:
 *
 * <ul>
 *   <li>{@link Space#EXACT} (queries with diacritics): "HĐND" and "Hội đồng nhân dân" expand to each other;
 *       an entry typed without diacritics ("hdnd", "uy ban nhan dan") expands to the exact entries.
 *   <li>{@link Space#FOLDED} (queries without diacritics, after folding): the folded entries, each word
 *       with the folded-term marker ({@link VietnameseFoldingFilter#MARKER}), expand to each other.
 * </ul>
 *
 * Entries are analyzed by {@link VietnameseTokenizer} and {@link VietnameseNormalizationFilter}, exactly like
 * query text before the synonym step.
 */
public final class VietnameseAbbreviations {
  /** The resource holding the built-in groups. */
  public static final String RESOURCE = "abbreviations.txt";

  /** Which terms a map reads and writes. */
  public enum Space {
    /** Normalized words as written. */
    EXACT,
    /** Folded terms with the marker. */
    FOLDED
  }

  private VietnameseAbbreviations() {}

  private static final class Holder {
    static final SynonymMap EXACT = loadBuiltIn(Space.EXACT);
    static final SynonymMap FOLDED = loadBuiltIn(Space.FOLDED);
  }

  /** The built-in map of the exact term space (loaded once). */
  public static SynonymMap builtIn() {
    return Holder.EXACT;
  }

  /** The built-in map of {@code space} (loaded once). */
  public static SynonymMap builtIn(Space space) {
    return space == Space.EXACT ? Holder.EXACT : Holder.FOLDED;
  }

  private static SynonymMap loadBuiltIn(Space space) {
    InputStream in = VietnameseAbbreviations.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource io/vankien/analysis/" + RESOURCE);
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(r, RESOURCE, space);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read io/vankien/analysis/" + RESOURCE, e);
    }
  }

  /** {@link #parse(Reader, String, Space)} for the exact term space. */
  public static SynonymMap parse(Reader reader, String source) throws IOException {
    return parse(reader, source, Space.EXACT);
  }

  /**
   * Parses groups ("A | B | C" per line, '#' comments) from {@code reader}; {@code source} names it in
   * errors.
   */
  public static SynonymMap parse(Reader reader, String source, Space space) throws IOException {
    try (Analyzer entryAnalyzer = entryAnalyzer()) {
      GroupParser parser = new GroupParser(entryAnalyzer, source, space);
      parser.parse(reader);
      return parser.build();
    } catch (ParseException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }

  /** Tokenizer and normalization only: the form query tokens have when they reach the synonym filter. */
  static Analyzer entryAnalyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer src = new VietnameseTokenizer();
        TokenStream ts = new VietnameseNormalizationFilter(src);
        return new TokenStreamComponents(src, ts);
      }
    };
  }

  private static final class GroupParser extends SynonymMap.Parser {
    private final String source;
    private final Space space;

    GroupParser(Analyzer analyzer, String source, Space space) {
      super(true, analyzer);
      this.source = source;
      this.space = space;
    }

    @Override
    public void parse(Reader in) throws IOException, ParseException {
      BufferedReader br = new BufferedReader(in);
      String line;
      int lineNo = 0;
      while ((line = br.readLine()) != null) {
        lineNo++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        List<CharsRef> exact = new ArrayList<>();
        List<CharsRef> typedFolded = new ArrayList<>();
        List<CharsRef> marked = new ArrayList<>();
        for (String entry : trimmed.split("\\|")) {
          if (entry.isBlank()) {
            throw new ParseException(source + " line " + lineNo + ": empty entry in '" + trimmed + "'", lineNo);
          }
          CharsRef analyzed;
          try {
            analyzed = analyze(entry.strip(), new CharsRefBuilder());
          } catch (IllegalArgumentException e) {
            throw new ParseException(source + " line " + lineNo + ": " + e.getMessage(), lineNo);
          }
          addDistinct(exact, analyzed);
          addDistinct(typedFolded, fold(analyzed, false));
          addDistinct(marked, fold(analyzed, true));
        }
        if (exact.size() < 2) {
          throw new ParseException(source + " line " + lineNo + ": a group needs two different entries", lineNo);
        }
        if (space == Space.EXACT) {
          List<CharsRef> inputs = new ArrayList<>(exact);
          typedFolded.forEach(f -> addDistinct(inputs, f));
          for (CharsRef a : inputs) {
            for (CharsRef b : exact) {
              if (!a.equals(b)) {
                add(a, b, true);
              }
            }
          }
        } else {
          for (CharsRef a : marked) {
            for (CharsRef b : marked) {
              if (!a.equals(b)) {
                add(a, b, true);
              }
            }
          }
        }
      }
    }

    private static void addDistinct(List<CharsRef> list, CharsRef ref) {
      if (!list.contains(ref)) {
        list.add(ref);
      }
    }

    /** Folds every word of an analyzed entry (words separated by {@link SynonymMap#WORD_SEPARATOR}). */
    private static CharsRef fold(CharsRef ref, boolean marked) {
      StringBuilder out = new StringBuilder(ref.length + 4);
      boolean wordStart = true;
      for (int i = 0; i < ref.length; i++) {
        char c = ref.chars[ref.offset + i];
        if (c == SynonymMap.WORD_SEPARATOR) {
          out.append(c);
          wordStart = true;
          continue;
        }
        if (wordStart && marked) {
          out.append(VietnameseFoldingFilter.MARKER);
        }
        wordStart = false;
        out.append(VietnameseLetters.fold(c));
      }
      return new CharsRef(out.toString());
    }
  }
}
