package io.vankien.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Long chains of numbers and codes ("Số 1/1/1/...", "1-A/A/A/...") are tokenized in time linear in their
 * length: the tokenizer asks for a symbol at each of their numbers, and each question used to read the
 * whole chain (a 40,000-character line took 8 seconds to ingest; 200,000 characters a minute to tokenize).
 */
class SymbolChainsTest {
  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void longChainsAreTokenizedInLinearTime() throws IOException {
    for (String chain : new String[] {"Số 1" + "/1".repeat(100_000), "1-" + "A/".repeat(50_000),
        "1/2020/" + "A-".repeat(50_000), "1".repeat(100_000), "1-" + "A1".repeat(50_000)}) {
      int tokens = 0;
      long chars = 0;
      try (VietnameseTokenizer t = new VietnameseTokenizer(true)) {
        t.setReader(new StringReader(chain));
        CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
        t.reset();
        while (t.incrementToken()) {
          tokens++;
          chars += term.length();
          assertTrue(term.length() <= VietnameseTokenizer.MAX_TOKEN_LENGTH);
        }
        t.end();
      }
      assertTrue(tokens > 0 && chars > 0, chain.substring(0, 10));
    }
  }

  @Test
  void aLengthBoundOnlyDropsSymbolsLongerThanIt() {
    Random random = new Random(13);
    String alphabet = "0123/-– NQTUĐAaHb2020";
    for (int i = 0; i < 50_000; i++) {
      StringBuilder sb = new StringBuilder("1");
      for (int k = random.nextInt(30); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      char[] b = sb.toString().toCharArray();
      int full = DocumentSymbol.matchEnd(b, 0, b.length);
      for (int max : new int[] {3, 8, 15, 25}) {
        int bounded = DocumentSymbol.matchEnd(b, 0, b.length, max);
        if (full > 0 && full <= max) {
          assertEquals(full, bounded, sb + " max " + max);
        } else {
          assertTrue(bounded == full || bounded == -1, sb + " max " + max + ": " + bounded + " vs " + full);
        }
      }
    }
  }
}
