package io.vankien.meta;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The level of the issuing body ({@link Level}): from its name, else the symbol's body code, else the signing authority. */
final class LevelReader {
  private LevelReader() {}

  /** Level of the issuing body, from its name, else from the symbol's body code. */
  static Level level(String issuer, String number, String authority, LocalDate date, Provinces provinces) {
    if (issuer != null) {
      String l = VietnameseCase.tones(issuer.toLowerCase(Locale.ROOT));
      if (CENTRAL_BODY.matcher(l).matches()) {
        return Level.CENTRAL;
      }
      if (COMMUNE_BODY.matcher(l).matches()) {
        return Level.COMMUNE;
      }
      if (DISTRICT_BODY.matcher(l).matches()) {
        return Level.DISTRICT;
      }
      Matcher city = CITY_BODY.matcher(issuer.toLowerCase(Locale.ROOT));
      if (city.find()) {
        String place = issuer.substring(city.start(2));
        return provinces.isCentralCityOn(place, date) ? Level.PROVINCIAL : Level.DISTRICT;
      }
      if (PROVINCE_BODY.matcher(l).matches()) {
        return Level.PROVINCIAL;
      }
    }
    if (number != null) {
      String body = DocumentNumbers.bodyCode(number);
      if (body != null) {
        if (body.equals("TW") || body.endsWith("TW") || CENTRAL_CODE.matcher(body).matches()) {
          return Level.CENTRAL;
        }
        if (body.equals("HU") || body.equals("QU")) {
          return Level.DISTRICT;
        }
        if (body.equals("TU")) {
          return Level.PROVINCIAL;
        }
      }
    }
    if (authority != null && OF_TINH_UY.matcher(authority.toLowerCase(Locale.ROOT)).matches()) {
      return Level.PROVINCIAL;
    }
    return null;
  }

  private static final Pattern COMMUNE_BODY = Pattern.compile("(?u).*(^|\\s)(xã|phường|thị trấn)(\\s.*|$)");
  private static final Pattern DISTRICT_BODY = Pattern.compile("(?u).*(^|\\s)(huyện|quận|thị xã|huyện ủy|quận ủy|thị ủy)(\\s.*|$)");
  private static final Pattern CITY_BODY = Pattern.compile("(?u)(thành ủy|thành phố)\\s+(.+)$");
  private static final Pattern PROVINCE_BODY = Pattern.compile("(?u).*(^|\\s)(tỉnh|tỉnh ủy)(\\s.*|$)");
  private static final Pattern CENTRAL_CODE = Pattern.compile("QH|CP|TTG|UBTVQH|CTN|HĐNN|L\\..*");
  private static final Pattern OF_TINH_UY = Pattern.compile("(?u).*\\stỉnh ủy$");
  private static final Pattern CENTRAL_BODY = Pattern.compile("(?u)^(quốc hội|chính phủ|thủ tướng.*|chủ tịch nước.*"
      + "|ủy ban thường vụ quốc hội|bộ chính trị|ban bí thư.*|ban chấp hành trung ương.*|bộ .*|văn phòng trung ương.*"
      + "|ban .* trung ương.*|tòa án nhân dân tối cao|viện kiểm sát nhân dân tối cao|kiểm toán nhà nước|ngân hàng nhà nước.*)$");
}
