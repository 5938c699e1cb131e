package io.vankien.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link TermKey}, one nested class per rule of its Javadoc, on terms as the extractor and archivists type them. */
class TermKeyTest {
  private static final String PROVINCIAL = "provincial";
  private static final String DISTRICT = "district";
  private static final String COMMUNE = "commune";
  private static final String TINH_UY = "Tỉnh ủy Hà Nam";

  private static String party(String typed, String date) {
    return TermKey.of(typed, TINH_UY, PROVINCIAL, date == null ? null : LocalDate.parse(date));
  }

  @Nested
  class PartyCongress {
    @Test
    void everyFormOfOneCongressIsOneValue() {
      for (String typed : List.of("khóa XIX", "khoá XIX", "KHÓA XIX", "khóa xix", "khoá 19", "Đại hội XIX",
          "Đại hội XIX, nhiệm kỳ 2015-2020", "Đại hội XIX, nhiệm kỳ 2015 - 2020", "Đại hội XIX (2015-2020)",
          "Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2015 – 2020", "Đại hội Đảng bộ tỉnh lần thứ XIX")) {
        assertEquals("Đại hội XIX (2015-2020)", party(typed, "2017-03-10"), typed);
      }
    }

    @Test
    void anotherNumberOrAnotherPeriodIsAnotherTerm() {
      assertNotEquals(party("khóa XX", "2017-03-10"), party("khóa XIX", "2017-03-10"));
      assertEquals("Đại hội XIX (2020-2025)", party("Đại hội XIX, nhiệm kỳ 2020-2025", "2017-03-10"),
          "a stated period is kept, even against the date");
      assertNotEquals(party("Đại hội XIX, nhiệm kỳ 2020-2025", null), party("Đại hội XIX, nhiệm kỳ 2015-2020", null));
    }

    @Test
    void everyPartyBodyCountsItsCommitteesCongress() {
      LocalDate d = LocalDate.of(2022, 4, 26);
      for (String issuer : List.of("Huyện ủy Hương Khê", "Ban Thường vụ Tỉnh ủy Bình Thuận",
          "Ủy ban Kiểm tra Tỉnh ủy Hà Giang", "Ban Chấp hành Đảng bộ tỉnh Nam Định", "Đảng ủy xã Tà Xùa")) {
        assertEquals("Đại hội XXIX (2020-2025)", TermKey.of("khóa XXIX", issuer, null, d), issuer);
      }
    }
  }

  @Nested
  class PeriodFromTheDate {
    @Test
    void aYearBetweenCongressesSaysTheTerm() {
      assertEquals("Đại hội XV (2015-2020)", party("khóa XV", "2016-11-28"));
      assertEquals("Đại hội XV (2015-2020)", party("khóa XV", "2019-12-23"));
      assertEquals("Đại hội XVII (2020-2025)", party("khóa XVII", "2021-02-03"));
      assertEquals("Đại hội XX (2020-2025)", party("khóa XX", "2024-12-31"));
    }

    @Test
    void aProvincialCongressYearOutsideTheSeason() {
      assertEquals("Đại hội XVIII (2015-2020)", party("khóa XVIII", "2020-06-30"), "first half: the outgoing term");
      assertEquals("Đại hội XIX (2020-2025)", party("khóa XIX", "2020-11-26"), "November: congresses are over");
      assertEquals("Đại hội XVI (2015-2020)", party("khóa XVI", "2015-12-18"));
      assertEquals("Đại hội XXIII (2025-2030)", party("khóa XXIII", "2025-11-21"));
    }

    @Test
    void insideTheSeasonNoPeriodIsGuessed() {
      assertEquals("Đại hội XVIII", party("khóa XVIII", "2020-09-25"), "provincial congresses sit July to October");
      assertEquals("Đại hội XVIII", party("khóa XVIII", "2020-07-01"));
      assertEquals("Đại hội XX", party("khóa XX", "2025-10-31"));
    }

