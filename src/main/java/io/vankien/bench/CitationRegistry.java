package io.vankien.bench;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The documents generated so far that later ones may cite: per province, the latest Party documents of
 * the province's committee and departments, the latest of its People's Committee and Council, and per
 * district the latest of its committee (at most {@value #KEEP} each, so memory stays bounded however many
 * documents are generated). A document cites only earlier ones of its own or a higher level: a Party body
 * cites its province's Party documents, a state body those and the state's, a district its own and its
 * province's Party documents.
 */
final class CitationRegistry {
  static final int KEEP = 300;

  /** What a citation needs of an earlier document. */
  record Citable(String type, String number, LocalDate date, String authority, String unit, String subject) {}

  private final Map<String, ArrayDeque<Citable>> lists = new HashMap<>();

  /** Up to {@code count} distinct earlier documents for a document of the issuer to cite. */
  List<Citable> choose(Issuer issuer, int count, RandomGenerator rnd) {
    List<ArrayDeque<Citable>> from = new ArrayList<>();
    add(from, "party|" + issuer.province());
    if (!issuer.party()) {
      add(from, "state|" + issuer.province());
    }
    if (issuer.district()) {
      add(from, "district|" + issuer.province() + "|" + issuer.unit());
    }
    int total = from.stream().mapToInt(ArrayDeque::size).sum();
    Set<Citable> out = new LinkedHashSet<>();
    for (int tries = 0; out.size() < Math.min(count, total) && tries < count * 4; tries++) {
      int r = rnd.nextInt(total);
      for (ArrayDeque<Citable> d : from) {
        if (r < d.size()) {
          out.add(nth(d, r)); // any of the latest KEEP, each as likely
          break;
        }
        r -= d.size();
      }
    }
    return List.copyOf(out);
  }

  /** Records a generated document that later ones may cite. */
  void add(Issuer issuer, Citable doc) {
    String key = issuer.district() ? "district|" + issuer.province() + "|" + issuer.unit()
        : (issuer.party() ? "party|" : "state|") + issuer.province();
    ArrayDeque<Citable> d = lists.computeIfAbsent(key, k -> new ArrayDeque<>());
    d.addLast(doc);
    if (d.size() > KEEP) {
      d.removeFirst();
    }
  }

  private void add(List<ArrayDeque<Citable>> from, String key) {
    ArrayDeque<Citable> d = lists.get(key);
    if (d != null && !d.isEmpty()) {
      from.add(d);
    }
  }

  private static Citable nth(ArrayDeque<Citable> d, int i) {
    int k = 0;
    for (Citable c : d) {
      if (k++ == i) {
        return c;
      }
    }
    throw new IndexOutOfBoundsException(i);
  }
}
