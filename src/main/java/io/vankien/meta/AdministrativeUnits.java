package io.vankien.meta;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The administrative units ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "thị trấn", "xã", "phường")
 * and the name of each one's Party committee ("Tỉnh ủy", ..., "Đảng ủy xã"), from
 * {@code administrative-units.tsv}: the one list the readers' patterns are built from.
 */
final class AdministrativeUnits {
  private AdministrativeUnits() {}

  private static final Map<String, String> COMMITTEE_OF_UNIT = new LinkedHashMap<>();

  static {
    for (String[] row : Vocabulary.rows("administrative-units.tsv")) {
      COMMITTEE_OF_UNIT.put(row[0], row.length > 1 && !row[1].isBlank() ? row[1] : "Đảng ủy " + row[0]);
    }
  }

  /** Every unit as a regex alternation: "tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường". */
  static final String UNITS = String.join("|", COMMITTEE_OF_UNIT.keySet());

  /** The units above the commune level: "tỉnh|thành phố|huyện|quận|thị xã". */
  static final String ABOVE_COMMUNE = COMMITTEE_OF_UNIT.entrySet().stream()
      .filter(e -> !e.getValue().startsWith("Đảng ủy ")).map(Map.Entry::getKey).collect(Collectors.joining("|"));

  /** The committees named after their unit: "Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy". */
  static final String COMMITTEES = COMMITTEE_OF_UNIT.values().stream()
      .filter(c -> !c.startsWith("Đảng ủy ")).collect(Collectors.joining("|"));

  /** The committee of a unit: "tỉnh" gives "Tỉnh ủy", "xã" gives "Đảng ủy xã"; null for no unit. */
  static String committeeOf(String unit) {
    return COMMITTEE_OF_UNIT.get(unit);
  }

  /** The unit of a committee named after it: "Tỉnh ủy" gives "tỉnh"; a unit gives itself; else null. */
  static String unitOf(String committeeOrUnit) {
    if (COMMITTEE_OF_UNIT.containsKey(committeeOrUnit)) {
      return committeeOrUnit;
    }
    return COMMITTEE_OF_UNIT.entrySet().stream().filter(e -> e.getValue().equals(committeeOrUnit))
        .map(Map.Entry::getKey).findFirst().orElse(null);
  }

  /** The units, in the file's order. */
  static List<String> units() {
    return List.copyOf(COMMITTEE_OF_UNIT.keySet());
  }
}
