package io.vankien.meta;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issuing body: from the header's body lines ({@link #issuerOf}); else the body the text says adopted
 * or enacted it ("Quốc hội ban hành Luật ...", "Luật này đã được Quốc hội ... thông qua"); else, for a copy
 * without header (or one that lost its body's name), the body its title, opening, closing formula or
 * signing authority names ({@link #issuerWithoutHeader}).
 */
final class IssuerReader {
  private IssuerReader() {}

  /** The document types {@link #ADOPTED_BY} begins with, before its "này". */
  private static final String[] ADOPTED_BY_TYPES = {"luật", "bộ luật", "hiến pháp", "pháp lệnh", "nghị quyết"};
  private static final Pattern ADOPTED_BY = Pattern.compile(
      "(?iu)(?:" + String.join("|", ADOPTED_BY_TYPES) + ")\\s+này\\s+(?:đã\\s+)?(?:được|do)\\s+"
          + "(quốc hội|ủy ban thường vụ quốc hội|uỷ ban thường vụ quốc hội)(?![\\p{L}])");
  private static final Pattern ENACTS = Pattern.compile(
      "(?u)^(Quốc hội|Ủy ban thường vụ Quốc hội|Ủy ban Thường vụ Quốc hội|Chính phủ)\\s+ban hành\\s");
  private static final Pattern BCH_IN_TITLE = Pattern.compile(
      "(?iu)ban chấp hành đảng bộ (" + AdministrativeUnits.UNITS + ")(?![\\p{L}])");
  /**
   * "CỦA BAN THƯỜNG VỤ TỈNH ỦY", "KẾT LUẬN CỦA BAN THƯỜNG VỤ ..." opening the title block: the issuing body
   * (not "về dự thảo Nghị quyết của Ban Chấp hành ...", a document the subject names).
   */
  private static final Pattern OF_BODY_IN_TITLE = Pattern.compile(
      "(?iu)^(?:(?:kết luận|ý kiến(?: chỉ đạo| kết luận)?)\\s+)?của\\s+(ban chấp hành đảng bộ (?:tỉnh|thành phố|huyện|quận|thị xã)"
          + "|(?:ban thường vụ |thường trực )?(?:tỉnh|thành|huyện|quận|thị) [ủu][yỷ]|bộ chính trị|ban bí thư"
          + "|ban chấp hành trung ương)(?![\\p{L}])");


  static String read(DocumentZones z, String type) {
    HeaderReader.Header header = z.header();
    String issuer = header.orgLines().isEmpty() ? null : issuerOf(header.orgLines());
    if (issuer == null) {
      issuer = adoptedBy(z.flowed(), z.lines(), header.bodyStart());
    }
    if (issuer == null && header.orgLines().isEmpty()) { // no header, or one that lost its body's name
      issuer = issuerWithoutHeader(type, z.titleBlock(), z.firstParagraph(), z.authority(), z.flowed());
    }
    return issuer;
  }

  private static final Pattern COMMITTEE = Pattern.compile(
      "(?u)^(Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Ủy ban nhân dân|Hội đồng nhân dân)(\\s.*)?$");
  private static final Pattern DEPARTMENT = Pattern.compile(
      "(?u)^(Ban\\s.*|Văn phòng|Ủy ban Kiểm tra|Sở\\s.*|Phòng\\s.*|Thanh tra)(\\s.*)?");

  /**
   * The issuing body from the header's body lines: the last one; a Party group on its own line names
   * the group of the body on the line below ("BAN CÁN SỰ ĐẢNG / ỦY BAN NHÂN DÂN TỈNH"); a body that ends
   * with its unit and no name ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG ĐOÀN HỘI ĐỒNG NHÂN DÂN TỈNH") takes
   * the name from the line above that names a place of that unit ("ĐẢNG BỘ TỈNH BẠC LIÊU", "TỈNH ỦY GIA
   * LAI"); a department under a committee is named with it ("TỈNH ỦY BẮC NINH / BAN TUYÊN GIÁO" gives
   * "Ban Tuyên giáo Tỉnh ủy Bắc Ninh", "UBND TỈNH BẮC NINH / SỞ TÀI CHÍNH" gives "Sở Tài chính tỉnh Bắc
   * Ninh").
   */
  static String issuerOf(List<String> orgLines) {
    List<String> names = orgLines.stream().map(IssuerReader::issuerFromOrgLine).toList();
    int last = names.size() - 1;
    String child = names.get(last);
    if (last >= 1 && PARTY_GROUP.matcher(names.get(last - 1)).matches()) {
      child = names.get(last - 1) + " " + child; // "Ban cán sự đảng Ủy ban nhân dân tỉnh"
      last--;
    }
    Matcher unnamed = UNNAMED_UNIT.matcher(child);
    if (unnamed.find()) {
      for (int i = last - 1; i >= 0; i--) {
        String place = placeOfUnit(committeeOfPartyOrganisation(names.get(i)), unnamed.group(1));
        if (place != null) {
          return child + " " + place; // "Đảng ủy Khối các cơ quan tỉnh Bạc Liêu"
        }
      }
      return child;
    }
    Matcher bloc = BLOC.matcher(child);
    if (last >= 1 && bloc.matches()) { // "ĐẢNG BỘ TỈNH BÌNH DƯƠNG / ĐẢNG ỦY KHỐI DOANH NGHIỆP"
      Matcher organisation = PARTY_ORGANISATION.matcher(names.get(last - 1));
      return organisation.matches() ? child + " " + organisation.group(1) + " " + organisation.group(2) : child;
    }
    if (last < 1 || !DEPARTMENT.matcher(child).matches()) {
      return child;
    }
    if (child.equals("Ban Chấp hành") && names.get(last - 1).startsWith("Đảng bộ ")) {
      return child + " " + names.get(last - 1); // "ĐẢNG BỘ TỈNH HẬU GIANG / BAN CHẤP HÀNH"
    }
    String parent = committeeOfPartyOrganisation(names.get(last - 1));
    Matcher p = COMMITTEE.matcher(parent);
    if (!p.matches()) {
      return child;
    }
    if ((parent.startsWith("Ủy ban nhân dân") || parent.startsWith("Hội đồng nhân dân")) && !child.equals("Văn phòng")) {
      return p.group(2) == null ? child : child + p.group(2); // "Sở Tài chính tỉnh Bắc Ninh"
    }
    return child + " " + parent;
  }

  /** A bloc committee named without its place: "Đảng ủy Khối Doanh nghiệp". */
  private static final Pattern BLOC = Pattern.compile("(?u)^Đảng ủy Khối [\\p{L} ]+$");

  /** A Party group named alone on its line, above the body it leads. */
  private static final Pattern PARTY_GROUP = Pattern.compile("(?u)^(Ban cán sự đảng|Đảng đoàn)$");


  /** A body name ending with its administrative unit and no place name: "... các cơ quan tỉnh". */
  private static final Pattern UNNAMED_UNIT = Pattern.compile("(?u)(?<![\\p{L}])(" + AdministrativeUnits.UNITS + ")$");

  private static final Pattern NAMED_UNIT = Pattern.compile(
      "(?u)(?<![\\p{L}])(" + AdministrativeUnits.UNITS + "|" + AdministrativeUnits.COMMITTEES + ") (\\p{Lu}[\\p{L}\\p{M} ]*)$");

  /** The place name a body line gives for a unit: "Tỉnh ủy Gia Lai" and "tỉnh" give "Gia Lai". */
  static String placeOfUnit(String body, String unit) {
    Matcher m = NAMED_UNIT.matcher(body);
    if (!m.find()) {
      return null;
    }
    String u = AdministrativeUnits.unitOf(m.group(1));
    return u.equals(unit) ? m.group(2).strip() : null;
  }

  private static final Pattern PARTY_ORGANISATION = Pattern.compile(
      "(?u)^Đảng bộ (" + AdministrativeUnits.UNITS + ") (.+)$");

  /**
   * A department's header names the Party organisation above it ("ĐẢNG BỘ TỈNH BÌNH ĐỊNH / BAN TUYÊN
   * GIÁO"), the department belongs to that organisation's committee: "Tỉnh ủy Bình Định", "Thành ủy ...",
   * "Huyện ủy ...", "Đảng ủy xã ...". Other names are returned as they are.
   */
  static String committeeOfPartyOrganisation(String name) {
    if (name.startsWith("Đảng bộ Khối ")) { // "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH / BAN TUYÊN GIÁO"
      return "Đảng ủy" + name.substring("Đảng bộ".length());
    }
    Matcher m = PARTY_ORGANISATION.matcher(name);
    if (!m.matches()) {
      return name;
    }
    return AdministrativeUnits.committeeOf(m.group(1)) + " " + m.group(2); // "Tỉnh ủy Gia Lai", "Đảng ủy xã Kim Liên"
  }

  /** Display form of a header body line: "TỈNH ỦY HƯNG YÊN" gives "Tỉnh ủy Hưng Yên". */
  static String issuerFromOrgLine(String line) {
    String l = BCS.matcher(HDND.matcher(UBND.matcher(line).replaceAll("ỦY BAN NHÂN DÂN")).replaceAll("HỘI ĐỒNG NHÂN DÂN"))
        .replaceAll("BAN CÁN SỰ ĐẢNG");
    String restored = VietnameseCase.restore(l);
    Matcher head = NAMED_HEAD.matcher(restored);
    if (head.find()) { // "Sở tài chính" -> "Sở Tài chính", "Sở nông nghiệp và phát triển nông thôn" -> "Sở Nông ...Phát triển ..."
      restored = restored.substring(0, head.start(2))
          + VietnameseCase.fieldOfDepartment(VietnameseCase.upperFirst(restored.substring(head.start(2))));
    }
    Matcher m = PLACE_AFTER_UNIT.matcher(restored);
    if (m.find()) {
      restored = restored.substring(0, m.start(2)) + VietnameseCase.titleCase(m.group(2));
    }
    // "Đảng ủy Khối các cơ quan tỉnh", "Đảng bộ Khối Doanh nghiệp": the bloc is part of the proper name
    restored = BLOC_WORD.matcher(restored).replaceFirst("$1 Khối");
    Matcher field = BLOC_FIELD.matcher(restored);
    if (field.find()) { // "Đảng ủy Khối doanh nghiệp" -> "Đảng ủy Khối Doanh nghiệp"; "Khối các cơ quan" stays
      restored = restored.substring(0, field.start(1)) + VietnameseCase.upperFirst(restored.substring(field.start(1)));
    }
    return restored.replace("thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"); // so the city writes its name
  }

  /** The field of a bloc committee, written as part of its name, unless it is "các ...". */
  private static final Pattern BLOC_FIELD = Pattern.compile("(?u)^(?:Đảng ủy|Đảng bộ) Khối (?!các )(\\p{Ll})");

  private static final Pattern NAMED_HEAD =
      Pattern.compile("(?u)^(Sở|Bộ|Cục|Tổng cục|Vụ|Ban(?! cán sự)|Phòng) (\\p{L})");

  /** "Huyện ủy kiến xương": the words after an administrative unit, to the end, are a place name. */
  private static final Pattern PLACE_AFTER_UNIT = Pattern.compile(
      "(?u)(?<![\\p{L}])(" + AdministrativeUnits.UNITS + "|" + AdministrativeUnits.COMMITTEES + ")"
          + " (?!(?:tỉnh|thành phố) )([\\p{Ll}\\p{M}][\\p{L}\\p{M} ]*)$");

  /** "Luật này đã được Quốc hội ... thông qua", "Quốc hội ban hành Luật ...". */
  private static String adoptedBy(String text, List<String> lines, int bodyStart) {
    for (int i = bodyStart; i < Math.min(lines.size(), bodyStart + 15); i++) {
      Matcher m = ENACTS.matcher(lines.get(i));
      if (m.find()) {
        return normalizeBody(m.group(1));
      }
    }
    AnchoredFind adopted = AnchoredFind.beforeNay(ADOPTED_BY, ADOPTED_BY_TYPES, text);
    Matcher m = adopted.matcher();
    String last = null;
    while (adopted.find()) {
      last = m.group(1);
    }
    return last == null ? null : normalizeBody(last);
  }

  private static String normalizeBody(String b) {
    String l = VietnameseCase.tones(b.toLowerCase(Locale.ROOT));
    return switch (l) {
      case "quốc hội" -> "Quốc hội";
      case "ủy ban thường vụ quốc hội" -> "Ủy ban Thường vụ Quốc hội";
      case "chính phủ" -> "Chính phủ";
      default -> b;
    };
  }

  /**
   * The formula of a notice or a submission naming who gives notice or submits: "Ủy ban nhân dân tỉnh
   * thông báo để các cơ quan ... biết", "Văn phòng Tỉnh ủy thông báo ý kiến kết luận ...", "Ban Thường vụ
   * Tỉnh ủy kính trình Ban Chấp hành ...".
   */
  private static final Pattern GIVES_NOTICE = Pattern.compile(
      "(?u)(?:^|[.;:,]\\s+)((?:Văn phòng |Thường trực |Ban Thường vụ )?(?:Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân"
          + "|Tỉnh [ủu][yỷ]|Thành [ủu][yỷ]|Huyện [ủu][yỷ]|Đảng [ủu][yỷ])(?: (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường))?"
          + "(?:\\s\\p{Lu}[\\p{L}\\p{M}]*){0,4})\\s+(?:thông báo\\s+(?:để|ý kiến|kết luận|nội dung)|(?:kính )?trình\\s)",
      Pattern.MULTILINE);

  /**
   * No header: a conclusion or resolution of a conference of the Party committee ("KẾT LUẬN CỦA BAN CHẤP
   * HÀNH ĐẢNG BỘ TỈNH") is issued by that committee; a notice by the body its closing formula names
   * ({@link #GIVES_NOTICE}); otherwise the body the signer signs for ("T/M TỈNH ỦY") when it is a body;
   * else a Party group hosting the meeting of the opening sentence ({@link #MEETING_HOST}).
   */
  private static String issuerWithoutHeader(String type, String titleBlock, String firstParagraph, String authority,
      String text) {
    Matcher of = OF_BODY_IN_TITLE.matcher(titleBlock);
    Matcher meeting = firstParagraph == null ? null : MEETING_COMMITTEE.matcher(firstParagraph);
    String met = meeting != null && meeting.find() ? meeting.group("committee").strip() : null;
    if (of.find()) { // "THÔNG BÁO KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY"
      String body = VietnameseCase.upperFirst(VietnameseCase.isCapitals(of.group(1))
          ? VietnameseCase.restoreContinuation(of.group(1)) : of.group(1));
      // the same body named with its place where it met: "Ngày 19/8/2019, Ban Thường vụ Quận ủy Ninh Kiều họp"
      return met != null && met.startsWith(body + " ") ? met : body;
    }
    if ("Kết luận".equals(type) || "Nghị quyết".equals(type)) {
      Matcher m = BCH_IN_TITLE.matcher(titleBlock);
      if (m.find()) {
        return "Ban Chấp hành Đảng bộ " + m.group(1).toLowerCase(Locale.ROOT);
      }
      if (met != null) { // "Ngày 12/5/2021, Ban Chấp hành Đảng bộ tỉnh Thanh Hóa đã họp"
        return met;
      }
    }
    if ("Thông báo".equals(type) || "Tờ trình".equals(type)) {
      Matcher notice = GIVES_NOTICE.matcher(text);
      String last = null;
      while (notice.find()) {
        last = notice.group(1);
      }
      if (last != null) {
        return VietnameseCase.tones(last.replace("Uỷ", "Ủy")); // in the modern tone placement, as issuers are
      }
    }
    if (authority != null) {
      String body = FIRST_WORD.matcher(authority).replaceFirst("");
      if (SIGNING_BODY.matcher(body).matches()) {
        return body;
      }
    }
    Matcher host = MEETING_HOST.matcher(firstParagraph == null ? "" : firstParagraph);
    return host.find() ? host.group("host") : null;
  }

  /**
   * A Party group hosting the meeting a copy without header reports, named with its place in the opening
   * sentence: "Ngày 14/7/2021, Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Long An tổ chức hội nghị ...".
   */
  private static final Pattern MEETING_HOST = Pattern.compile(
      "(?u)^Ngày\\s+" + DateReader.DATE + "\\s*,\\s*(?:tại [^,]{1,80},\\s*)?(?<host>(?:Đảng đoàn|Ban cán sự đảng)\\s+[^,.;]{3,80}?"
          + "\\s(?:tỉnh|thành phố)(?:\\s\\p{Lu}[\\p{L}\\p{M}]*){1,4})\\s+(?:đã\\s+)?(?:họp|tổ chức|tiến hành|xem xét"
          + "|thảo luận|nghe|làm việc)");

  /**
   * The committee that met, as the subject of the opening sentence of a copy without header, without its
   * term ("Ngày 20/7/2021, Ban Chấp hành Đảng bộ tỉnh Trà Vinh khóa XI tổ chức ...", "Ngày 22/4/2022, tại
   * Hội nghị lần thứ chín, Ban Chấp hành Đảng bộ tỉnh Nam Định khóa XX đã xem xét ...").
   */
  private static final Pattern MEETING_COMMITTEE = Pattern.compile(
      "(?u)^Ngày\\s+" + DateReader.DATE + "\\s*,\\s*(?:tại [^,]{1,80},\\s*)?(?<committee>Ban (?:Chấp hành|Thường vụ) (?:Đảng bộ (?:tỉnh|thành phố|huyện|quận|thị xã"
          + "|xã|phường)|Tỉnh [ủu][yỷ]|Thành [ủu][yỷ]|Huyện [ủu][yỷ]|Quận [ủu][yỷ]|Thị [ủu][yỷ])(?:\\s\\p{Lu}[\\p{L}\\p{M}]*){0,4})\\s+"
          + "(?:\\(?kh(?:óa|oá)\\s+[IVXLC]+\\)?\\s+)?(?:đã\\s+)?(?:họp|tổ chức|tiến hành|xem xét|thảo luận|nghe)");


  private static final Pattern UBND = Pattern.compile("(?u)(^|(?<=^BAN CÁN SỰ ĐẢNG |^ĐẢNG ĐOÀN |^BCS ĐẢNG ))UBND\\b");
  private static final Pattern HDND = Pattern.compile("(?u)(^|(?<=^BAN CÁN SỰ ĐẢNG |^ĐẢNG ĐOÀN |^BCS ĐẢNG ))HĐND\\b");
  private static final Pattern BCS = Pattern.compile("(?u)^BCS ĐẢNG\\b");
  private static final Pattern BLOC_WORD = Pattern.compile("(?u)^(Đảng ủy|Đảng bộ) khối(?![\\p{L}])");
  private static final Pattern FIRST_WORD = Pattern.compile("^\\S+\\s+");
  /** A body a signing authority names ("T/M TỈNH ỦY"), as opposed to an office ("K/T BÍ THƯ"). */
  private static final Pattern SIGNING_BODY = Pattern.compile("(?u)^(Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy"
      + "|Chính phủ|Quốc hội|Ủy ban nhân dân|Hội đồng nhân dân)( .*)?$");
}
