package io.vankien.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits what staff type into {@link QueryItem}s: plain words, "quoted phrases", -exclusions, OR, field
 * prefixes (signer:, number:, title:, cites:), and document symbols, which are recognized before anything
 * else so that "01 - NQ/TU" and "408 -BC/TU" are symbols, not exclusions; a word that is a number as half
 * remembered ({@link LooseNumber}: "NQ12-TU", "QĐ2156", "17/2012") is a symbol too.
 */
final class QueryLexer {
  static final Set<String> FIELDS = fields();

  /** signer:, number:, title:, cites: and one field per citation relation (implements:48-KL/TW, basis:...). */
  private static Set<String> fields() {
    Set<String> f = new java.util.LinkedHashSet<>(List.of("signer", "number", "title", "cites"));
    io.vankien.cite.Relations.standard().all().forEach(r -> f.add(r.code()));
    return Set.copyOf(f);
  }

  // Party style 01-NQ/TU (spaces allowed around '-'); state style 1654/NQ-UBTVQH15, 45/2013/QH13, 30/2020/NĐ-CP
  private static final Pattern SYMBOL = Pattern.compile(
      "\\d{1,6}\\s*-\\s*\\p{L}{1,12}(?:/[\\p{L}\\d][\\p{L}\\d-]*+)++"
          + "|\\d{1,6}/(?:\\d{4}/)?\\p{L}[\\p{L}\\d]*+(?:\\s\\d{1,3}\\b)?(?:-[\\p{L}\\d]++)*+");
  private static final Pattern FIELD = Pattern.compile("([a-zA-Z]+):(?=\\S)");

  private QueryLexer() {}

  static List<QueryItem> lex(String q) {
    List<QueryItem> items = new ArrayList<>();
    int i = 0;
    int n = q.length();
    while (i < n) {
      char c = q.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean negated = false;
      if (c == '-' && i + 1 < n && !Character.isWhitespace(q.charAt(i + 1))
          && (!Character.isDigit(q.charAt(i + 1)) || symbolAt(q, i + 1))) {
        negated = true;
        i++;
      }
      int[] end = new int[1];
      int start = i;
      QueryItem item = readItem(q, i, end);
      i = end[0];
      if (item == null) {
        continue;
      }
      if (negated) {
        if (item instanceof QueryItem.Or) {
          throw new BadRequestException("q", "minus-before-or",
              "dấu trừ (-) phải đứng liền trước một từ hoặc cụm từ cần loại trừ, không đứng trước OR",
              q.substring(0, start - 1) + q.substring(start));
        }
        item = new QueryItem.Not(item);
      }
      items.add(item);
    }
    validate(items, q);
    return dropNumberPrefix(items);
  }

  /** "Số 01-NQ/TU", "số: 45/2013/QH13": the word "số" only introduces the symbol; it is not required. */
  private static List<QueryItem> dropNumberPrefix(List<QueryItem> items) {
    List<QueryItem> out = new ArrayList<>();
    for (int k = 0; k < items.size(); k++) {
      if (items.get(k) instanceof QueryItem.Word w && k + 1 < items.size()
          && items.get(k + 1) instanceof QueryItem.Symbol
          && w.text().toLowerCase(java.util.Locale.ROOT).matches("(số|so):?")) {
        continue;
      }
      out.add(items.get(k));
    }
    return out;
  }

  /** Whether a whole document symbol starts at {@code i} ("-01-NQ/TU" excludes that number). */
  private static boolean symbolAt(String q, int i) {
    Matcher sym = SYMBOL.matcher(q).region(i, q.length());
    return sym.lookingAt() && (sym.end() == q.length() || !Character.isLetterOrDigit(q.charAt(sym.end())));
  }

  private static QueryItem readItem(String q, int i, int[] end) {
    int n = q.length();
    Matcher sym = SYMBOL.matcher(q).region(i, n);
    if (sym.lookingAt() && (sym.end() == n || !Character.isLetterOrDigit(q.charAt(sym.end())))) {
      end[0] = sym.end();
      return new QueryItem.Symbol(sym.group());
    }
    int looseEnd = wordEnd(q, i);
    if (LooseNumber.of(q.substring(i, looseEnd)).isPresent()) {
      end[0] = looseEnd; // "NQ12-TU", "QĐ2156", "17/2012": a number as half remembered
      return new QueryItem.Symbol(q.substring(i, looseEnd));
    }
    if (q.charAt(i) == '"') {
      int close = q.indexOf('"', i + 1);
      if (close < 0) {
        throw new BadRequestException("q", "unbalanced-quote", "dấu ngoặc kép mở ở ký tự thứ " + (i + 1)
            + " chưa được đóng", q.substring(0, i) + q.substring(i + 1));
      }
      end[0] = close + 1;
      String p = q.substring(i + 1, close).strip();
      return p.isEmpty() ? null : new QueryItem.Phrase(p);
    }
    Matcher f = FIELD.matcher(q).region(i, n);
    if (f.lookingAt()) {
      String field = f.group(1).toLowerCase(java.util.Locale.ROOT);
      if (!FIELDS.contains(field)) {
        throw new BadRequestException("q", "unknown-field", "không có trường tìm kiếm “" + f.group(1)
            + ":” (chỉ dùng được " + String.join(", ", FIELDS.stream().sorted().map(s -> "“" + s + ":”").toList()) + ")",
            q.substring(0, i) + q.substring(f.end()));
      }
      int v = f.end();
      if (q.charAt(v) == '"') {
        int close = q.indexOf('"', v + 1);
        if (close < 0) {
          throw new BadRequestException("q", "unbalanced-quote", "dấu ngoặc kép sau “" + field
              + ":” chưa được đóng", q.substring(0, v) + q.substring(v + 1));
        }
        end[0] = close + 1;
        return new QueryItem.Fielded(field, q.substring(v + 1, close).strip(), true);
      }
      Matcher s = SYMBOL.matcher(q).region(v, n);
      int e = s.lookingAt() ? s.end() : wordEnd(q, v);
      end[0] = e;
      return new QueryItem.Fielded(field, q.substring(v, e), false);
    }
    int e = wordEnd(q, i);
    end[0] = e;
    String w = q.substring(i, e);
    if (w.equals("OR") || w.equals("||")) {
      return new QueryItem.Or();
    }
    if (w.equals("AND") || w.equals("&&")) {
      return null;
    }
    return new QueryItem.Word(w);
  }

  private static int wordEnd(String q, int i) {
    int e = i;
    while (e < q.length() && !Character.isWhitespace(q.charAt(e)) && q.charAt(e) != '"') {
      e++;
    }
    return e == i ? i + 1 : e;
  }

  private static void validate(List<QueryItem> items, String q) {
    for (int k = 0; k < items.size(); k++) {
      if (items.get(k) instanceof QueryItem.Or) {
        boolean okLeft = k > 0 && !(items.get(k - 1) instanceof QueryItem.Or);
        boolean okRight = k + 1 < items.size() && !(items.get(k + 1) instanceof QueryItem.Or);
        if (!okLeft || !okRight) {
          throw new BadRequestException("q", "dangling-or", "OR phải có từ hoặc cụm từ ở cả hai bên",
              q.replaceAll("^\\s*(?:(?:OR|\\|\\|)\\s+)+|(?:\\s+(?:OR|\\|\\|))+\\s*$", "")
                  .replaceAll("(\\s(?:OR|\\|\\|))(?:\\s+(?:OR|\\|\\|))+(?=\\s)", "$1")
                  .replaceAll("^\\s*(?:OR|\\|\\|)\\s*$", ""));
        }
      }
    }
  }
}
