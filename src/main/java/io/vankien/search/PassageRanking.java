package io.vankien.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage ranking (BM25 over the passage, favouring passages near the start), computed without
 * the hash table Lucene's {@link PassageScorer#score} builds for every candidate passage. A passage holds a
 * handful of matches, so distinct terms are found by a linear scan; terms are summed in the order of
 * their first match, as Lucene's hash does, so every score is the same float. In a long text with many
 * matches that hash (a 32 KB block allocated and each term hashed, per passage) was most of a search's
 * time.
 */
final class PassageRanking extends PassageScorer {
  @Override
  public float score(Passage passage, int contentLength) {
    int n = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    int[] firstIndex = new int[n]; // index of each distinct term's first match
    int[] freqInPassage = new int[n];
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      int k = 0;
      while (k < distinct && !terms[firstIndex[k]].bytesEquals(terms[i])) {
        k++;
      }
      if (k == distinct) {
        firstIndex[distinct++] = i;
      }
      freqInPassage[k]++;
    }
    double score = 0;
    for (int k = 0; k < distinct; k++) {
      score += tf(freqInPassage[k], passage.getLength()) * weight(contentLength, freqsInDoc[firstIndex[k]]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }
}
