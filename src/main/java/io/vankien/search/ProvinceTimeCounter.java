package io.vankien.search;

import io.vankien.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;

/**
 * Counts matching documents by (province after 2025, province as named then, period) in one pass over the
 * matches, reading the facet doc values ({@link Schema#F_PROVINCE_CURRENT}, {@link Schema#F_PROVINCE} and
 * {@link Schema#F_YEAR} or {@link Schema#F_MONTH}): no search per cell. Each leaf counts by its own
 * ordinals, then adds its non-zero cells to the totals by name.
 */
final class ProvinceTimeCounter implements CollectorManager<ProvinceTimeCounter.LeafCounts, Map<ProvinceTimeCounter.Cell, Long>> {
  /** One cell of the table: "" stands for no value (no province, no date). */
  record Cell(String current, String former, String period) {}

  private final String field;
  private final String periodDim;

  ProvinceTimeCounter(FacetsConfig config, String periodDim) {
    this.periodDim = periodDim;
    this.field = config.getDimConfig(periodDim).indexFieldName;
    for (String dim : List.of(Schema.F_PROVINCE, Schema.F_PROVINCE_CURRENT)) {
      if (!config.getDimConfig(dim).indexFieldName.equals(field)) {
        throw new IllegalStateException("the province and period facets are expected in one doc-values field");
      }
    }
  }

  @Override
  public LeafCounts newCollector() {
    return new LeafCounts();
  }

  @Override
  public Map<Cell, Long> reduce(Collection<LeafCounts> collectors) {
    Map<Cell, Long> all = new HashMap<>();
    for (LeafCounts c : collectors) {
      c.flush();
      c.addTo(all);
    }
    return all;
  }

  /**
   * The ordinals of one dimension's terms in a leaf (a contiguous run: the terms are sorted and begin with
   * the dimension's name), each with the index of the distinct value it stands for.
   */
  private record DimOrds(long first, int[] index, String[] values) {
    static final DimOrds NONE = new DimOrds(0, new int[0], new String[0]);

    /** Index of the value (0..values-1) this ordinal stands for, or -1 when it is not of this dimension. */
    int indexOf(long ord) {
      long i = ord - first;
      return i >= 0 && i < index.length ? index[(int) i] : -1;
    }

    /** The leaf's terms of {@code dim}, read as their path component {@code depth}. */
    static DimOrds of(SortedSetDocValues dv, String dim, int depth) throws IOException {
      BytesRef prefix = new BytesRef(dim + FacetsConfig.DELIM_CHAR);
      TermsEnum te = dv.termsEnum();
      if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
        return NONE;
      }
      long first = te.ord();
      List<Integer> index = new ArrayList<>();
      Map<String, Integer> distinct = new java.util.LinkedHashMap<>();
      for (BytesRef t = te.term(); t != null && startsWith(t, prefix); t = te.next()) {
        String[] path = FacetsConfig.stringToPath(t.utf8ToString());
        String value = path.length > depth ? path[depth] : "";
        index.add(distinct.computeIfAbsent(value, v -> distinct.size()));
      }
      return new DimOrds(first, index.stream().mapToInt(Integer::intValue).toArray(),
          distinct.keySet().toArray(String[]::new));
    }

