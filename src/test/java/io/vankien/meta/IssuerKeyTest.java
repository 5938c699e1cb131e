package io.vankien.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link IssuerKey}, one nested class per rule of its Javadoc, on names as real archives type them. */
class IssuerKeyTest {
  private static final String PROVINCIAL = "provincial";

  private static void same(String expected, String... typed) {
    for (String t : typed) {
      assertEquals(expected, IssuerKey.of(t), "key of '" + t + "'");
    }
  }

  private static void apart(String a, String b) {
    assertNotEquals(IssuerKey.of(a), IssuerKey.of(b), "'" + a + "' and '" + b + "' are different bodies");
  }

  @Nested
  class OneSpelling {
    @Test
    void tonePlacementCaseSpacingAndCompositionDoNotMatter() {
      same("Tỉnh ủy Bắc Giang", "Tỉnh ủy Bắc Giang", "Tỉnh uỷ Bắc Giang", "TỈNH ỦY BẮC GIANG", "TỈNH UỶ BẮC GIANG",
          "tỉnh ủy bắc giang", "  Tỉnh  ủy\tBắc   Giang ", "Tỉnh ủy Bắc Giang.", "**TỈNH ỦY BẮC GIANG**",
          Normalizer.normalize("Tỉnh ủy Bắc Giang", Normalizer.Form.NFD));
      same("Ủy ban nhân dân tỉnh Khánh Hòa", "Uỷ ban nhân dân tỉnh Khánh Hoà", "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA");
    }

    @Test
    void anotherPlaceIsAnotherBody() {
      apart("Tỉnh ủy Bắc Giang", "Tỉnh ủy Bắc Ninh");
      apart("Huyện ủy Nam Đàn", "Huyện ủy Nam Định");
    }

    @Test
    void blankIsNoBody() {
      assertNull(IssuerKey.of(null));
      assertNull(IssuerKey.of("  "));
      assertNull(IssuerKey.of(" . "));
    }
  }

  @Nested
  class Abbreviations {
    @Test
    void stateBodiesWrittenOut() {
      same("Ủy ban nhân dân tỉnh Nghệ An", "UBND tỉnh Nghệ An", "UBND TỈNH NGHỆ AN", "Ủy ban nhân dân tỉnh Nghệ An");
      same("Hội đồng nhân dân tỉnh Yên Bái", "HĐND tỉnh Yên Bái", "Hội đồng nhân dân tỉnh Yên Bái");
      same("Ủy ban nhân dân thành phố Hải Phòng", "UBND TP. Hải Phòng", "UBND TP Hải Phòng", "UBND Tp. Hải Phòng",
          "Ủy ban nhân dân thành phố Hải Phòng");
      same("Ủy ban nhân dân Thành phố Hồ Chí Minh", "UBND TP.HCM", "UBND TPHCM", "UBND TP. Hồ Chí Minh",
          "Ủy ban nhân dân thành phố Hồ Chí Minh");
      same("Ban cán sự đảng Ủy ban nhân dân tỉnh Nam Định", "BCS đảng UBND tỉnh Nam Định",
          "Ban cán sự Đảng Ủy ban nhân dân tỉnh Nam Định");
    }

    @Test
    void partyBodiesWrittenOut() {
      same("Tỉnh ủy Bắc Giang", "BCH Đảng bộ tỉnh Bắc Giang", "BTV Tỉnh ủy Bắc Giang");
      same("Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Long An", "Đảng đoàn UBMTTQ tỉnh Long An",
          "Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Long An", "Đảng đoàn Ủy ban MTTQ Việt Nam tỉnh Long An");
    }

    @Test
    void theCouncilIsNotTheCommittee() {
      apart("HĐND tỉnh Nghệ An", "UBND tỉnh Nghệ An");
    }
  }

  @Nested
  class CommitteeOfAPartyOrganization {
    @Test
    void banChapHanhDangBoOfAUnitIsItsCommittee() {
      same("Tỉnh ủy Bắc Giang", "Ban Chấp hành Đảng bộ tỉnh Bắc Giang", "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH BẮC GIANG");
      same("Thành ủy Đà Nẵng", "Ban Chấp hành Đảng bộ thành phố Đà Nẵng", "Thành ủy Đà Nẵng");
      same("Huyện ủy Nam Đàn", "Ban Chấp hành Đảng bộ huyện Nam Đàn", "Huyện uỷ Nam Đàn");
      same("Thị ủy Quảng Yên", "Ban Chấp hành Đảng bộ thị xã Quảng Yên", "Thị ủy Quảng Yên");
      same("Quận ủy Ninh Kiều", "Ban Chấp hành Đảng bộ quận Ninh Kiều");
      same("Đảng ủy xã Kim Liên", "Ban Chấp hành Đảng bộ xã Kim Liên", "Đảng uỷ xã Kim Liên");
      same("Đảng ủy phường Quy Nhơn Đông", "Ban Chấp hành Đảng bộ phường Quy Nhơn Đông");
    }

