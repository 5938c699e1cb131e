package io.vankien.bench;

import java.util.Locale;

/**
 * One body that issues generated documents: its kind, the province it belongs to (63-list name, as the
 * manifest names it), the unit it is named after on the documents' dates (the province, or after 1 July
 * 2025 the province it became; or a district), and for a Party department its name. Immutable; it knows
 * how the body is written in a header, a number and a citation.
 */
record Issuer(Kind kind, String province, String provinceCurrent, String unit, boolean city, String department) {

  /** The kinds of issuing body. */
  enum Kind {
    /** Tỉnh ủy / Thành ủy: Party layout, provincial level. */
    PARTY_PROVINCE,
    /** A department of the Tỉnh ủy (Ban Tuyên giáo, Ban Tổ chức, Ủy ban Kiểm tra, Văn phòng). */
    PARTY_DEPARTMENT,
    /** Huyện ủy: Party layout, district level. */
    PARTY_DISTRICT,
    /** Ủy ban nhân dân tỉnh: state layout. */
    PEOPLES_COMMITTEE,
    /** Hội đồng nhân dân tỉnh: state layout. */
    PEOPLES_COUNCIL
  }

  boolean party() {
    return kind == Kind.PARTY_PROVINCE || kind == Kind.PARTY_DEPARTMENT || kind == Kind.PARTY_DISTRICT;
  }

  boolean district() {
    return kind == Kind.PARTY_DISTRICT;
  }

  /** A key naming this body alone (numbering and signers are per body). */
  String key() {
    return kind + "|" + unit + "|" + (department == null ? "" : department);
  }

  /** "tỉnh Hà Nam", "thành phố Hà Nội", "huyện Nam Đàn" ("Thành phố Hồ Chí Minh", as that city writes it). */
  String unitWithKind() {
    if (unit.equals("Hồ Chí Minh") && !district()) {
      return "Thành phố Hồ Chí Minh";
    }
    return (district() ? "huyện " : city ? "thành phố " : "tỉnh ") + unit;
  }

  /** "Tỉnh ủy", "Thành ủy", "Huyện ủy": the Party committee of the unit. */
  String committee() {
    return district() ? "Huyện ủy" : city ? "Thành ủy" : "Tỉnh ủy";
  }

  /** The body as named in full: "Tỉnh ủy Hà Nam", "Ban Tuyên giáo Tỉnh ủy Hà Nam", "Ủy ban nhân dân tỉnh Hà Nam". */
  String name() {
    return switch (kind) {
      case PARTY_PROVINCE, PARTY_DISTRICT -> committee() + " " + namedUnit();
      case PARTY_DEPARTMENT -> department + " " + committee() + " " + namedUnit();
      case PEOPLES_COMMITTEE -> "Ủy ban nhân dân " + unitWithKind();
      case PEOPLES_COUNCIL -> "Hội đồng nhân dân " + unitWithKind();
    };
  }

  /** The unit after "Tỉnh ủy"/"Thành ủy": "Hà Nam", but "Thành phố Hồ Chí Minh" as that city writes it. */
  String namedUnit() {
    return unit.equals("Hồ Chí Minh") && !district() ? unitWithKind() : unit;
  }

  /** Who acts for the body, as a citation names it: "Ban Thường vụ Tỉnh ủy", "Ủy ban nhân dân tỉnh". */
  String authority() {
    return switch (kind) {
      case PARTY_PROVINCE, PARTY_DISTRICT -> "Ban Thường vụ " + committee();
      case PARTY_DEPARTMENT -> department + " " + committee();
      case PEOPLES_COMMITTEE -> "Ủy ban nhân dân " + (city ? "thành phố" : "tỉnh");
      case PEOPLES_COUNCIL -> "Hội đồng nhân dân " + (city ? "thành phố" : "tỉnh");
    };
  }

  /** The issuer part of a document number: "TU", "HU", "BTGTU", "UBND", "HĐND". */
  String numberSuffix() {
    return switch (kind) {
      case PARTY_PROVINCE -> "TU";
      case PARTY_DISTRICT -> "HU";
      case PARTY_DEPARTMENT -> switch (department) {
        case "Ban Tuyên giáo" -> "BTGTU";
        case "Ban Tổ chức" -> "BTCTU";
        case "Ủy ban Kiểm tra" -> "UBKTTU";
        case "Ban Dân vận" -> "BDVTU";
        default -> "VPTU";
      };
      case PEOPLES_COMMITTEE -> "UBND";
      case PEOPLES_COUNCIL -> "HĐND";
    };
  }

  static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }
}
