package io.vankien.meta;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issuing body's province, as named on the date of issue: from the header's body lines, else its
 * place-date line, else the issuer's name; for a copy without header, a body named without its place
 * ("Ban Thường vụ Tỉnh ủy") or a district or commune body, the province its text names as its own. None
 * for a central body.
 */
final class ProvinceReader {
  private ProvinceReader() {}

  /** The province the header names: its body lines (the last that names one), else its place-date line. */
  static String fromHeader(HeaderReader.Header header, Provinces provinces) {
    String province = null;
    for (String org : header.orgLines()) {
      List<String> found = provinces.namesIn(org);
      if (!found.isEmpty()) {
        province = found.get(0);
      }
    }
    if (province == null && header.place() != null) {
      province = provinces.canonical(header.place());
    }
    return province;
  }

  /**
   * The province, from what the header named ({@code fromHeader}), the issuer, its level and the text;
   * as named on {@code date}.
   */
  static String read(DocumentZones z, String fromHeader, String issuer, Level level, LocalDate date, Provinces provinces) {
    if (level == Level.CENTRAL) {
      return null;
    }
    String province = fromHeader;
    if (province == null && issuer != null) {
      List<String> found = provinces.namesIn(issuer);
      province = found.isEmpty() ? null : found.get(0);
    }
    boolean placelessIssuer = isPlaceless(issuer);
    boolean lowerLevel = level == Level.DISTRICT || level == Level.COMMUNE; // "UBND HUYỆN MAI CHÂU" names no province
    if (province == null && (z.headerless() || placelessIssuer || lowerLevel)) {
      // a Tỉnh ủy's province is no centrally-run city; a placeless "Thành ủy" is one of a province only if it
      // is a centrally-run city (else it is a city under a province, which the text names otherwise)
      boolean ofATinh = issuer != null && OF_A_TINH.matcher(issuer).matches();
      boolean ofACity = placelessIssuer && OF_A_CITY.matcher(issuer).matches();
      province = ownProvince(z.opening(), z.flowed(), provinces,
          ofATinh ? p -> !provinces.isCentralCityOn(p, date) : ofACity ? p -> provinces.isCentralCityOn(p, date) : p -> true);
    }
    return provinces.asNamedOn(province, date);
  }

  /** A provincial body named without its province ("Ban Thường vụ Tỉnh ủy"), as a copy without header names it. */
  static boolean isPlaceless(String issuer) {
    return issuer != null && PLACELESS_PROVINCIAL_BODY.matcher(issuer).matches();
  }

  /** A provincial body named without its province ("Ban Thường vụ Tỉnh ủy"), as a copy without header does. */
  private static final Pattern PLACELESS_PROVINCIAL_BODY = Pattern.compile(
      "(?u)^(Tỉnh ủy|Ban Chấp hành Đảng bộ tỉnh|Ban Thường vụ Tỉnh ủy|Thường trực Tỉnh ủy"
          + "|Ủy ban nhân dân tỉnh|Hội đồng nhân dân tỉnh"
          + "|Thành ủy|Ban Chấp hành Đảng bộ thành phố|Ban Thường vụ Thành ủy|Thường trực Thành ủy)$");

  /** The issuing committee naming itself in the opening: "Ban Chấp hành Đảng bộ tỉnh Thái Bình khóa XX đã ...". */
  private static final Pattern OWN_BODY = Pattern.compile(
      "(?u)(?:Ban Chấp hành Đảng bộ tỉnh|Ban Thường vụ Tỉnh [ủu][yỷ]|Thường trực Tỉnh [ủu][yỷ]|Đảng bộ tỉnh"
          + "|(?:Ủy|Uỷ) ban nhân dân tỉnh|Hội đồng nhân dân tỉnh)\\s+(\\p{Lu}[\\p{L}\\p{M}]*(?:\\s\\p{Lu}[\\p{L}\\p{M}]*){0,3})");

  /**
   * The province of a document whose header does not name it: the committee naming itself in the opening
   * paragraphs, else the one province the text names with "tỉnh"/"Tỉnh ủy", else the one it names most
   * (at least twice, no tie). Null when the text names none, or several equally.
   */
  private static String ownProvince(List<String> opening, String text, Provinces provinces,
      Predicate<String> possible) {
    for (String paragraph : opening) {
      Matcher m = OWN_BODY.matcher(paragraph);
      while (m.find()) {
        String p = provinces.canonical(m.group(1));
        if (p == null) {
          List<String> named = provinces.namesIn("tỉnh " + m.group(1));
          p = named.isEmpty() ? null : named.get(0);
        }
        if (p != null && possible.test(p)) {
          return p;
        }
      }
    }
    return dominantProvince(text, provinces, possible);
  }

  /** "tỉnh Trà Vinh (cũ)": a province the text names as it was before the merger, not its own. */
  private static final Pattern FORMER = Pattern.compile("(?u)^\\s*\\(\\s*cũ\\s*\\)");

  /**
   * The province the text names as its own ("tỉnh X", "Tỉnh ủy X"), among those possible for the issuer
   * (a Tỉnh ủy's is no centrally-run city), leaving out former provinces ("(cũ)"): the only one, or the
   * most named, if clear.
   */
  private static String dominantProvince(String text, Provinces provinces, Predicate<String> possible) {
    Map<String, Integer> counts = new HashMap<>();
    for (Provinces.Match m : provinces.find(text)) {
      if (m.prefixed() && possible.test(m.name()) && !FORMER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 8)).lookingAt()) {
        counts.merge(m.name(), 1, Integer::sum);
      }
    }
    String best = null;
    int bestCount = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
        tie = false;
      } else if (e.getValue() == bestCount) {
        tie = true;
      }
    }
    return best != null && (counts.size() == 1 || (bestCount >= 2 && !tie)) ? best : null;
  }

  private static final Pattern OF_A_TINH = Pattern.compile("(?u).*(?:Tỉnh ủy|tỉnh)$");
  private static final Pattern OF_A_CITY = Pattern.compile("(?u).*(?:Thành ủy|thành phố)$");
}
