package io.vankien.meta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text (cleaned by {@link TextCleaner}) to metadata, from the text only. Every field is null when the
 * text does not say it; nothing is guessed. Thread-safe and stateless.
 */
public class MetadataExtractor {

  static final String SOURCE_MEETING = "meeting date in the first paragraph (no header in this copy)";
  static final String SOURCE_ADOPTION = "adoption date stated in the text (no date in the header)";

  public static final String CENTRAL = "central";
  public static final String PROVINCIAL = "provincial";
  public static final String DISTRICT = "district";
  public static final String COMMUNE = "commune";

  private static final String DATE =
      "(?:(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4}))";
  private static final Pattern MEETING_LEAD = Pattern.compile("(?iu)^ngày\\s+" + DATE);
  private static final Pattern MEETING_IN = Pattern.compile(
      "(?iu)(?:họp|diễn ra|tổ chức|khai mạc)\\s+(?:vào\\s+)?(?:các\\s+)?ngày\\s+" + DATE);
  /** "Hội nghị lần thứ hai Ban Chấp hành ... (ngày 21/11/2025) đã thảo luận": the conference's date in brackets. */
  private static final Pattern MEETING_IN_BRACKETS = Pattern.compile(
      "(?iu)hội nghị[^.()]{0,150}\\(\\s*ngày\\s+" + DATE + "\\s*\\)");
  /** The document types {@link #ADOPTION} begins with, before its "này". */
  private static final String[] ADOPTION_TYPES =
      {"luật", "bộ luật", "hiến pháp", "pháp lệnh", "nghị quyết", "kết luận", "quy định", "quy chế", "điều lệ"};
  private static final Pattern ADOPTION = Pattern.compile(
      "(?iu)(?:" + String.join("|", ADOPTION_TYPES) + ")\\s+này"
          + "[^.\\n]{0,200}?thông qua[^.\\n]{0,80}?ngày\\s+" + DATE);
  /** The document types {@link #ADOPTED_BY} begins with, before its "này". */
  private static final String[] ADOPTED_BY_TYPES = {"luật", "bộ luật", "hiến pháp", "pháp lệnh", "nghị quyết"};
  private static final Pattern ADOPTED_BY = Pattern.compile(
      "(?iu)(?:" + String.join("|", ADOPTED_BY_TYPES) + ")\\s+này\\s+(?:đã\\s+)?(?:được|do)\\s+"
          + "(quốc hội|ủy ban thường vụ quốc hội|uỷ ban thường vụ quốc hội)(?![\\p{L}])");
  private static final Pattern ENACTS = Pattern.compile(
      "(?u)^(Quốc hội|Ủy ban thường vụ Quốc hội|Ủy ban Thường vụ Quốc hội|Chính phủ)\\s+ban hành\\s");
  private static final Pattern BCH_IN_TITLE = Pattern.compile(
      "(?iu)ban chấp hành đảng bộ (tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?![\\p{L}])");
  /**
   * "CỦA BAN THƯỜNG VỤ TỈNH ỦY", "KẾT LUẬN CỦA BAN THƯỜNG VỤ ..." opening the title block: the issuing body
   * (not "về dự thảo Nghị quyết của Ban Chấp hành ...", a document the subject names).
   */
  private static final Pattern OF_BODY_IN_TITLE = Pattern.compile(
      "(?iu)^(?:(?:kết luận|ý kiến(?: chỉ đạo| kết luận)?)\\s+)?của\\s+(ban chấp hành đảng bộ (?:tỉnh|thành phố|huyện|quận|thị xã)"
          + "|(?:ban thường vụ |thường trực )?(?:tỉnh|thành|huyện|quận|thị) [ủu][yỷ]|bộ chính trị|ban bí thư"
          + "|ban chấp hành trung ương)(?![\\p{L}])");

