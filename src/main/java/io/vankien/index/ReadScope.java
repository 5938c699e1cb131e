package io.vankien.index;

import io.vankien.meta.AccessLevel;
import java.util.Set;

/**
 * What one caller may read: public documents everywhere, and documents up to {@code clearance} in {@code
 * provinces} (a province matches a document named under it then or now: "Hà Nam" or "Ninh Bình" after
 * 2025); no provinces means every province. {@link #EVERYTHING} is the archive's own (commands run on the
 * machine that holds the data folder, ingest, upgrades); {@link #PUBLIC} is an anonymous caller's.
 */
public record ReadScope(AccessLevel clearance, Set<String> provinces) {
  public static final ReadScope EVERYTHING = new ReadScope(AccessLevel.RESTRICTED, Set.of());
  public static final ReadScope PUBLIC = new ReadScope(AccessLevel.PUBLIC, Set.of());

  public ReadScope {
    if (clearance == null) {
      throw new IllegalArgumentException("a clearance is required");
    }
    provinces = provinces == null ? Set.of() : Set.copyOf(provinces);
  }

  /** True when the scope is limited to some provinces. */
  public boolean isProvincial() {
    return !provinces.isEmpty();
  }
}
