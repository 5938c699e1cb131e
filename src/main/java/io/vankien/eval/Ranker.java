package io.vankien.eval;

import java.io.IOException;
import java.util.List;

/** A system under evaluation: a query to the file names of its top documents. */
public interface Ranker {
  String name();

  List<String> rank(String query, int k) throws IOException;

  /** A ranked document and its score (NaN where the ranker shows none). */
  record Scored(String source, float score) {
    @Override
    public String toString() {
      return Float.isNaN(score) ? source : source + " " + String.format(java.util.Locale.ROOT, "%.6f", score);
    }
  }

  /** The top {@code k} with their scores ({@code eval --verbose}); the ranking is {@link #rank}'s. */
  default List<Scored> scored(String query, int k) throws IOException {
    return rank(query, k).stream().map(s -> new Scored(s, Float.NaN)).toList();
  }
}