  public DocumentMetadata extract(String text) {
    if (text == null || text.isBlank()) {
      return DocumentMetadata.empty();
    }
    List<String> raw = withoutCopyStamp(List.of(text.split("\n", -1)).stream().map(String::strip).toList());
    HeaderReader.Header header = HeaderReader.read(raw);
    SignatureReader.Signature signature = SignatureReader.read(header.lines());
    // below the header, lines a PDF broke at the margin are joined again, so that a sentence is one line
    List<String> lines = new ArrayList<>(header.lines().subList(0, header.bodyStart()));
    lines.addAll(WrappedLines.join(header.lines().subList(header.bodyStart(), header.lines().size())));
    String flowed = String.join("\n", lines);
    Provinces provinces = Provinces.load();

    String number = header.number();
    String type = header.type();
    if (type == null && header.numberLine() != null) {
      String nl = header.numberLine().toLowerCase(Locale.ROOT);
      type = nl.startsWith("bộ luật") ? "Bộ luật" : nl.startsWith("luật") ? "Luật" : null;
    }
    if (type == null && number != null) {
      type = DocumentTypes.ofCode(DocumentNumbers.typeCode(number));
    }

    if (type == null && header.type() == null && !header.titleLines().isEmpty()
        && HeaderReader.isLetterSubject(header.titleLines().get(0))) {
      type = "Công văn"; // no type line, a symbol without a type code, a "V/v" subject (Nghị định 30/2020/NĐ-CP)
    }
    String title = title(header.titleLines());
    String firstParagraph = firstParagraph(lines, header.bodyStart());
    if (type == null && header.orgLines().isEmpty() && number == null && header.titleLines().isEmpty()) {
      type = DocumentTypes.ofSelfReference(firstParagraph, flowed); // no header, no type line
    }

    // date
    LocalDate date = header.date();
    String dateSource = header.dateSource();
    if (date == null && firstParagraph != null) {
      Matcher m = null;
      for (Pattern meeting : new Pattern[] {MEETING_LEAD, MEETING_IN, MEETING_IN_BRACKETS}) {
        Matcher found = meeting.matcher(firstParagraph);
        if (found.find()) {
          m = found;
          break;
        }
      }
      if (m != null) {
        date = dateOf(m);
        dateSource = date == null ? null : SOURCE_MEETING;
      }
    }
    if (date == null) {
      AnchoredFind adoption = beforeNay(ADOPTION, ADOPTION_TYPES, flowed);
      Matcher m = adoption.matcher();
      LocalDate last = null;
      while (adoption.find()) {
        LocalDate d = dateOf(m);
        last = d != null ? d : last;
      }
      if (last != null) {
        date = last;
        dateSource = SOURCE_ADOPTION;
      }
    }

    // issuer (header, else the text's own statement, else title and signature)
    String titleBlock = String.join(" ", header.titleLines());
    String issuer = null;
    if (!header.orgLines().isEmpty()) {
      issuer = issuerOf(header.orgLines());
    }
    if (issuer == null) {
      issuer = adoptedBy(flowed, lines, header.bodyStart());
    }
    String signerRole = signature == null ? null : signature.role();
    String authority = signature == null ? null : signature.authority();

    // province: header bodies, place-date line, then the body's own "tỉnh X"
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
    boolean headerless = header.orgLines().isEmpty() && header.number() == null && header.date() == null;
    if (issuer == null && (headerless || header.orgLines().isEmpty())) { // no header, or one that lost its body's name
      issuer = issuerWithoutHeader(type, titleBlock, firstParagraph, authority, flowed);
    }
    String level = level(issuer, number, authority, date, provinces);
    if (CENTRAL.equals(level)) {
      province = null;
    } else if (province == null && issuer != null) {
      List<String> found = provinces.namesIn(issuer);
      province = found.isEmpty() ? null : found.get(0);
    }
    boolean placelessIssuer = issuer != null && PLACELESS_PROVINCIAL_BODY.matcher(issuer).matches();
    boolean lowerLevel = DISTRICT.equals(level) || COMMUNE.equals(level); // "UBND HUYỆN MAI CHÂU" names no province
    if (province == null && !CENTRAL.equals(level) && (headerless || placelessIssuer || lowerLevel)) {
      // a Tỉnh ủy's province is no centrally-run city; a placeless "Thành ủy" is one of a province only if it
      // is a centrally-run city (else it is a city under a province, which the text names otherwise)
      boolean ofATinh = issuer != null && OF_A_TINH.matcher(issuer).matches();
      boolean ofACity = placelessIssuer && OF_A_CITY.matcher(issuer).matches();
      LocalDate issued = date;
      province = ownProvince(opening(lines, header.bodyStart()), flowed, provinces,
          ofATinh ? p -> !provinces.isCentralCityOn(p, issued) : ofACity ? p -> provinces.isCentralCityOn(p, issued) : p -> true);
    }
    province = provinces.asNamedOn(province, date);
    if (province != null && placelessIssuer && provinces.namesIn(issuer).isEmpty()) {
      issuer = issuer + " " + province; // "Ban Chấp hành Đảng bộ tỉnh" + the province its text names
      level = level == null ? level(issuer, number, authority, date, provinces) : level;
    }

    String term = TermReader.read(String.join(" ", lines.subList(0, Math.min(lines.size(), header.bodyStart()))),
        opening(lines, header.bodyStart()), flowed, date, issuer);
    List<String> cites = new ArrayList<>(DocumentNumbers.distinct(String.join("\n", raw)));
    cites.remove(number);

    String date_ = date == null ? null : date.toString();
    return new DocumentMetadata(
        type,
        number,
        date_,
        date == null ? null : dateSource,
        province,
        province == null ? null : provinces.currentOf(province),
        title == null ? List.of() : provinces.namesIn(title, date),
        level,
        issuer,
        signature == null ? null : signature.signer(),
        signerRole,
        authority,
        title,
        term,
        cites,
        RecipientsReader.read(lines),
        AccessStampReader.read(raw).map(AccessLevel::label).orElse(null),
        Map.of());
  }

