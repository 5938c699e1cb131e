package io.vankien.meta;

import io.vankien.text.VietnameseText;
import java.util.Map;
import java.util.Optional;

/**
 * Who may read a document: công khai (public: anyone), nội bộ (internal: signed-in readers and up), mật
 * (restricted: staff and up). Ordered from the most to the least open; the metadata field {@code access}
 * holds the {@link #label()}, the index the {@link #code()}.
 */
public enum AccessLevel {
  PUBLIC("công khai", "public"),
  INTERNAL("nội bộ", "internal"),
  RESTRICTED("mật", "restricted");

  private final String label;
  private final String code;

  AccessLevel(String label, String code) {
    this.label = label;
    this.code = code;
  }

  /** The Vietnamese name, as the metadata field and the UI show it. */
  public String label() {
    return label;
  }

  /** The ASCII name, as the index holds it and the API accepts it. */
  public String code() {
    return code;
  }

  /** True when a caller cleared for {@code this} level may read a document at {@code level}. */
  public boolean covers(AccessLevel level) {
    return level.ordinal() <= ordinal();
  }

  /** Every way a level is written, folded (no diacritics, lower case, single spaces). */
  private static final Map<String, AccessLevel> NAMES = Map.ofEntries(
      Map.entry("cong khai", PUBLIC), Map.entry("cong-khai", PUBLIC), Map.entry("public", PUBLIC),
      Map.entry("noi bo", INTERNAL), Map.entry("noi-bo", INTERNAL), Map.entry("internal", INTERNAL),
      Map.entry("luu hanh noi bo", INTERNAL),
      Map.entry("mat", RESTRICTED), Map.entry("restricted", RESTRICTED), Map.entry("toi mat", RESTRICTED),
      Map.entry("tuyet mat", RESTRICTED));

  /** The level a value names ("công khai", "cong-khai", "public", "Tối mật", ...), if any. */
  public static Optional<AccessLevel> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(NAMES.get(fold(value)));
  }

  /** As {@link #parse}, or an IllegalArgumentException naming the accepted values. */
  public static AccessLevel require(String value) {
    return parse(value).orElseThrow(() -> new IllegalArgumentException("unknown access level '" + value
        + "' (one of: công khai / public, nội bộ / internal, mật / restricted)"));
  }

  /** The value without diacritics, in lower case, spaces collapsed ("Tối  mật" to "toi mat"). */
  static String fold(String s) {
    return VietnameseText.fold(s.strip()).replaceAll("\\s+", " ");
  }
}
