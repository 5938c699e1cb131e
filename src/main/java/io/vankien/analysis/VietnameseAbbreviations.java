package io.vankien.analysis;

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
 * The abbreviation groups of {@code abbreviations.txt} (beside this class) as a {@link SynonymMap} for the
 * query chain: "HĐND" and "Hội đồng nhân dân" expand to each other, and so do their diacritic-free forms
 * ("hdnd", "hoi dong nhan dan"). Entries are analyzed by {@link VietnameseTokenizer} and {@link
 * VietnameseNormalizationFilter}, exactly like query text before the synonym step.
 */
public final class VietnameseAbbreviations {
  /** The resource holding the built-in groups. */
  public static final String RESOURCE = "abbreviations.txt";

  private VietnameseAbbreviations() {}

  private static final class Holder {
    static final SynonymMap BUILT_IN = loadBuiltIn();
  }

  /** The built-in map (loaded once). */
  public static SynonymMap builtIn() {
    return Holder.BUILT_IN;
  }

  private static SynonymMap loadBuiltIn() {
    InputStream in = VietnameseAbbreviations.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource io/vankien/analysis/" + RESOURCE);
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(r, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read io/vankien/analysis/" + RESOURCE, e);
    }
  }

  /** Parses groups ("A | B | C" per line, '#' comments) from {@code reader}; {@code source} names it in errors. */
  public static SynonymMap parse(Reader reader, String source) throws IOException {
    try (Analyzer entryAnalyzer = entryAnalyzer()) {
      GroupParser parser = new GroupParser(entryAnalyzer, source);
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

    GroupParser(Analyzer analyzer, String source) {
      super(true, analyzer);
      this.source = source;
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
        List<CharsRef> folded = new ArrayList<>();
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
          addDistinct(folded, fold(analyzed));
        }
        if (exact.size() < 2) {
          throw new ParseException(source + " line " + lineNo + ": a group needs two different entries", lineNo);
        }
        addGroup(exact, List.of());
        // an entry without diacritics ("ubnd") already expands to the exact words; only typed-without-
        // diacritics forms of other entries ("hdnd", "uy ban nhan dan") need the folded group
        addGroup(folded, exact);
      }
    }

    private void addGroup(List<CharsRef> group, List<CharsRef> notAsInput) {
      for (CharsRef a : group) {
        if (notAsInput.contains(a)) {
          continue;
        }
        for (CharsRef b : group) {
          if (!a.equals(b)) {
            add(a, b, true);
          }
        }
      }
    }

    private static void addDistinct(List<CharsRef> list, CharsRef ref) {
      if (!list.contains(ref)) {
        list.add(ref);
      }
    }

    private static CharsRef fold(CharsRef ref) {
      char[] out = new char[ref.length];
      for (int i = 0; i < ref.length; i++) {
        out[i] = VietnameseLetters.fold(ref.chars[ref.offset + i]);
      }
      return new CharsRef(out, 0, out.length);
    }
  }
}
