package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class PassageRankingTest {
  private static final String[] TERMS = {"điều", "\u0001dieu", "ngân", "sách", "\u0001ngan", "x"};

  @Test
  void scoresEveryPassageExactlyAsLucenesScorerDoes() {
    Random random = new Random(42);
    PassageScorer lucene = new PassageScorer();
    PassageRanking ours = new PassageRanking();
    for (int round = 0; round < 5_000; round++) {
      Passage p = new Passage();
      int start = random.nextInt(100_000);
      int length = 20 + random.nextInt(400);
      p.setStartOffset(start);
      p.setEndOffset(start + length);
      int matches = 1 + random.nextInt(12);
      int[] freqInDoc = new int[TERMS.length];
      for (int t = 0; t < TERMS.length; t++) {
        freqInDoc[t] = 1 + random.nextInt(500);
      }
      for (int m = 0; m < matches; m++) {
        int t = random.nextInt(TERMS.length);
        int at = start + random.nextInt(length - 5);
        p.addMatch(at, at + 4, new BytesRef(TERMS[t]), freqInDoc[t]);
      }
      int contentLength = start + length + random.nextInt(200_000);
      assertEquals(lucene.score(p, contentLength), ours.score(p, contentLength), 0f, "passage " + round);
    }
  }
}