    @Test
    void anOrganizationOfNoUnitHasADangUy() {
      same("Đảng ủy Khối các cơ quan tỉnh Bạc Liêu", "Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh Bạc Liêu",
          "Đảng ủy Khối các cơ quan tỉnh Bạc Liêu");
      same("Đảng ủy Quân sự tỉnh Tuyên Quang", "Ban Chấp hành Đảng bộ Quân sự tỉnh Tuyên Quang");
    }

    @Test
    void theCommitteeInsideALongerName() {
      same("Ủy ban Kiểm tra Tỉnh ủy Hà Giang", "Ủy ban Kiểm tra Ban Chấp hành Đảng bộ tỉnh Hà Giang",
          "UBKT Tỉnh ủy Hà Giang");
    }

    @Test
    void theCentralCommitteeAndTheOrganizationItselfStayWhatTheyAre() {
      same("Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng",
          "BCH TW Đảng");
      assertEquals("Đảng bộ tỉnh Bắc Giang", IssuerKey.of("Đảng bộ tỉnh Bắc Giang"));
      apart("Đảng bộ tỉnh Bắc Giang", "Tỉnh ủy Bắc Giang");
    }
  }

  @Nested
  class OrgansCountAsTheirCommittee {
    @Test
    void standingCommitteeAndStandingBoard() {
      same("Tỉnh ủy Bắc Giang", "Ban Thường vụ Tỉnh ủy Bắc Giang", "Thường trực Tỉnh ủy Bắc Giang",
          "BAN THƯỜNG VỤ TỈNH UỶ BẮC GIANG");
      same("Quận ủy Ninh Kiều", "Ban Thường vụ Quận ủy Ninh Kiều");
      same("Đảng ủy xã Tà Xùa", "Ban Thường vụ Đảng ủy xã Tà Xùa", "Thường trực Đảng ủy xã Tà Xùa");
      same("Đảng ủy Quân sự tỉnh Tuyên Quang", "Ban Thường vụ Đảng ủy Quân sự tỉnh Tuyên Quang");
    }

    @Test
    void departmentsOfTheCommitteeStayApart() {
      for (String dept : List.of("Ban Tuyên giáo Tỉnh ủy Bình Định", "Ban Tổ chức Tỉnh ủy Bình Định",
          "Văn phòng Tỉnh ủy Bình Định", "Ủy ban Kiểm tra Tỉnh ủy Bình Định", "Ban Dân vận Tỉnh ủy Bình Định")) {
        apart(dept, "Tỉnh ủy Bình Định");
        assertEquals(dept, IssuerKey.of(dept.toUpperCase(java.util.Locale.ROOT)));
      }
    }

    @Test
    void stateBodiesAndTheirStandingBodiesStayApart() {
      apart("Ủy ban nhân dân tỉnh Bắc Giang", "Tỉnh ủy Bắc Giang");
      apart("Thường trực Hội đồng nhân dân tỉnh Nghệ An", "Hội đồng nhân dân tỉnh Nghệ An");
      apart("Ban Thường vụ Tỉnh Đoàn Bắc Giang", "Tỉnh ủy Bắc Giang");
    }
  }

  @Nested
  class CommitteesOwnUnitWord {
    @Test
    void droppedAfterTheCommittee() {
      same("Thành ủy Hà Nội", "Thành ủy thành phố Hà Nội", "Thành ủy Hà Nội", "Ban Chấp hành Đảng bộ thành phố Hà Nội");
      same("Tỉnh ủy Bắc Giang", "Tỉnh ủy tỉnh Bắc Giang");
    }

    @Test
    void aCityWhoseNameHoldsItsUnit() {
      same("Thành ủy Thành phố Hồ Chí Minh", "Thành ủy Thành phố Hồ Chí Minh", "Thành ủy TP. Hồ Chí Minh",
          "Thành ủy TP.HCM", "Ban Chấp hành Đảng bộ Thành phố Hồ Chí Minh", "THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH");
    }

