package io.vankien.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A fixed, seeded mix of searches drawn from a corpus manifest, in fixed proportions: single words,
 * quoted phrases, queries typed without diacritics, document numbers, and a word with a province filter,
 * a type filter and a date range. The same manifest, seed and size always give the same list.
 */
public final class QueryMix {
  /** The kinds of query in the mix, with their share in percent. */
  public enum Kind {
    WORD(30), PHRASE(20), NO_DIACRITICS(20), NUMBER(15), FILTERED(15);

    final int percent;

    Kind(int percent) {
      this.percent = percent;
    }
  }

  /**
   * One search of the mix: the query text and, for {@link Kind#FILTERED}, the filters (null otherwise).
   */
  public record Query(Kind kind, String q, String province, String type, LocalDate from, LocalDate to) {
    /** The query string of {@code GET /api/search} (without the '?'). */
    public String urlQuery() {
      StringBuilder b = new StringBuilder("q=").append(enc(q));
      if (province != null) {
        b.append("&province=").append(enc(province));
      }
      if (type != null) {
        b.append("&type=").append(enc(type));
      }
      if (from != null) {
        b.append("&from=").append(from);
      }
      if (to != null) {
        b.append("&to=").append(to);
      }
      return b.toString();
    }

    private static String enc(String s) {
      return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
  }

  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  /** Function words too common to be what anyone searches for alone. */
  private static final Set<String> COMMON = Set.of("của", "và", "các", "những", "trong", "về", "cho", "với",
      "được", "này", "theo", "năm", "ngày", "tháng", "đến", "một", "là", "có", "không", "đã", "tại", "từ",
      "trên", "the", "số");

  private QueryMix() {}

  /** {@code size} queries in the kinds' proportions, in a seeded random order. */
  public static List<Query> build(List<CorpusManifest.Entry> entries, long seed, int size) {
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("the manifest has no documents");
    }
    Random rnd = new Random(seed);
    List<Kind> kinds = new ArrayList<>(size);
    for (Map.Entry<Kind, Integer> c : counts(size).entrySet()) {
      kinds.addAll(Collections.nCopies(c.getValue(), c.getKey()));
    }
    Collections.shuffle(kinds, rnd);
    List<Query> out = new ArrayList<>(size);
    for (Kind k : kinds) {
      out.add(query(k, entries, rnd));
    }
    return out;
  }

  /** How many queries of each kind a mix of this size has (the remainder goes to single words). */
  public static Map<Kind, Integer> counts(int size) {
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    int assigned = 0;
    for (Kind k : Kind.values()) {
      int n = size * k.percent / 100;
      counts.put(k, n);
      assigned += n;
    }
    counts.merge(Kind.WORD, size - assigned, Integer::sum);
    return counts;
  }

  private static Query query(Kind kind, List<CorpusManifest.Entry> entries, Random rnd) {
    for (int attempt = 0; attempt < 1000; attempt++) {
      CorpusManifest.Entry e = entries.get(rnd.nextInt(entries.size()));
      Query q = from(kind, e, rnd);
      if (q != null) {
        return q;
      }
    }
    throw new IllegalArgumentException("the manifest has no document to make a " + kind + " query from"
        + " (titles, numbers, provinces, types and dates are needed)");
  }

  private static Query from(Kind kind, CorpusManifest.Entry e, Random rnd) {
    List<String> words = words(e.title());
    return switch (kind) {
      case WORD -> words.isEmpty() ? null : new Query(kind, pick(words, rnd), null, null, null, null);
      case PHRASE -> {
        String p = phrase(e.title(), 2 + rnd.nextInt(2), rnd);
        yield p == null ? null : new Query(kind, "\"" + p + "\"", null, null, null, null);
      }
      case NO_DIACRITICS -> {
        String p = phrase(e.title(), 1 + rnd.nextInt(2), rnd);
        yield p == null ? null : new Query(kind, fold(p), null, null, null, null);
      }
      case NUMBER -> blank(e.number()) ? null : new Query(kind, e.number(), null, null, null, null);
      case FILTERED -> {
        LocalDate d = date(e.date());
        if (words.isEmpty() || d == null || blank(e.province()) || blank(e.type())) {
          yield null;
        }
        int year = d.getYear();
        yield new Query(kind, pick(words, rnd), e.province(), e.type(),
            LocalDate.of(year - rnd.nextInt(3), 1, 1), LocalDate.of(year + rnd.nextInt(3), 12, 31));
      }
    };
  }

  /** Lower-cased words of a title worth searching for alone (3+ letters, not a function word). */
  static List<String> words(String title) {
    List<String> out = new ArrayList<>();
    for (String w : tokens(title)) {
      if (w.length() >= 3 && !COMMON.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** {@code n} consecutive words of the title starting at a random word, or null when it is shorter. */
  private static String phrase(String title, int n, Random rnd) {
    List<String> t = tokens(title);
    if (t.size() < n) {
      return null;
    }
    int start = rnd.nextInt(t.size() - n + 1);
    return String.join(" ", t.subList(start, start + n));
  }

  private static List<String> tokens(String title) {
    List<String> out = new ArrayList<>();
    if (title == null) {
      return out;
    }
    for (String w : NON_LETTERS.split(title.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** The text as typed without diacritics: tone and vowel marks dropped, đ as d. */
  static String fold(String s) {
    String noMarks = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    return noMarks.replace('đ', 'd').replace('Đ', 'D');
  }

  private static String pick(List<String> words, Random rnd) {
    return words.get(rnd.nextInt(words.size()));
  }

  private static LocalDate date(String s) {
    if (blank(s)) {
      return null;
    }
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
