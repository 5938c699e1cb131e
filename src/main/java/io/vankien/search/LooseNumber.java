package io.vankien.search;

import io.vankien.index.Schema;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;

/**
 * A document number as staff half remember it: its number, perhaps its year, and some of its codes, in
 * their order but with the separators swapped ("01/NQ-TU" for 01-NQ/TU), run together with the type code
 * ("NQ12-TU", "NQ57", "QĐ2156"), or partial ("45/QH13" and "17/2012" for 45/2013/QH13 and 17/2012/QH13).
 * It matches every symbol key (see {@link io.vankien.analysis.DocumentSymbol}) with that number, that year
 * if one was typed, and those codes in that order, other codes allowed around them: a regular expression
 * over the keys of {@link Schema#NUMBER_KEY} and {@link Schema#CITES_KEY}, a few hundred terms.
 *
 * @param number the number without leading zeros ("1" for "01")
 * @param year the four-digit year, or null
 * @param codes the codes in lower case ("nq", "tu"), possibly none when a year was typed
 */
record LooseNumber(String number, String year, List<String> codes) {
  /**
   * number first: "01/NQ-TU", "45/QH13", "17/2012", "1234-QĐ/UBND", "Số 01/NQ-TU". The parts after the number
   * are bounded (a year and {@link #MAX_CODES} codes, one spare): an unbounded repeated group recurses once
   * per part in java.util.regex and overflows the stack on a long hostile line (PatternsOnHostileTextTest).
   */
  private static final Pattern NUMBER_FIRST = Pattern.compile(
      "(?:[Ss][ốo]\\s*:?\\s*)?0*(\\d{1,6})((?:\\s{0,2}[-/\u2013]\\s{0,2}[\\p{L}\\d]++){1,6})");
  /** type code first: "NQ12-TU", "NQ57", "CT08", "QĐ2156", "NQ01/TU"; the parts after it bounded as above. */
  private static final Pattern CODE_FIRST = Pattern.compile(
      "(\\p{L}{2,5})0*(\\d{1,6})((?:[-/\u2013][\\p{L}\\d]++){0,6})");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
  private static final Pattern CODE = Pattern.compile("\\p{L}[\\p{L}\\d]*");
  /** Most codes in a loose number ("NQ-HĐND", "QĐ-UBND", "NĐ-CP": two; "UBTVQH15" one). */
  static final int MAX_CODES = 4;

  /** The loose number {@code typed} is as a whole, if it is one. */
  static Optional<LooseNumber> of(String typed) {
    if (typed == null || typed.length() > 64) {
      return Optional.empty();
    }
    String t = Normalizer.normalize(typed.strip(), Normalizer.Form.NFC);
    Matcher m = NUMBER_FIRST.matcher(t);
    if (m.matches()) {
      return of(m.group(1), List.of(), m.group(2));
    }
    m = CODE_FIRST.matcher(t);
    if (m.matches() && DocumentTypeNames.isCode(m.group(1))) {
      return of(m.group(2), List.of(m.group(1)), m.group(3));
    }
    return Optional.empty();
  }

  /** A bare number after a type name ("nghị quyết 57"): that number with the type's codes, any of them. */
  static LooseNumber ofTypeAndNumber(String number, String code) {
    return new LooseNumber(number.replaceFirst("^0+(?=\\d)", ""), null, List.of(code.toLowerCase(Locale.ROOT)));
  }

  private static Optional<LooseNumber> of(String number, List<String> leadingCodes, String rest) {
    String year = null;
    List<String> codes = new ArrayList<>();
    leadingCodes.forEach(c -> codes.add(c.toLowerCase(Locale.ROOT)));
    for (String part : rest.split("[-/\u2013]")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      if (year == null && codes.isEmpty() && YEAR.matcher(p).matches()) {
        year = p;
      } else if (CODE.matcher(p).matches()) {
        codes.add(p.toLowerCase(Locale.ROOT));
      } else {
        return Optional.empty(); // "15/3/2019": a date, not a number
      }
    }
    if (codes.isEmpty() && year == null || codes.size() > MAX_CODES) {
      return Optional.empty(); // real symbols have one to three codes; more would only grow the automaton
    }
    return Optional.of(new LooseNumber(number.replaceFirst("^0+(?=\\d)", ""), year, List.copyOf(codes)));
  }

  /** The regular expression over symbol keys (the same in Lucene's syntax and java.util.regex). */
  String regexp() {
    String other = "([\\-/][^\\-/]+)*";
    StringBuilder re = new StringBuilder(number);
    re.append(year == null ? "(/[0-9]{4})?" : "/" + year);
    for (String c : codes) {
      re.append(other).append("[\\-/]").append(code(c));
    }
    return re.append(other).toString();
  }

  /** A code's letters, "đ" and "d" alike (a key is indexed with "đ" and folded, but the query may lack the mark). */
  private static String code(String c) {
    StringBuilder out = new StringBuilder();
    for (char ch : c.toCharArray()) {
      if (ch == 'd' || ch == 'đ') {
        out.append("[dđ]");
      } else if (Character.isLetterOrDigit(ch)) {
        out.append(ch);
      } else {
        out.append('\\').append(ch);
      }
    }
    return out.toString();
  }

  /** Documents whose own number this is, at a constant score. */
  Query ownNumber() {
    return new ConstantScoreQuery(new SymbolKeyQuery(Schema.NUMBER_KEY, number, regexp()));
  }

  /** Documents citing it, at a constant score. */
  Query cited() {
    return new ConstantScoreQuery(new SymbolKeyQuery(Schema.CITES_KEY, number, regexp()));
  }
}
