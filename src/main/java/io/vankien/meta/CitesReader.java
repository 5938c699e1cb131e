package io.vankien.meta;

import java.util.ArrayList;
import java.util.List;

/** Every other document symbol the text names ({@link DocumentNumbers}), in order of first appearance. */
final class CitesReader {
  private CitesReader() {}

  static List<String> read(DocumentZones z, String ownNumber) {
    List<String> cites = new ArrayList<>(DocumentNumbers.distinct(String.join("\n", z.raw())));
    cites.remove(ownNumber);
    return cites;
  }
}
