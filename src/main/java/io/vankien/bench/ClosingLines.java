package io.vankien.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The end of a generated document: the recipients ("Nơi nhận:") and the signature block (who signs for
 * whom, the signer's role, "(Đã ký)", the name), in the order Word exports them (mostly recipients first,
 * the left column). The role decides the signer: see {@link SignerRoster}.
 */
final class ClosingLines {
  private ClosingLines() {}

  /** A signature block: the line saying for whom ("T/M BAN THƯỜNG VỤ", or null) and the role. */
  record Signature(String forWhom, String role) {}

  static Signature signature(Issuer issuer, DocumentType type, RandomGenerator rnd) {
    String committee = Issuer.upper(issuer.committee());
    int r = rnd.nextInt(10);
    return switch (issuer.kind()) {
      case PARTY_PROVINCE, PARTY_DISTRICT -> switch (type) {
        case NGHI_QUYET -> new Signature(r < 3 ? "T/M BAN CHẤP HÀNH" : "T/M BAN THƯỜNG VỤ", r < 8 ? "BÍ THƯ" : "PHÓ BÍ THƯ");
        case THONG_BAO, CONG_VAN -> r < 5 ? new Signature("T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG")
            : new Signature("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC");
        case BAO_CAO, TO_TRINH -> new Signature("T/M " + committee, r < 3 ? "BÍ THƯ" : "PHÓ BÍ THƯ THƯỜNG TRỰC");
        default -> new Signature("T/M BAN THƯỜNG VỤ", r < 4 ? "BÍ THƯ" : r < 8 ? "PHÓ BÍ THƯ THƯỜNG TRỰC" : "PHÓ BÍ THƯ");
      };
      case PARTY_DEPARTMENT -> switch (issuer.department()) {
        case "Ủy ban Kiểm tra" -> new Signature("T/M ỦY BAN KIỂM TRA", r < 6 ? "CHỦ NHIỆM" : "PHÓ CHỦ NHIỆM");
        case "Văn phòng" -> r < 7 ? new Signature(null, "CHÁNH VĂN PHÒNG")
            : new Signature("K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG");
        default -> r < 5 ? new Signature(null, "TRƯỞNG BAN") : new Signature("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN");
      };
      case PEOPLES_COMMITTEE -> r < 4 ? new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
          : new Signature("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
      case PEOPLES_COUNCIL -> type == DocumentType.NGHI_QUYET ? new Signature(null, "CHỦ TỊCH")
          : new Signature("TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN", r < 5 ? "CHỦ TỊCH" : "PHÓ CHỦ TỊCH");
    };
  }

  /** The signature block's lines. */
  static List<String> signatureLines(Signature s, String signer, RandomGenerator rnd) {
    List<String> out = new ArrayList<>();
    if (s.forWhom() != null) {
      out.add(s.forWhom());
    }
    out.add(s.role());
    out.add("");
    if (rnd.nextBoolean()) {
      out.add("(Đã ký)");
      out.add("");
    }
    out.add(signer);
    return out;
  }

  private static final List<String> PARTY_RECIPIENTS = List.of(
      "Ban Bí thư Trung ương Đảng (để báo cáo)", "Văn phòng Trung ương Đảng", "Ban Tổ chức Trung ương",
      "Ủy ban Kiểm tra Trung ương", "Ban Tuyên giáo Trung ương", "Các đồng chí Ủy viên Ban Thường vụ",
      "Các đồng chí cấp ủy viên", "Các ban xây dựng Đảng", "Đảng đoàn Hội đồng nhân dân", "Ban cán sự đảng Ủy ban nhân dân",
      "Các sở, ban, ngành, đoàn thể", "Các chi bộ, đảng bộ trực thuộc", "Các đảng ủy trực thuộc");
  private static final List<String> STATE_RECIPIENTS = List.of(
      "Văn phòng Chính phủ", "Các Bộ: Nội vụ, Tài chính, Kế hoạch và Đầu tư", "Thường trực Tỉnh ủy (để báo cáo)",
      "Thường trực Hội đồng nhân dân tỉnh", "Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân tỉnh",
      "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Các sở, ban, ngành tỉnh", "Ủy ban nhân dân các huyện, thị xã, thành phố",
      "Đài Phát thanh và Truyền hình tỉnh", "Báo tỉnh", "Cổng thông tin điện tử tỉnh");

  /**
   * "Nơi nhận:" and 3 to 6 recipients, the archive's copy last; from 1 July 2025 (no more districts) the
   * communes and wards instead of the districts.
   */
  static List<String> recipients(Issuer issuer, boolean merged, RandomGenerator rnd) {
    List<String> from = issuer.party() ? PARTY_RECIPIENTS : STATE_RECIPIENTS;
    List<String> out = new ArrayList<>();
    out.add("Nơi nhận:");
    int n = 3 + rnd.nextInt(4);
    int start = rnd.nextInt(from.size());
    String end = issuer.party() ? "," : ";";
    for (int i = 0; i < n; i++) {
      String to = from.get((start + i * 3) % from.size());
      out.add("- " + (merged ? to.replace("các huyện, thị xã, thành phố", "các xã, phường") : to) + end);
    }
    out.add(issuer.party() ? "- Lưu Văn phòng " + issuer.committee() + "." : "- Lưu: VT.");
    return out;
  }
}
