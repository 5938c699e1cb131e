package io.vankien.analysis;

import io.vankien.text.VietnameseText;
import io.vankien.text.RomanNumerals;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.Assume;

/**
 * On the real seed documents (../shared/corpus/seeds, skipped when absent): every token's offsets slice the
 * original text to something whose normal form is the term, i.e. highlights land on the right characters.
 */
public class TestSeedCorpusOffsets extends BaseTokenStreamTestCase {
  private static final Path SEEDS = Path.of("../shared/corpus/seeds");

  public void testOffsetsSliceTheOriginalText() throws IOException {
    Assume.assumeTrue("real seed documents not present at " + SEEDS.toAbsolutePath(), Files.isDirectory(SEEDS));
    List<Path> files;
    try (Stream<Path> s = Files.list(SEEDS)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    Assume.assumeFalse("no seed documents", files.isEmpty());
    int symbols = 0;
    int ordinals = 0;
    int folded = 0;
    int toneMoved = 0;
    try (Analyzer a = VietnameseAnalyzer.forIndex()) {
      for (Path f : files) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        try (TokenStream ts = a.tokenStream("body", text)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
          TypeAttribute type = ts.addAttribute(TypeAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
            String slice = text.substring(off.startOffset(), off.endOffset());
            String t = term.toString();
            String expected =
                switch (type.type()) {
                  case VietnameseTokenizer.TYPE_SYMBOL -> {
                    symbols++;
                    yield DocumentSymbol.key(slice).orElse("<not a symbol: " + slice + ">");
                  }
                  case RomanOrdinalFilter.TYPE_ORDINAL -> {
                    ordinals++;
                    yield Integer.toString(RomanNumerals.value(slice.toCharArray(), 0, slice.length()));
                  }
                  case VietnameseFoldingFilter.TYPE_FOLDED -> {
                    folded++;
                    // the folded twin of a symbol, a word, or the Arabic number stacked on a Roman ordinal
                    yield VietnameseFoldingFilter.MARKER + (t.contains("/") ? DocumentSymbol.foldedKey(slice).orElse("?")
                        : t.substring(1).chars().allMatch(Character::isDigit) && !slice.chars().allMatch(Character::isDigit)
                            ? Integer.toString(RomanNumerals.value(slice.toCharArray(), 0, slice.length()))
                            : VietnameseText.fold(slice));
                  }
                  default -> VietnameseText.normalizeTerm(slice);
                };
            if (type.type().equals(VietnameseTokenizer.TYPE_WORD) && !slice.toLowerCase(java.util.Locale.ROOT).equals(t)) {
              toneMoved++;
            }
            assertEquals(f.getFileName() + " at " + off.startOffset() + " '" + slice + "'", expected, t);
          }
          ts.end();
        }
      }
    }
    // the seeds cite many symbols and Roman-numbered congresses; a chain that found none would be broken
    assertTrue("symbols found: " + symbols, symbols >= 20);
    assertTrue("ordinals found: " + ordinals, ordinals >= 10);
    assertTrue("folded tokens: " + folded, folded > 1000);
    assertTrue("tone style normalized somewhere: " + toneMoved, toneMoved > 0);
  }

  /** IndexWriter rejects offsets that go backwards: index the seeds with offsets in the postings. */
  public void testSeedsIndexWithOffsetsInPostings() throws IOException {
    Assume.assumeTrue("real seed documents not present at " + SEEDS.toAbsolutePath(), Files.isDirectory(SEEDS));
    org.apache.lucene.document.FieldType type = new org.apache.lucene.document.FieldType(org.apache.lucene.document.TextField.TYPE_NOT_STORED);
    type.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    int docs = 0;
    try (org.apache.lucene.store.ByteBuffersDirectory dir = new org.apache.lucene.store.ByteBuffersDirectory();
        Analyzer a = VietnameseAnalyzer.forIndex();
        org.apache.lucene.index.IndexWriter w =
            new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig(a));
        Stream<Path> files = Files.list(SEEDS)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        d.add(new org.apache.lucene.document.Field("body", Files.readString(f, StandardCharsets.UTF_8), type));
        w.addDocument(d);
        docs++;
      }
      w.commit();
      assertEquals(docs, w.getDocStats().numDocs);
    }
  }
}
