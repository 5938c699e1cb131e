package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.RegExp;
import org.junit.jupiter.api.Test;

class LooseNumberTest {
  private static LooseNumber of(String typed) {
    return LooseNumber.of(typed).orElseThrow(() -> new AssertionError("not a loose number: " + typed));
  }

  @Test
  void numberYearAndCodesAsTyped() {
    assertEquals(new LooseNumber("1", null, List.of("nq", "tu")), of("01/NQ-TU"));
    assertEquals(new LooseNumber("12", null, List.of("nq", "tu")), of("NQ12-TU"));
    assertEquals(new LooseNumber("57", null, List.of("nq")), of("NQ57"));
    assertEquals(new LooseNumber("2156", null, List.of("qđ")), of("QĐ2156"));
    assertEquals(new LooseNumber("45", null, List.of("qh13")), of("45/QH13"));
    assertEquals(new LooseNumber("17", "2012", List.of()), of("17/2012"));
    assertEquals(new LooseNumber("1234", null, List.of("qđ", "ubnd")), of("1234-QĐ/UBND"));
    assertEquals(new LooseNumber("1", null, List.of("nq", "tu")), of("Số 01 / NQ - TU"));
  }

  @Test
  void notNumbers() {
    for (String s : List.of("15/3/2019", "2020", "QH13", "COVID19", "abc", "1/A-B-C-D-E", "X12", "nghị")) {
      assertTrue(LooseNumber.of(s).isEmpty(), s);
    }
  }

  @Test
  void theExpressionMatchesTheKeysOfTheSymbolsMeant() {
    assertMatches(of("01/NQ-TU"), "1-nq/tu", true);
    assertMatches(of("NQ57"), "57-nq/tw", true);
    assertMatches(of("45/QH13"), "45/2013/qh13", true);
    assertMatches(of("45/QH13"), "45/2019/qh14", false);
    assertMatches(of("17/2012"), "17/2012/qh13", true);
    assertMatches(of("17/2012"), "17/2013/qh13", false);
    assertMatches(of("QD2156"), "2156/qđ-ubnd", true); // "d" typed for "đ"
    assertMatches(of("NQ12-TU"), "112-nq/tu", false);
    assertMatches(of("CT08"), "8-ct/tu", true);
    assertMatches(LooseNumber.ofTypeAndNumber("08", "kh"), "8-ct/tu", false);
  }

  private static void assertMatches(LooseNumber n, String key, boolean expected) {
    boolean matches = new org.apache.lucene.util.automaton.CharacterRunAutomaton(Operations.determinize(
        new RegExp(n.regexp()).toAutomaton(), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT)).run(key);
    assertEquals(expected, matches, n.regexp() + " on " + key);
    assertFalse(n.regexp().isEmpty());
  }
}