    @Test
    void districtsAndCommunesSitEarlier() {
      assertEquals("Đại hội XXII (2015-2020)", TermKey.of("khóa XXII", "Huyện ủy Nam Đàn", DISTRICT, LocalDate.of(2020, 3, 31)));
      assertEquals("Đại hội XXII", TermKey.of("khóa XXII", "Huyện ủy Nam Đàn", DISTRICT, LocalDate.of(2020, 5, 15)));
      assertEquals("Đại hội I (2025-2030)", TermKey.of("khóa I", "Đảng ủy xã Tà Xùa", COMMUNE, LocalDate.of(2025, 9, 19)));
      assertEquals("Đại hội I", TermKey.of("khóa I", "Đảng ủy xã Tà Xùa", COMMUNE, LocalDate.of(2025, 7, 20)),
          "communes formed on 1 July 2025 held their first congress in the summer");
      assertEquals("Đại hội XX", TermKey.of("khóa XX", "Đảng ủy xã Kim Liên", COMMUNE, LocalDate.of(2020, 1, 15)),
          "a commune's congress may sit at the start of the year");
    }

    @Test
    void unknownLevelTakesTheWidestSeason() {
      assertEquals("Đại hội XVIII", TermKey.of("khóa XVIII", TINH_UY, null, LocalDate.of(2020, 3, 1)));
      assertEquals("Đại hội XIX (2020-2025)", TermKey.of("khóa XIX", TINH_UY, null, LocalDate.of(2020, 11, 2)));
    }

    @Test
    void noDateOrBeforeTheCycleNoPeriod() {
      assertEquals("Đại hội XIX", party("khóa XIX", null));
      assertEquals("Đại hội XV", party("khóa XV", "1998-05-01"));
    }
  }

  @Nested
  class PeriodWithoutNumber {
    @Test
    void staysAPeriod() {
      assertEquals("nhiệm kỳ 2020-2025", party("nhiệm kỳ 2020 - 2025", "2025-08-25"));
      assertEquals("nhiệm kỳ 2020-2025", party("Nhiệm kỳ 2020–2025", null));
      assertEquals("nhiệm kỳ 2025-2030",
          TermKey.of("nhiệm kỳ 2025-2030", "Đảng ủy Quân sự tỉnh Tuyên Quang", PROVINCIAL, LocalDate.of(2025, 9, 12)));
    }

    @Test
    void isNotMergedWithANumberedCongress() {
      assertNotEquals(party("nhiệm kỳ 2020-2025", "2023-01-01"), party("Đại hội XX, nhiệm kỳ 2020-2025", "2023-01-01"));
    }
  }

  @Nested
  class StateBodiesApart {
    @Test
    void theNationalAssemblyByNumber() {
      assertEquals("Quốc hội khóa XIII (2011-2016)", TermKey.of("khóa XIII", "Quốc hội", null, LocalDate.of(2013, 11, 28)));
      assertEquals("Quốc hội khóa XIII (2011-2016)", TermKey.of("khoá XIII", "QUỐC HỘI", null, null));
      assertEquals("Quốc hội khóa XIV (2016-2021)", TermKey.of("Quốc hội khóa XIV"));
      assertEquals("Quốc hội khóa VIII (1987-1992)", TermKey.of("khóa VIII", "Quốc hội", null, null));
    }

    @Test
    void aCouncilByTheDate() {
      assertEquals("HĐND khóa X (2021-2026)",
          TermKey.of("khóa X", "Hội đồng nhân dân thành phố Cần Thơ", PROVINCIAL, LocalDate.of(2024, 7, 12)));
      assertEquals("HĐND khóa X (2021-2026)", TermKey.of("khóa X", "HĐND tỉnh Hậu Giang", PROVINCIAL, LocalDate.of(2022, 12, 8)));
      assertEquals("HĐND khóa XI (2016-2021)",
          TermKey.of("khóa XI", "Đảng đoàn Hội đồng nhân dân tỉnh Gia Lai", PROVINCIAL, LocalDate.of(2016, 8, 5)),
          "the council's Đảng đoàn counts the council's khóa");
      assertEquals("HĐND khóa X", TermKey.of("khóa X", "HĐND tỉnh Hậu Giang", PROVINCIAL, LocalDate.of(2021, 6, 10)),
          "between the election and the first sessions");
      assertEquals("HĐND khóa XVIII (2021-2026)", TermKey.of("Hội đồng nhân dân tỉnh khóa XVIII", null, null, LocalDate.of(2022, 12, 14)));
      assertEquals("Quốc hội khóa XIII (2011-2016)",
          TermKey.of("Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 8"));
    }