  /** The block a copying office adds under a document: "SAO Y BẢN CHÍNH", "SAO Y", "TRÍCH SAO", "SAO LỤC". */
  private static final Pattern COPY_STAMP = Pattern.compile("(?u)^(?:SAO Y BẢN CHÍNH|SAO Y|TRÍCH SAO|SAO LỤC)(?![\\p{L}])");

  /**
   * The lines without the copy stamp at the end of an archived copy: its own number ("Số 15-SY/VPHU"),
   * place-date line, recipients and signer belong to the copy, not to the document.
   */
  static List<String> withoutCopyStamp(List<String> lines) {
    for (int i = lines.size() - 1; i >= lines.size() / 2 && i > 0; i--) {
      if (COPY_STAMP.matcher(lines.get(i)).find()) {
        return lines.subList(0, i);
      }
    }
    return lines;
  }

  private static final Pattern HEADING_ABOVE_SUBJECT = Pattern.compile("(?iu)^(hội nghị|của)\\s");
  /**
   * A line in capitals naming whose conclusion or opinion the notice conveys, under the type line
   * ("KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY", "Ý KIẾN CHỈ ĐẠO CỦA BAN THƯỜNG VỤ", "CỦA BAN BÍ THƯ"): a heading.
   */
  private static final Pattern BODY_HEADING = Pattern.compile("(?u)^(?:(?:KẾT LUẬN|Ý KIẾN(?: CHỈ ĐẠO| KẾT LUẬN)?"
      + "|CHỈ ĐẠO)\\s+)?CỦA\\s+(?:BAN|BỘ|THƯỜNG TRỰC|TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG|[ỦU][YỶ]|ĐỒNG CHÍ)[\\p{Lu}\\s]*$");

  /**
   * The subject line: the title block, less the heading lines above a line beginning "về" (in capitals,
   * or naming the conference or the body: "HỘI NGHỊ LẦN THỨ 2 BAN CHẤP HÀNH ...", "Hội nghị lần thứ 8 Ban
   * Chấp hành ...", "CỦA BAN THƯỜNG VỤ TỈNH ỦY"), and less a line naming whose conclusion a notice conveys
   * above any subject ("KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY / tại buổi làm việc ..."); a subject that begins in
   * lower case before its "về" line ("kết quả thực hiện Nghị quyết số 01-NQ/TU ... / về nhiệm vụ ...") is
   * kept whole.
   */
  private static final Pattern BODY_THEN_SUBJECT =
      Pattern.compile("(?iu)^của\\s+(?:ban|bộ|thường trực|tỉnh|thành|huyện|đảng|ủy|uỷ)[^,;:]{0,60}?\\s(?=về\\s)");

