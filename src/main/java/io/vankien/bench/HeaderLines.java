package io.vankien.bench;

import io.vankien.meta.Provinces;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The header of a generated document as text exported from Word gives it: the two header columns one after
 * the other (the body's name, "*" or a rule, the number; the Party's or the state's motto, the place and
 * date), in the layouts real archives hold, chosen at random among a few arrangements of each. Stateless.
 */
final class HeaderLines {
  private HeaderLines() {}

  /**
   * The header lines; {@code letterSubject} ("V/v ...") goes under the number, as a letter has it, or is
   * null.
   */
  static List<String> of(Issuer issuer, String number, LocalDate date, String letterSubject, RandomGenerator rnd) {
    List<String> out = new ArrayList<>();
    String dateLine = place(issuer) + ", " + dateWords(date, rnd);
    String unitCaps = Issuer.upper(issuer.unitWithKind()); // "TỈNH HÀ NAM"
    String named = Issuer.upper(issuer.namedUnit()); // "HÀ NAM", "THÀNH PHỐ HỒ CHÍ MINH"
    if (issuer.party()) {
      String committee = Issuer.upper(issuer.committee());
      String numberLine = "Số " + number;
      List<String> body = new ArrayList<>();
      switch (issuer.kind()) {
        case PARTY_PROVINCE -> {
          if (rnd.nextInt(3) == 0) {
            body.add("ĐẢNG BỘ " + unitCaps);
            body.add(committee);
          } else {
            body.add(committee + " " + named);
          }
        }
        case PARTY_DEPARTMENT -> {
          body.add(rnd.nextBoolean() ? committee + " " + named : "ĐẢNG BỘ " + unitCaps);
          body.add(Issuer.upper(issuer.department()));
        }
        case PARTY_DISTRICT -> {
          body.add("ĐẢNG BỘ " + Issuer.upper((Provinces.load().isCentralCity(issuer.province()) ? "thành phố " : "tỉnh ")
              + issuer.province()));
          body.add(committee + " " + Issuer.upper(issuer.unit()));
        }
        default -> throw new IllegalStateException(issuer.kind().toString());
      }
      if (rnd.nextInt(3) == 0) { // motto first, then the body, number, place and date
        out.add("ĐẢNG CỘNG SẢN VIỆT NAM");
        out.addAll(body);
        out.add("*");
        out.add(numberLine);
        subject(out, letterSubject);
        out.add(dateLine);
      } else {
        out.addAll(body);
        out.add("*");
        out.add(numberLine);
        subject(out, letterSubject);
        out.add("");
        out.add("ĐẢNG CỘNG SẢN VIỆT NAM");
        out.add(dateLine);
      }
      return out;
    }
    String council = issuer.kind() == Issuer.Kind.PEOPLES_COUNCIL ? "HỘI ĐỒNG NHÂN DÂN" : "ỦY BAN NHÂN DÂN";
    switch (rnd.nextInt(5)) {
      case 0 -> out.add(council + " " + unitCaps);
      case 1 -> out.add((issuer.kind() == Issuer.Kind.PEOPLES_COUNCIL ? "HĐND " : "UBND ") + unitCaps);
      default -> {
        out.add(council);
        out.add(unitCaps);
      }
    }
    out.add("-------");
    out.add("Số: " + number);
    subject(out, letterSubject);
    out.add("");
    out.add("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    out.add("Độc lập - Tự do - Hạnh phúc");
    out.add("---------------");
    out.add(dateLine);
    return out;
  }

  private static void subject(List<String> out, String letterSubject) {
    if (letterSubject != null) {
      out.add("V/v " + letterSubject);
    }
  }

  /** Where the document is signed, as its place-date line names it: the province or the district. */
  static String place(Issuer issuer) {
    if (issuer.district()) {
      return issuer.unit();
    }
    return issuer.unit().equals("Hồ Chí Minh") ? "TP. Hồ Chí Minh" : issuer.unit();
  }

  /** "ngày 05 tháng 3 năm 2018": days below 10 mostly with a zero, January and February always. */
  static String dateWords(LocalDate date, RandomGenerator rnd) {
    int d = date.getDayOfMonth();
    int m = date.getMonthValue();
    String day = d < 10 && rnd.nextInt(4) != 0 ? "0" + d : Integer.toString(d);
    String month = m <= 2 ? "0" + m : Integer.toString(m);
    return "ngày " + day + " tháng " + month + " năm " + date.getYear();
  }
}
