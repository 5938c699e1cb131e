package io.vankien.bench;

import io.vankien.meta.Provinces;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Chooses the issuing body of each generated document: the province (the 63 former provinces, each as
 * likely), then the kind of body in the proportions of a provincial archive (Party committee, its
 * departments, district committees, People's Committee and Council). From 1 July 2025 a body is named
 * after the province its province became, and districts (abolished that day) issue nothing. Holds the
 * districts of {@code districts.txt} (a district list for some of the provinces).
 */
final class IssuerCatalog {
  private static final List<String> DEPARTMENTS = List.of("Ban Tuyên giáo", "Ban Tổ chức", "Ủy ban Kiểm tra",
      "Ban Dân vận", "Văn phòng");

  private final Provinces provinces = Provinces.load();
  private final Map<String, List<String>> districts = readDistricts();

  /** A body for a document of the province dated on the date. */
  Issuer choose(String province, LocalDate date, RandomGenerator rnd) {
    boolean merged = !date.isBefore(Provinces.MERGER);
    String current = provinces.currentOf(province);
    String unit = merged ? current : province;
    boolean city = provinces.isCentralCityOn(unit, date);
    int r = rnd.nextInt(100);
    List<String> ds = districts.get(province);
    if (r < 12 && ds != null && !merged) {
      return new Issuer(Issuer.Kind.PARTY_DISTRICT, province, current, ds.get(rnd.nextInt(ds.size())), false, null);
    }
    if (r < 52) {
      return new Issuer(Issuer.Kind.PARTY_PROVINCE, province, current, unit, city, null);
    }
    if (r < 62) {
      String dept = DEPARTMENTS.get(rnd.nextInt(DEPARTMENTS.size()));
      return new Issuer(Issuer.Kind.PARTY_DEPARTMENT, province, current, unit, city, dept);
    }
    if (r < 92) {
      return new Issuer(Issuer.Kind.PEOPLES_COMMITTEE, province, current, unit, city, null);
    }
    return new Issuer(Issuer.Kind.PEOPLES_COUNCIL, province, current, unit, city, null);
  }

  private static Map<String, List<String>> readDistricts() {
    Map<String, List<String>> out = new HashMap<>();
    try (InputStream in = IssuerCatalog.class.getResourceAsStream("districts.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource io/vankien/bench/districts.txt");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        String province = line.substring(0, colon).strip();
        if (Provinces.load().canonical(province) == null) {
          throw new IllegalStateException("districts.txt: not a province: " + province);
        }
        out.put(Provinces.load().canonical(province),
            Arrays.stream(line.substring(colon + 1).split(",")).map(String::strip).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }
}