  static String title(List<String> titleLines) {
    if (titleLines.isEmpty()) {
      return null;
    }
    int from = 0;
    for (int i = 0; i < titleLines.size(); i++) {
      if (ABOUT_LINE.matcher(titleLines.get(i)).matches()) {
        from = i;
        break;
      }
      if (i + 1 < titleLines.size() && BODY_HEADING.matcher(titleLines.get(i)).matches()) {
        from = i + 1; // "KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY / tại buổi làm việc với ...": the subject is below
        continue;
      }
      if (!VietnameseCase.isCapitals(titleLines.get(i)) && !HEADING_ABOVE_SUBJECT.matcher(titleLines.get(i)).find()) {
        break;
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < titleLines.size(); i++) {
      String l = titleLines.get(i);
      Matcher byBody = BODY_THEN_SUBJECT.matcher(l);
      if (i == from && byBody.find()) {
        l = l.substring(byBody.end()); // "của Ban Thường vụ Huyện ủy về công tác ...": the subject is from "về"
      }
      String piece = sb.length() == 0 ? VietnameseCase.restore(l) : VietnameseCase.restoreContinuation(l);
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(piece);
    }
    String t = WHITESPACE.matcher(sb).replaceAll(" ").strip();
    return t.isEmpty() ? null : t;
  }

  /** The first paragraph of prose at or after the body start. */
  static String firstParagraph(List<String> lines, int bodyStart) {
    for (int i = bodyStart; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.length() >= 60 && !VietnameseCase.isCapitals(l) && !HeaderReader.RECITAL.matcher(l).find()) {
        return l;
      }
    }
    return null;
  }

  private static final Pattern SECTION_HEADING = Pattern.compile(
      "(?u)^(?:[IVXLC]{1,5}|\\d{1,2}(?:\\.\\d{1,2})*+)\\s*[.)\\-]\\s|^(?:Điều\\s+\\d|Chương\\s|Phần thứ|PHẦN)");

  /** The opening paragraphs of the body: from its start to the first heading or numbered section, at most 4. */
  static List<String> opening(List<String> lines, int bodyStart) {
    List<String> out = new ArrayList<>();
    for (int i = bodyStart; i < lines.size() && out.size() < 4; i++) {
      String l = lines.get(i);
      if (l.isEmpty()) {
        continue;
      }
      if (SECTION_HEADING.matcher(l).find() || VietnameseCase.isCapitals(l)) {
        break;
      }
      out.add(l);
    }
    return out;
  }

  private static LocalDate dateOf(Matcher m) {
    int base = m.groupCount() - 6;
    if (m.group(base + 1) != null) {
      return HeaderReader.date(m.group(base + 1), m.group(base + 2), m.group(base + 3));
    }
    return HeaderReader.date(m.group(base + 4), m.group(base + 5), m.group(base + 6));
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
    List<String> names = orgLines.stream().map(MetadataExtractor::issuerFromOrgLine).toList();
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

  private static final String UNITS = "tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn";

  /** A body name ending with its administrative unit and no place name: "... các cơ quan tỉnh". */
  private static final Pattern UNNAMED_UNIT = Pattern.compile("(?u)(?<![\\p{L}])(" + UNITS + ")$");

  private static final Pattern NAMED_UNIT = Pattern.compile(
      "(?u)(?<![\\p{L}])(" + UNITS + "|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy) (\\p{Lu}[\\p{L}\\p{M} ]*)$");

  /** The place name a body line gives for a unit: "Tỉnh ủy Gia Lai" and "tỉnh" give "Gia Lai". */
  static String placeOfUnit(String body, String unit) {
    Matcher m = NAMED_UNIT.matcher(body);
    if (!m.find()) {
      return null;
    }
    String u = switch (m.group(1)) {
      case "Tỉnh ủy" -> "tỉnh";
      case "Thành ủy" -> "thành phố";
      case "Huyện ủy" -> "huyện";
      case "Quận ủy" -> "quận";
      case "Thị ủy" -> "thị xã";
      default -> m.group(1);
    };
    return u.equals(unit) ? m.group(2).strip() : null;
  }

  private static final Pattern PARTY_ORGANISATION = Pattern.compile(
      "(?u)^Đảng bộ (tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn) (.+)$");

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
    return switch (m.group(1)) {
      case "tỉnh" -> "Tỉnh ủy " + m.group(2);
      case "thành phố" -> "Thành ủy " + m.group(2);
      case "huyện" -> "Huyện ủy " + m.group(2);
      case "quận" -> "Quận ủy " + m.group(2);
      case "thị xã" -> "Thị ủy " + m.group(2);
      default -> "Đảng ủy " + m.group(1) + " " + m.group(2);
    };
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
      "(?u)(?<![\\p{L}])(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy)"
          + " (?!(?:tỉnh|thành phố) )([\\p{Ll}\\p{M}][\\p{L}\\p{M} ]*)$");