    @Test
    void neverMixedWithAPartyCongress() {
      LocalDate d = LocalDate.of(2022, 12, 14);
      String council = TermKey.of("khóa XVIII", "Hội đồng nhân dân tỉnh Nghệ An", PROVINCIAL, d);
      String committee = TermKey.of("khóa XVIII", "Tỉnh ủy Nghệ An", PROVINCIAL, d);
      String assembly = TermKey.of("khóa XVIII", "Quốc hội", null, d);
      assertEquals(3, new TreeSet<>(List.of(council, committee, assembly)).size(), council + " / " + committee + " / " + assembly);
    }

    @Test
    void theCentralCommitteesCongressByNumber() {
      assertEquals("Đại hội XIII (2021-2026)", TermKey.of("khóa XIII", "Ban Chấp hành Trung ương", "central", null));
      assertEquals("Đại hội XII (2016-2021)", TermKey.of("khóa XII", "Ban Tổ chức Trung ương", "central", LocalDate.of(2019, 10, 21)));
      assertEquals("Đại hội XIII (2021-2026)", TermKey.of("Đại hội đại biểu toàn quốc lần thứ XIII", "Ban Chấp hành Trung ương", "central", null));
    }
  }

  @Nested
  class OtherTerms {
    @Test
    void aKhoaOfAnotherIssuerStaysAKhoa() {
      assertEquals("khóa XV", TermKey.of("khoá XV", "Ủy ban nhân dân tỉnh Nghệ An", PROVINCIAL, LocalDate.of(2022, 5, 12)));
      assertEquals("khóa XIX", TermKey.of("khóa XIX"), "with no issuer, a filter's value");
    }

    @Test
    void anUnreadableTermIsKeptAsTyped() {
      assertEquals("lần thứ nhất", TermKey.of("  lần   thứ nhất "));
      assertEquals("khóa IIII", TermKey.of("khóa IIII"), "no canonical numeral");
      assertNull(TermKey.of(null));
      assertNull(TermKey.of(" "));
    }

    @Test
    void romanNumerals() {
      assertEquals("XIX", TermKey.roman("19"));
      assertEquals("XIX", TermKey.roman("xix"));
      assertEquals("XXIX", TermKey.roman("29"));
      assertNull(TermKey.roman("IIII"));
      assertNull(TermKey.roman("0"));
    }
  }

  @Nested
  class JudgedTerms {
    private static String key(JudgedRecords.Judged j) {
      return TermKey.of(j.term(), j.issuer(), j.level(), j.date());
    }

    @Test
    void everyValueIsItsOwnKey() {
      List<String> notFixed = new ArrayList<>();
      for (JudgedRecords.Judged j : JudgedRecords.project()) {
        String k = key(j);
        if (k != null && !k.equals(TermKey.of(k))) {
          notFixed.add(k + " -> " + TermKey.of(k));
        }
      }
      assertEquals(List.of(), notFixed);
    }

    @Test
    void theFormsOneTermIsJudgedInMeet() {
      Map<String, TreeSet<String>> typedByKey = new TreeMap<>();
      for (JudgedRecords.Judged j : JudgedRecords.project()) {
        if (j.term() != null) {
          typedByKey.computeIfAbsent(key(j), k -> new TreeSet<>()).add(j.term());
        }
      }
      assertTrue(typedByKey.get("Đại hội XII (2020-2025)").containsAll(List.of("khóa XII", "Đại hội XII, nhiệm kỳ 2020-2025")),
          typedByKey.toString());
      assertTrue(typedByKey.get("Đại hội XI (2020-2025)").containsAll(List.of("khóa XI", "Đại hội XI, nhiệm kỳ 2020-2025")),
          typedByKey.toString());
      assertTrue(typedByKey.get("Đại hội XX (2020-2025)").containsAll(List.of("khóa XX", "Đại hội XX, nhiệm kỳ 2020-2025")),
          typedByKey.toString());
      assertTrue(typedByKey.keySet().stream().noneMatch(k -> k.startsWith("khóa")),
          "every judged khóa is a Party committee's or a council's: " + typedByKey.keySet());
    }

    @Test
    void theSeedsTermsToo() {
      Map<String, String> byFile = new TreeMap<>();
      for (JudgedRecords.Judged j : JudgedRecords.seeds()) {
        if (j.term() != null) {
          byFile.put(j.file(), key(j));
        }
      }
      assertTrue(byFile.values().stream().allMatch(k -> k.startsWith("Đại hội ") && k.endsWith("(2020-2025)")),
          "the seeds' terms are 2020-2025 congresses: " + byFile);
    }
  }
}
