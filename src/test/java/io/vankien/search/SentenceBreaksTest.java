package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Passage boundaries of {@link SentenceBreaks} (sample text written for the test) and its iterator contract. */
class SentenceBreaksTest {
  private static final String TEXT = "NGHỊ QUYẾT\nVề phát triển kinh tế. Tỉnh ủy yêu cầu: tăng thu, v.v. và các việc"
      + " khác! Năm 2021 đạt 5%.  \"Kết luận\" số 01-KL/TU? Có.\r\nDòng cuối";

  @Test
  void breaksAfterLinesAndSentenceEnds() {
    BreakIterator b = new SentenceBreaks();
    b.setText(TEXT);
    List<String> parts = new ArrayList<>();
    int start = b.first();
    for (int end = b.next(); end != BreakIterator.DONE; start = end, end = b.next()) {
      parts.add(TEXT.substring(start, end));
    }
    assertEquals(List.of("NGHỊ QUYẾT\n", "Về phát triển kinh tế. ", "Tỉnh ủy yêu cầu: tăng thu, v.v. và các việc khác! ",
        "Năm 2021 đạt 5%.  ", "\"Kết luận\" số 01-KL/TU? ", "Có.\r\n", "Dòng cuối"), parts);
  }

  @Test
  void followingAndPrecedingAgreeWithNextAndPrevious() {
    Random rnd = new Random(3);
    BreakIterator b = new SentenceBreaks();
    b.setText(TEXT);
    List<Integer> bounds = new ArrayList<>();
    for (int i = b.first(); i != BreakIterator.DONE; i = b.next()) {
      bounds.add(i);
    }
    List<Integer> backwards = new ArrayList<>();
    for (int i = b.last(); i != BreakIterator.DONE; i = b.previous()) {
      backwards.add(0, i);
    }
    assertEquals(bounds, backwards);
    for (int k = 0; k < 500; k++) {
      int p = rnd.nextInt(TEXT.length() + 1);
      int f = b.following(p);
      assertEquals(p == TEXT.length() ? BreakIterator.DONE : bounds.stream().filter(x -> x > p).findFirst().orElseThrow(),
          f, "following " + p);
      int q = b.preceding(p);
      assertEquals(p == 0 ? BreakIterator.DONE : bounds.stream().filter(x -> x < p).reduce((x, y) -> y).orElseThrow(),
          q, "preceding " + p);
      assertEquals(bounds.contains(p), b.isBoundary(p), "boundary " + p);
    }
  }

  @Test
  void collapsesWhiteSpaceAsTheRegularExpressionDid() {
    Random rnd = new Random(9);
    String alphabet = "ab \t\n\r\u000B\f\u00A0\u2029ế";
    for (int k = 0; k < 2000; k++) {
      StringBuilder s = new StringBuilder();
      for (int i = rnd.nextInt(20); i > 0; i--) {
        s.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      assertEquals(s.toString().replaceAll("\\s+", " "), Snippets.collapseSpaces(s.toString()), s.toString());
    }
    assertTrue(Snippets.collapseSpaces("a \n b").equals("a b"));
  }
}
