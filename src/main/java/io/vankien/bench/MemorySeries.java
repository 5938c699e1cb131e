package io.vankien.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Memory samples of a server over a run (heap used after a full GC, and resident set), and their summary:
 * first, last, max, and the least-squares slope per minute, which is near zero when memory is stable.
 */
public final class MemorySeries {
  /** One sample: seconds since the series began, heap used after GC (KB, -1 when unknown) and RSS (KB). */
  public record Sample(double seconds, long heapKb, long rssKb) {}

  /** A summary of one measure, in MB (MB per minute for the slope); null values when no samples. */
  public record Summary(int samples, Double firstMb, Double lastMb, Double maxMb, Double slopeMbPerMinute) {}

  private final List<Sample> samples = new ArrayList<>();

  public synchronized void add(Sample s) {
    samples.add(s);
  }

  public synchronized List<Sample> samples() {
    return List.copyOf(samples);
  }

  public Summary heap() {
    return summary(samples(), true);
  }

  public Summary rss() {
    return summary(samples(), false);
  }

  static Summary summary(List<Sample> all, boolean heap) {
    List<double[]> points = new ArrayList<>();
    for (Sample s : all) {
      long kb = heap ? s.heapKb() : s.rssKb();
      if (kb >= 0) {
        points.add(new double[] {s.seconds() / 60.0, kb / 1024.0});
      }
    }
    if (points.isEmpty()) {
      return new Summary(0, null, null, null, null);
    }
    double max = points.stream().mapToDouble(p -> p[1]).max().orElseThrow();
    return new Summary(points.size(), points.get(0)[1], points.get(points.size() - 1)[1], max, slope(points));
  }

  /** Least-squares slope of y over x; null with fewer than two distinct x. */
  static Double slope(List<double[]> points) {
    int n = points.size();
    double mx = points.stream().mapToDouble(p -> p[0]).sum() / n;
    double my = points.stream().mapToDouble(p -> p[1]).sum() / n;
    double sxy = 0;
    double sxx = 0;
    for (double[] p : points) {
      sxy += (p[0] - mx) * (p[1] - my);
      sxx += (p[0] - mx) * (p[0] - mx);
    }
    return sxx == 0 ? null : sxy / sxx;
  }
}