  /** "Luật này đã được Quốc hội ... thông qua", "Quốc hội ban hành Luật ...". */
  private static String adoptedBy(String text, List<String> lines, int bodyStart) {
    for (int i = bodyStart; i < Math.min(lines.size(), bodyStart + 15); i++) {
      Matcher m = ENACTS.matcher(lines.get(i));
      if (m.find()) {
        return normalizeBody(m.group(1));
      }
    }
    AnchoredFind adopted = beforeNay(ADOPTED_BY, ADOPTED_BY_TYPES, text);
    Matcher m = adopted.matcher();
    String last = null;
    while (adopted.find()) {
      last = m.group(1);
    }
    return last == null ? null : normalizeBody(last);
  }

  /** Matches of a pattern that begins with one of the types, spaces and "này", tried only before each "này". */
  static AnchoredFind beforeNay(Pattern p, String[] types, String text) {
    int max = java.util.Arrays.stream(types).mapToInt(String::length).max().orElseThrow();
    int min = java.util.Arrays.stream(types).mapToInt(String::length).min().orElseThrow();
    return new AnchoredFind(p, text, AnchoredFind.caseless(text, "này"), min, max, true);
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
      if (body.matches("(?u)^(Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Chính phủ|Quốc hội|Ủy ban nhân dân"
          + "|Hội đồng nhân dân)( .*)?$")) {
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
      "(?u)^Ngày\\s+" + DATE + "\\s*,\\s*(?:tại [^,]{1,80},\\s*)?(?<host>(?:Đảng đoàn|Ban cán sự đảng)\\s+[^,.;]{3,80}?"
          + "\\s(?:tỉnh|thành phố)(?:\\s\\p{Lu}[\\p{L}\\p{M}]*){1,4})\\s+(?:đã\\s+)?(?:họp|tổ chức|tiến hành|xem xét"
          + "|thảo luận|nghe|làm việc)");

  /**
   * The committee that met, as the subject of the opening sentence of a copy without header, without its
   * term ("Ngày 20/7/2021, Ban Chấp hành Đảng bộ tỉnh Trà Vinh khóa XI tổ chức ...", "Ngày 22/4/2022, tại
   * Hội nghị lần thứ chín, Ban Chấp hành Đảng bộ tỉnh Nam Định khóa XX đã xem xét ...").
   */
  private static final Pattern MEETING_COMMITTEE = Pattern.compile(
      "(?u)^Ngày\\s+" + DATE + "\\s*,\\s*(?:tại [^,]{1,80},\\s*)?(?<committee>Ban (?:Chấp hành|Thường vụ) (?:Đảng bộ (?:tỉnh|thành phố|huyện|quận|thị xã"
          + "|xã|phường)|Tỉnh [ủu][yỷ]|Thành [ủu][yỷ]|Huyện [ủu][yỷ]|Quận [ủu][yỷ]|Thị [ủu][yỷ])(?:\\s\\p{Lu}[\\p{L}\\p{M}]*){0,4})\\s+"
          + "(?:\\(?kh(?:óa|oá)\\s+[IVXLC]+\\)?\\s+)?(?:đã\\s+)?(?:họp|tổ chức|tiến hành|xem xét|thảo luận|nghe)");

  /** Level of the issuing body, from its name, else from the symbol's body code. */
  static String level(String issuer, String number, String authority, LocalDate date, Provinces provinces) {
    if (issuer != null) {
      String l = VietnameseCase.tones(issuer.toLowerCase(Locale.ROOT));
      if (l.matches("(?u)^(quốc hội|chính phủ|thủ tướng.*|chủ tịch nước.*|ủy ban thường vụ quốc hội|bộ chính trị"
          + "|ban bí thư.*|ban chấp hành trung ương.*|bộ .*|văn phòng trung ương.*|ban .* trung ương.*"
          + "|tòa án nhân dân tối cao|viện kiểm sát nhân dân tối cao|kiểm toán nhà nước|ngân hàng nhà nước.*)$")) {
        return CENTRAL;
      }
      if (COMMUNE_BODY.matcher(l).matches()) {
        return COMMUNE;
      }
      if (DISTRICT_BODY.matcher(l).matches()) {
        return DISTRICT;
      }
      Matcher city = CITY_BODY.matcher(issuer.toLowerCase(Locale.ROOT));
      if (city.find()) {
        String place = issuer.substring(city.start(2));
        return provinces.isCentralCityOn(place, date) ? PROVINCIAL : DISTRICT;
      }
      if (PROVINCE_BODY.matcher(l).matches()) {
        return PROVINCIAL;
      }
    }
    if (number != null) {
      String body = DocumentNumbers.bodyCode(number);
      if (body != null) {
        if (body.equals("TW") || body.endsWith("TW") || CENTRAL_CODE.matcher(body).matches()) {
          return CENTRAL;
        }
        if (body.equals("HU") || body.equals("QU")) {
          return DISTRICT;
        }
        if (body.equals("TU")) {
          return PROVINCIAL;
        }
      }
    }
    if (authority != null && OF_TINH_UY.matcher(authority.toLowerCase(Locale.ROOT)).matches()) {
      return PROVINCIAL;
    }
    return null;
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
      java.util.function.Predicate<String> possible) {
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
  private static String dominantProvince(String text, Provinces provinces, java.util.function.Predicate<String> possible) {
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

  // patterns compiled once (they were compiled on every call)
  private static final java.util.regex.Pattern OF_A_TINH = java.util.regex.Pattern.compile("(?u).*(?:Tỉnh ủy|tỉnh)$");
  private static final java.util.regex.Pattern OF_A_CITY = java.util.regex.Pattern.compile("(?u).*(?:Thành ủy|thành phố)$");
  private static final java.util.regex.Pattern ABOUT_LINE = java.util.regex.Pattern.compile("(?u)^(về|Về|VỀ)\\s.*");
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern UBND = java.util.regex.Pattern.compile("(?u)(^|(?<=^BAN CÁN SỰ ĐẢNG |^ĐẢNG ĐOÀN |^BCS ĐẢNG ))UBND\\b");
  private static final java.util.regex.Pattern HDND = java.util.regex.Pattern.compile("(?u)(^|(?<=^BAN CÁN SỰ ĐẢNG |^ĐẢNG ĐOÀN |^BCS ĐẢNG ))HĐND\\b");
  private static final java.util.regex.Pattern BCS = java.util.regex.Pattern.compile("(?u)^BCS ĐẢNG\\b");
  private static final java.util.regex.Pattern BLOC_WORD = java.util.regex.Pattern.compile("(?u)^(Đảng ủy|Đảng bộ) khối(?![\\p{L}])");
  private static final java.util.regex.Pattern FIRST_WORD = java.util.regex.Pattern.compile("^\\S+\\s+");
  private static final java.util.regex.Pattern COMMUNE_BODY = java.util.regex.Pattern.compile("(?u).*(^|\\s)(xã|phường|thị trấn)(\\s.*|$)");
  private static final java.util.regex.Pattern DISTRICT_BODY = java.util.regex.Pattern.compile("(?u).*(^|\\s)(huyện|quận|thị xã|huyện ủy|quận ủy|thị ủy)(\\s.*|$)");
  private static final java.util.regex.Pattern CITY_BODY = java.util.regex.Pattern.compile("(?u)(thành ủy|thành phố)\\s+(.+)$");
  private static final java.util.regex.Pattern PROVINCE_BODY = java.util.regex.Pattern.compile("(?u).*(^|\\s)(tỉnh|tỉnh ủy)(\\s.*|$)");
  private static final java.util.regex.Pattern CENTRAL_CODE = java.util.regex.Pattern.compile("QH|CP|TTG|UBTVQH|CTN|HĐNN|L\\..*");
  private static final java.util.regex.Pattern OF_TINH_UY = java.util.regex.Pattern.compile("(?u).*\\stỉnh ủy$");
}
