package io.vankien.meta;

import java.util.regex.Pattern;

/** How a signing authority's prefix is written: the Party's "T/M", "K/T", "T/L" or the state's "TM.", "KT.", "TL.". */
final class SigningAuthorityStyle {
  private SigningAuthorityStyle() {}

  /** Bodies and heads that sign only Party documents, and those that sign only state documents. */
  private static final Pattern PARTY_BODY = Pattern.compile("(?iu)^(tỉnh|thành|huyện|quận|thị|đảng) [ủu][yỷ]"
      + "|^ban (thường vụ|chấp hành|cán sự)|^đảng đoàn|^chi bộ|^(phó )?bí thư|^[ủu][yỷ] ban kiểm tra");
  private static final Pattern STATE_BODY = Pattern.compile("(?iu)^([ủu][yỷ] ban nhân dân|hội đồng nhân dân"
      + "|(phó )?chủ tịch|(phó )?giám đốc|bộ trưởng|thủ tướng|chính phủ|quốc hội|[ủu][yỷ] ban thường vụ quốc hội)");

  /**
   * The authority written in the style of its document's family, as the judged data write it: Party
   * documents "T/M", "K/T", "T/L" (Hướng dẫn 36-HD/VPTW), state documents "TM.", "KT.", "TL." (Nghị định
   * 30/2020/NĐ-CP), whichever way the copy typed it ("TM. BAN THƯỜNG VỤ" is "T/M Ban Thường vụ"). A body
   * that signs in both families ("TRƯỞNG BAN", "CHÁNH VĂN PHÒNG") keeps the style as typed.
   */
  static String prefix(String p, String body) {
    String base = switch (p) {
      case "T/M", "T.M", "TM" -> "TM";
      case "K/T", "KT" -> "KT";
      case "T/L", "TL" -> "TL";
      default -> null;
    };
    if (base == null) {
      return p + "."; // TUQ., Q.
    }
    boolean typedParty = p.contains("/") || p.equals("T.M");
    boolean party = PARTY_BODY.matcher(body).find() || (!STATE_BODY.matcher(body).find() && typedParty);
    return party ? base.charAt(0) + "/" + base.charAt(1) : base + ".";
  }
}
