package io.vankien.search;

import io.vankien.index.Archive;
import io.vankien.index.ReadScope;
import io.vankien.meta.AccessLevel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Times the province x period table against the counts-only search of the same request, on an archive
 * opened read-only (not a unit test: run by hand, {@code java ... io.vankien.search.ProvinceTimeProbe DATA_DIR}).
 * Prints the median and 90th percentile of each over repeated runs after a warm-up.
 */
public final class ProvinceTimeProbe {
  private ProvinceTimeProbe() {}

  public static void main(String[] args) throws Exception {
    int runs = Integer.parseInt(System.getProperty("runs", "21"));
    try (Archive archive = Archive.openReadOnly(Path.of(args[0]))) {
      for (ReadScope scope : List.of(ReadScope.EVERYTHING, ReadScope.PUBLIC,
          new ReadScope(AccessLevel.INTERNAL, java.util.Set.of()))) {
        SearchService s = new SearchService(archive.searcher()).as(scope);
        for (String[] r : List.of(new String[] {"", "year"}, new String[] {"kinh tế", "year"},
            new String[] {"nghị quyết", "year"}, new String[] {"\"chuyển đổi số\"", "year"},
            new String[] {"", "month"})) {
          SearchRequest req = SearchRequest.builder().q(r[0]).build();
          ProvinceTimeTable.By by = ProvinceTimeTable.By.parse(r[1]);
          long[] table = new long[runs];
          long[] counts = new long[runs];
          ProvinceTimeTable t = null;
          for (int i = -runs; i < runs; i++) {
            long a = System.nanoTime();
            t = s.provinceTime(req, by);
            long b = System.nanoTime();
            s.search(req.countsOnly());
            long c = System.nanoTime();
            if (i >= 0) {
              table[i] = b - a;
              counts[i] = c - b;
            }
          }
          System.out.printf("%-10s q=%-18s by=%-5s matches=%7d rows=%2d periods=%3d  table p50 %6.1f ms p90 %6.1f ms"
              + " | counts-only search p50 %6.1f ms p90 %6.1f ms%n", scope.clearance().code(), r[0], r[1], t.total(),
              t.rows().size(), t.periods().size(), ms(table, 50), ms(table, 90), ms(counts, 50), ms(counts, 90));
        }
      }
    }
  }

  private static double ms(long[] nanos, int pct) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return s[Math.min(s.length - 1, s.length * pct / 100)] / 1e6;
  }
}
