package io.vankien.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.extract.TextCleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written fast paths give what the patterns they replace give, on random texts built from the
 * pieces those patterns look at (cases, tone placements, spaces of every kind, line separators):
 * {@link AnchoredFind} the matches of {@link Matcher#find()} (the cleaner's are in extraction's
 * {@code CleanerFastPathsTest}).
 */
class FastPathEquivalenceTest {
  private static final int TEXTS = 3_000;

  private static String random(Random r, String[] pieces, int maxPieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = r.nextInt(maxPieces); i >= 0; i--) {
      sb.append(pieces[r.nextInt(pieces.length)]);
    }
    return sb.toString();
  }

  private static List<String> findAll(Matcher m) {
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.start() + "-" + m.end() + ":" + (m.groupCount() > 0 ? m.group(1) : ""));
    }
    return out;
  }

  private static List<String> findAll(AnchoredFind f) {
    List<String> out = new ArrayList<>();
    while (f.find()) {
      Matcher m = f.matcher();
      out.add(m.start() + "-" + m.end() + ":" + (m.groupCount() > 0 ? m.group(1) : ""));
    }
    return out;
  }

  @Test
  void anchoredFindFindsWhatFindFinds() {
    // the issuing committee's own term (TermReader), anchored at "khóa" after a run of spaces
    Pattern own = Pattern.compile("(?iu)(?<!bầu |bầu cử )(?:ban chấp hành đảng bộ tỉnh|(?:ban thường vụ )?tỉnh [ủu][yỷ])"
        + "\\s+kh(?:óa|oá)\\s+([IVXLC]+)(?![\\p{L}])");
    // a committee's term in a header, anchored at "khóa" up to 77 characters after the match begins
    Pattern header = Pattern.compile("(?iu)(?:ban chấp hành|bch|tỉnh [ủu][yỷ]|hội đồng nhân dân)"
        + "[^.;\\n]{0,60}?(?<![\\p{L}])kh(?:óa|oá)\\s+([IVXLC]+)(?![\\p{L}])");
    // a text naming itself (MetadataExtractor), anchored at "này"
    Pattern self = Pattern.compile("(?iu)(?:luật|bộ luật|nghị quyết)\\s+này[^.\\n]{0,30}?thông qua");
    String[] pieces = {
      "khóa", "KHOÁ", "Khoá", "khoa", " ", "  ", "\n", "\t", "tỉnh ủy", "Tỉnh Ủy", "TỈNH UỶ", "ban thường vụ ",
      "Ban Chấp hành Đảng bộ tỉnh", "bầu ", "bầu cử ", "XIV", "IX", "xx", ".", ";", "a", "Kelvin \u212A",
      "luật", "Bộ Luật", "NGHỊ QUYẾT", "này", "NÀY", "thông qua", "hội đồng nhân dân", "BCH", "ở", "ß",
      "tỉnh ủy khóa XIV", "Tỉnh ủy  Khoá IX.", "Ban Thường vụ Tỉnh ủy\nkhóa X ", "bầu Tỉnh ủy khóa XV",
      "Luật này được thông qua", "bộ luật  này đã thông qua", "BCH Đảng bộ khóa XX", "khóa XIX;",
    };
    int[] matches = new int[3];
    Random r = new Random(12);
    for (int i = 0; i < TEXTS; i++) {
      String t = random(r, pieces, 40);
      List<String> expected = findAll(own.matcher(t));
      assertEquals(expected, findAll(new AnchoredFind(own, t, AnchoredFind.caseless(t, "khóa", "khoá"), 7, 26, true)), t);
      matches[0] += expected.size();
      expected = findAll(header.matcher(t));
      assertEquals(expected, findAll(new AnchoredFind(header, t, AnchoredFind.caseless(t, "khóa", "khoá"), 0, 77, false)), t);
      matches[1] += expected.size();
      expected = findAll(self.matcher(t));
      assertEquals(expected, findAll(new AnchoredFind(self, t, AnchoredFind.caseless(t, "này"), 4, 10, true)), t);
      matches[2] += expected.size();
    }
    for (int count : matches) {
      assertTrue(count > 200, "too few matches to compare: " + java.util.Arrays.toString(matches));
    }
  }

  @Test
  void documentNumbersFoundAsByFind() {
    String[] pieces = {"01", "-", "NQ", "/", "TU", " ", "Số ", "45", "2013", "QH13", "QĐ", "UBND", "T.Ư", "a", ".",
      "\n", "–", "TTg", "12", "/KH-UBND", "x1", "Đ"};
    Random r = new Random(7);
    for (int i = 0; i < TEXTS; i++) {
      String t = random(r, pieces, 30);
      assertEquals(DocumentNumbers.findAllAtEveryPosition(t), DocumentNumbers.findAll(t), t);
    }
  }

  /**
   * The cleaner skips its final NFC when no pass but those that keep a text NFC ran: its result must be
   * NFC then (the result of the final NFC, as before), also where marks, spaces and line ends meet.
   */
  @Test
  void cleanedTextIsNfc() {
    String[] pieces = {"e", "o", "a", "\u0301", "\u0323", "\u0302", "\u031b", " ", "   ", "\t", "\u00a0", "\u2003",
      "\u2000", "\n", "\n\n", "***", "---", "*", "\ufeff", "|", "+-", "<b>", "&amp;", "_x_", "\\", "#", "Ơ", "ư",
      "\u2028", "Số 01-NQ/TU      ĐẢNG CỘNG SẢN VIỆT NAM\n", "T/M BAN THƯỜNG VỤ\n"};
    // and texts that none of the markup passes touch (the final NFC is skipped for them)
    String[] plain = {"e", "o", "a", "\u0301", "\u0323", "\u0302", "\u031b", " ", "   ", "\t", "\u00a0", "\u2003",
      "\u2000", "\u200b", "\u3000", "\n", "\n\n", "Ơ", "ư", "\u2028", "\u000b", "Số 01-NQ/TU      ĐẢNG CỘNG SẢN VIỆT NAM\n",
      "T/M BAN THƯỜNG VỤ\n", "Nơi nhận:\t", "                    Hà Nam, ngày 1 tháng 2 năm 2020\n"};
    Random r = new Random(11);
    for (String[] set : new String[][] {pieces, plain}) {
      for (int i = 0; i < TEXTS * 3; i++) {
        String t = random(r, set, 30);
        String cleaned = TextCleaner.clean(t);
        assertEquals(java.text.Normalizer.normalize(cleaned, java.text.Normalizer.Form.NFC), cleaned, t);
      }
    }
  }

  /** Hostile input: what overflowed the regex engine's stack reads (a long dotted symbol). */
  @Test
  void hostileInputNeitherOverflowsNorChangesResults() {
    String dotted = "Số 1-NQ/T" + ".X1".repeat(300) + " và 12-KL/TU"; // past the deep-stack threshold, within a thread's stack
    assertEquals(DocumentNumbers.findAllAtEveryPosition(dotted), DocumentNumbers.findAll(dotted));
    String deep = "Số 1-NQ/T" + ".X1".repeat(20_000) + " và 12-KL/TU";
    assertEquals(2, DocumentNumbers.findAll(deep).size());
  }
}
