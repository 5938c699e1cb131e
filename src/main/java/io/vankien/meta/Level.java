package io.vankien.meta;

import java.util.Optional;

/** The administrative level of an issuing body; {@link #code()} is what a record and the level facet hold. */
public enum Level {
  CENTRAL("central"),
  PROVINCIAL("provincial"),
  DISTRICT("district"),
  COMMUNE("commune");

  private final String code;

  Level(String code) {
    this.code = code;
  }

  /** "central", "provincial", "district", "commune". */
  public String code() {
    return code;
  }

  /** The level of a code as a record holds it; empty for null or an unknown code. */
  public static Optional<Level> ofCode(String code) {
    for (Level l : values()) {
      if (l.code.equals(code)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