    @Test
    void aNumberedUnitKeepsItsUnitWord() {
      same("Quận ủy Quận 3", "Ban Chấp hành Đảng bộ quận 3", "Quận ủy quận 3", "Quận ủy Quận 3");
      same("Ủy ban nhân dân Phường 1", "UBND phường 1");
      apart("Quận ủy Quận 3", "Quận ủy Quận 5");
    }
  }

  @Nested
  class ProvinceOfTheDocument {
    @Test
    void completesAProvincialNameWithNoPlace() {
      assertEquals("Tỉnh ủy Kon Tum", IssuerKey.of("Ban Chấp hành Đảng bộ tỉnh", "Kon Tum", PROVINCIAL));
      assertEquals("Tỉnh ủy Lào Cai", IssuerKey.of("Ban Thường vụ Tỉnh ủy", "Lào Cai", PROVINCIAL));
      assertEquals("Thành ủy Hà Nội", IssuerKey.of("Thành ủy", "Hà Nội", PROVINCIAL));
      assertEquals("Văn phòng Tỉnh ủy Ninh Bình", IssuerKey.of("Văn phòng Tỉnh ủy", "Ninh Bình", PROVINCIAL));
      assertEquals("Ủy ban nhân dân tỉnh Nghệ An", IssuerKey.of("UBND tỉnh", "Nghệ An", PROVINCIAL));
    }

    @Test
    void onlyOnAProvincialDocument() {
      assertEquals("Thành ủy", IssuerKey.of("Thành ủy", "Hà Nam", "district"), "a district's city committee");
      assertEquals("Tỉnh ủy", IssuerKey.of("Ban Chấp hành Đảng bộ tỉnh", "Kon Tum", null));
      assertEquals("Tỉnh ủy", IssuerKey.of("Ban Chấp hành Đảng bộ tỉnh", null, PROVINCIAL));
      assertEquals("Huyện ủy", IssuerKey.of("Huyện ủy", "Nghệ An", PROVINCIAL), "a district is no province");
    }

    @Test
    void aNamedPlaceIsKept() {
      assertEquals("Tỉnh ủy Bắc Giang", IssuerKey.of("Tỉnh ủy Bắc Giang", "Bắc Ninh", PROVINCIAL));
      assertEquals("Đảng ủy phường Bắc Giang", IssuerKey.of("Đảng ủy phường Bắc Giang", "Bắc Ninh", "commune"));
    }
  }

  @Nested
  class Capitals {
    @Test
    void provincesAsTheProvinceListWritesThem() {
      same("Tỉnh ủy Thừa Thiên Huế", "Tỉnh ủy Thừa Thiên - Huế", "TỈNH ỦY THỪA THIÊN HUẾ", "Tỉnh ủy Thừa Thiên-Huế");
      same("Ủy ban nhân dân tỉnh Đắk Nông", "UBND tỉnh Đăk Nông", "Ủy ban nhân dân tỉnh Đắk Nông");
      same("Sở Tài nguyên và Môi trường tỉnh Bà Rịa - Vũng Tàu",
          "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH BÀ RỊA-VŨNG TÀU", "Sở Tài nguyên và Môi trường tỉnh Bà Rịa – Vũng Tàu");
    }

    @Test
    void aProvinceOfTheNewMapIsNotReadAsAnOldOne() {
      assertEquals("Ủy ban nhân dân thành phố Huế", IssuerKey.of("UBND thành phố Huế"));
      apart("Ủy ban nhân dân thành phố Huế", "Ủy ban nhân dân tỉnh Thừa Thiên Huế");
    }

    @Test
    void aWardNamedLikeAProvinceIsAWard() {
      same("Đảng ủy phường Bắc Giang", "ĐẢNG ỦY PHƯỜNG BẮC GIANG");
      apart("Đảng ủy phường Bắc Giang", "Tỉnh ủy Bắc Giang");
    }

    @Test
    void domainsAfterAHeadWord() {
      same("Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An", "SỞ VĂN HOÁ, THỂ THAO VÀ DU LỊCH TỈNH NGHỆ AN",
          "Sở văn hóa, thể thao và du lịch tỉnh Nghệ An");
      same("Sở Lao động - Thương binh và Xã hội tỉnh Hà Nam", "SỞ LAO ĐỘNG-THƯƠNG BINH VÀ XÃ HỘI TỈNH HÀ NAM");
      same("Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng", "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG");
      same("Đảng đoàn Hội Nông dân tỉnh Đắk Lắk", "ĐẢNG ĐOÀN HỘI NÔNG DÂN TỈNH ĐẮK LẮK");
    }
  }

