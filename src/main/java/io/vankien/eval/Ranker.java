package io.vankien.eval;

import java.io.IOException;
import java.util.List;

/** A system under evaluation: a query to the file names of its top documents. */
public interface Ranker {
  String name();

  List<String> rank(String query, int k) throws IOException;
}