    private static boolean startsWith(BytesRef t, BytesRef prefix) {
      return t.length >= prefix.length && java.util.Arrays.equals(t.bytes, t.offset, t.offset + prefix.length,
          prefix.bytes, prefix.offset, prefix.offset + prefix.length);
    }
  }

  /**
   * A segment's ordinals of each dimension, read once per segment (its doc values never change): by the
   * segment core's cache key, weakly, so a merged-away segment's entry goes with it.
   */
  private static final Map<IndexReader.CacheKey, Map<String, DimOrds>> ORDS =
      java.util.Collections.synchronizedMap(new WeakHashMap<>());

  /** The leaf's ordinals of {@code dim} (path component 1: the value, or the province now). */
  private static DimOrds ordsOf(LeafReaderContext leaf, SortedSetDocValues dv, String dim) throws IOException {
    IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
    if (core == null) {
      return DimOrds.of(dv, dim, 1);
    }
    Map<String, DimOrds> byDim = ORDS.computeIfAbsent(core.getKey(), k -> new ConcurrentHashMap<>());
    DimOrds ords = byDim.get(dim);
    if (ords == null) {
      ords = DimOrds.of(dv, dim, 1);
      byDim.put(dim, ords);
    }
    return ords;
  }

  /** Counts of one slice of the matches, leaf by leaf. */
  final class LeafCounts implements Collector {
    // the slice's totals: the names seen (index 0 is "", no value), and per (province now, province then)
    // pair of name indexes, the counts by period name index
    private final Names currentNames = new Names();
    private final Names formerNames = new Names();
    private final Names periodNames = new Names();
    private final Map<Long, long[]> totals = new HashMap<>();
    private DimOrds currents;
    private DimOrds formers;
    private DimOrds periods;
    // by (current + 1) * (formers + 1) + former + 1, a row over period + 1 (index 0: no value), made when
    // first used: a leaf holds few (province, province then) pairs, and up to a thousand months
    private int[][] counts;

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      flush();
      SortedSetDocValues dv = DocValues.getSortedSet(context.reader(), field);
      // provinceCurrent holds the path [province now, province then] (and its prefix): component 1 is now
      currents = ordsOf(context, dv, Schema.F_PROVINCE_CURRENT);
      formers = ordsOf(context, dv, Schema.F_PROVINCE);
      periods = ordsOf(context, dv, periodDim);
      int nf = formers.values().length + 1;
      int np = periods.values().length + 1;
      counts = new int[(currents.values().length + 1) * nf][];
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          int c = 0;
          int f = 0;
          int p = 0;
          if (dv.advanceExact(doc)) {
            for (int i = 0, n = dv.docValueCount(); i < n; i++) {
              long ord = dv.nextOrd();
              int k;
              if ((k = currents.indexOf(ord)) >= 0) {
                c = k + 1;
              } else if ((k = formers.indexOf(ord)) >= 0) {
                f = k + 1;
              } else if ((k = periods.indexOf(ord)) >= 0) {
                p = k + 1;
              }
            }
          }
          int[] row = counts[c * nf + f];
          if (row == null) {
            row = counts[c * nf + f] = new int[np];
          }
          row[p]++;
        }
      };
    }

    /**
     * Adds the last leaf's counts to the slice's totals: its value indexes mapped to the slice's name
     * indexes once per leaf, the counts added as numbers (no cell is named before {@link #addTo}).
     */
    void flush() {
      if (counts == null) {
        return;
      }
      int[] cg = currentNames.indexes(currents.values());
      int[] fg = formerNames.indexes(formers.values());
      int[] pg = periodNames.indexes(periods.values());
      int nf = formers.values().length + 1;
      for (int i = 0; i < counts.length; i++) {
        int[] row = counts[i];
        if (row == null) {
          continue;
        }
        long key = ((long) cg[i / nf] << 32) | fg[i % nf];
        long[] sum = totals.get(key);
        if (sum == null || sum.length < periodNames.size()) {
          long[] grown = new long[periodNames.size()];
          if (sum != null) {
            System.arraycopy(sum, 0, grown, 0, sum.length);
          }
          totals.put(key, sum = grown);
        }
        for (int p = 0; p < row.length; p++) {
          sum[pg[p]] += row[p];
        }
      }
      counts = null;
    }

    /** Adds the slice's non-zero cells to {@code all}, by name. */
    void addTo(Map<Cell, Long> all) {
      totals.forEach((key, sum) -> {
        String current = currentNames.name((int) (key >>> 32));
        String former = formerNames.name((int) (key & 0xFFFFFFFFL));
        for (int p = 0; p < sum.length; p++) {
          if (sum[p] > 0) {
            all.merge(new Cell(current, former, periodNames.name(p)), sum[p], Long::sum);
          }
        }
      });
    }
  }

  /** Names by index, "" (no value) at 0. */
  private static final class Names {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    Names() {
      index.put("", 0);
      names.add("");
    }

    int size() {
      return names.size();
    }

    String name(int i) {
      return names.get(i);
    }

    /** The index of each of a leaf's values, one more in front for "no value" (0). */
    int[] indexes(String[] values) {
      int[] out = new int[values.length + 1];
      for (int i = 0; i < values.length; i++) {
        out[i + 1] = index.computeIfAbsent(values[i], v -> {
          names.add(v);
          return names.size() - 1;
        });
      }
      return out;
    }
  }
}