  @Nested
  class EveryValueIsItsOwnKey {
    @Test
    void onNamesBuiltFromEveryUnitOrganAndForm() {
      List<String> failures = new ArrayList<>();
      int built = 0;
      for (BodyVocabulary.Unit u : BodyVocabulary.standard().units()) {
        String unit = String.join(" ", u.word());
        for (String place : List.of("Bắc Giang", "Quy Nhơn Đông", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh", "3")) {
          for (String body : List.of(u.committeeName() + " " + place,
              "Ban Chấp hành Đảng bộ " + unit + " " + place, "Ủy ban nhân dân " + unit + " " + place)) {
            for (String prefix : List.of("", "Ban Thường vụ ", "Thường trực ", "Ban Tuyên giáo ", "Văn phòng ")) {
              String typed = prefix + body;
              String key = IssuerKey.of(typed);
              built++;
              for (String variant : List.of(key, typed.toUpperCase(java.util.Locale.ROOT),
                  typed.replace("ủy", "uỷ").replace("Ủy", "Uỷ"), "  " + typed.replace(" ", "  ") + ".")) {
                if (!key.equals(IssuerKey.of(variant))) {
                  failures.add(typed + " -> " + key + ", but '" + variant + "' -> " + IssuerKey.of(variant));
                }
              }
            }
          }
        }
      }
      assertTrue(built > 500, "names built: " + built);
      assertEquals(List.of(), failures);
    }
  }

  @Nested
  class JudgedNames {
    /** The forms the judged data type that this class rewrites on purpose (rules 3, 4, 6). */
    private static final Set<String> REWRITTEN_PREFIXES = Set.of("Ban Chấp hành Đảng bộ", "Ban Thường vụ", "Thường trực");

    @Test
    void everyJudgedNameNotRewrittenOnPurposeIsWrittenAsTheJudgesWroteIt() {
      List<String> differ = new ArrayList<>();
      int checked = 0;
      for (JudgedRecords.Judged j : JudgedRecords.project()) {
        if (j.issuer() == null || REWRITTEN_PREFIXES.stream().anyMatch(j.issuer()::startsWith)) {
          continue;
        }
        checked++;
        String key = IssuerKey.of(j.issuer(), j.province(), j.level());
        if (!key.equals(j.issuer())) {
          differ.add(j.set() + " " + j.file() + ": " + j.issuer() + " -> " + key);
        }
      }
      assertTrue(checked > 150, "judged names checked: " + checked);
      assertEquals(List.of(), differ);
    }

    @Test
    void judgedCommitteesUnderTheirOtherNamesMeetTheirShortName() {
      assertEquals("Tỉnh ủy Thanh Hóa", IssuerKey.of("Ban Chấp hành Đảng bộ tỉnh Thanh Hóa", "Thanh Hóa", PROVINCIAL));
      assertEquals("Tỉnh ủy Bắc Kạn", IssuerKey.of("Thường trực Tỉnh ủy Bắc Kạn", "Bắc Kạn", PROVINCIAL));
      assertEquals("Tỉnh ủy Quảng Ninh", IssuerKey.of("Ban Thường vụ Tỉnh ủy Quảng Ninh", "Quảng Ninh", PROVINCIAL));
    }

    @Test
    void everyValueIsItsOwnKey() {
      List<String> notFixed = new ArrayList<>();
      List<JudgedRecords.Judged> all = new ArrayList<>(JudgedRecords.project());
      for (JudgedRecords.Judged j : all) {
        String key = IssuerKey.of(j.issuer(), j.province(), j.level());
        if (key != null && !key.equals(IssuerKey.of(key))) {
          notFixed.add(key + " -> " + IssuerKey.of(key));
        }
      }
      assertEquals(List.of(), notFixed);
    }

    @Test
    void theSeedsNamesToo() {
      List<JudgedRecords.Judged> seeds = JudgedRecords.seeds();
      for (JudgedRecords.Judged j : seeds) {
        String key = IssuerKey.of(j.issuer(), j.province(), j.level());
        assertEquals(key, IssuerKey.of(key), j.file());
        assertTrue(key.startsWith("Tỉnh ủy"), j.file() + ": every seed is a provincial committee's, got " + key);
      }
    }
  }
}
