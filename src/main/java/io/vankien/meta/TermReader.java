package io.vankien.meta;

import io.vankien.text.RomanNumerals;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document's own term, in the order the judged data rank them: "khóa XIX" when a term is stated for
 * the issuing committee or council (header, title, opening paragraphs); else "Đại hội XX, nhiệm kỳ
 * 2020-2025" when the congress is named there, or when the body carries out that congress's resolution
 * in a year of its term; else "nhiệm kỳ 2020-2025" stated for the committee ("Ban Chấp hành Đảng bộ tỉnh
 * nhiệm kỳ 2020 - 2025", "... Đảng bộ tỉnh (nhiệm kỳ 2020 - 2025)", "... Đảng bộ tỉnh, nhiệm kỳ ..."). Terms of the Central
 * Committee ("Ban Chấp hành Trung ương Đảng khóa XII") and of elected deputies ("bầu cử đại biểu Quốc hội
 * khóa XV") are not the document's, nor is the term of a committee that issued a document cited
 * ("Nghị quyết số 03-NQ/HU ngày 18/3/2021 của Ban Chấp hành Đảng bộ huyện khoá XXVI").
 */
final class TermReader {
  private TermReader() {}

  private static final String PARTY_BODIES =
      "ban chấp hành|bch|hội nghị|tỉnh [ủu][yỷ]|thành [ủu][yỷ]|huyện [ủu][yỷ]|quận [ủu][yỷ]|thị [ủu][yỷ]|đảng [ủu][yỷ]";
  /** The longest body {@link #KHOA_HEADER} names before its khóa: "hội đồng nhân dân". */
  private static final int LONGEST_BODY = "hội đồng nhân dân".length();
  private static final String KHOA_AFTER = "[^.;\\n]{0,60}?(?<![\\p{L}])kh(?:óa|oá)\\s+([IVXLC]+)(?![\\p{L}])";
  /** In the header: the Party committee's, the council's or the assembly's session line. */
  private static final Pattern KHOA_HEADER = Pattern.compile(
      "(?iu)(?:" + PARTY_BODIES + "|(?<!đại biểu )quốc hội|hội đồng nhân dân)" + KHOA_AFTER);
  /**
   * In the opening: the Party committee's only; a state text's opening names the assembly or council
   * of the documents it rests on ("Căn cứ Hiến pháp ... Nghị quyết số 51/2001/QH10 ... của Quốc hội khoá
   * X").
   */
  private static final Pattern KHOA_OPENING = Pattern.compile("(?iu)(?:" + PARTY_BODIES + ")" + KHOA_AFTER);
  private static final Pattern CONGRESS = Pattern.compile(
      "(?iu)đại hội\\s+(?:đại biểu\\s+)?(?:lần thứ\\s+([IVXLC]+)\\s+)?đảng bộ[^,.;\\n]{0,40}?"
          + "(?:lần thứ\\s+([IVXLC]+)\\s*)?,\\s*nhiệm kỳ\\s+(\\d{4})\\s*[-–]\\s*(\\d{4})");
  private static final Pattern CONGRESS_RESOLUTION = Pattern.compile("(?iu)nghị quyết\\s+$");
  private static final Pattern COMMITTEE_TERM = Pattern.compile(
      "(?iu)(?:(?:ban chấp hành|ban thường vụ)\\s+đảng bộ\\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)"
          + "|đảng [ủu][yỷ] (?:quân sự|công an|khối|biên phòng))" // "Đảng ủy Quân sự tỉnh (nhiệm kỳ 2025 - 2030)"
          + "[^,.;()\\n]{0,30}?(?:\\s*[(,]\\s*|\\s+)nhiệm kỳ\\s+(\\d{4})\\s*[-–]\\s*(\\d{4})");
  /**
   * The document saying which committee adopted it: "Đề án này đã được Ban Thường vụ Tỉnh ủy khóa XIV
   * thông qua ...": the issuing committee's own term, wherever it stands.
   */
  private static final String SELF_TYPES = "nghị quyết|kết luận|chỉ thị|quy định|quy chế|chương trình|kế hoạch|đề án|hướng dẫn";
  private static final int SELF_TYPES_LONGEST =
      java.util.Arrays.stream(SELF_TYPES.split("\\|")).mapToInt(String::length).max().orElseThrow();
  private static final int SELF_TYPES_SHORTEST =
      java.util.Arrays.stream(SELF_TYPES.split("\\|")).mapToInt(String::length).min().orElseThrow();
  /** The document's type just before " này": where {@link #ADOPTED_BY_COMMITTEE} can start. */
  private static final Pattern SELF_TYPE_BEFORE = Pattern.compile("(?iu)(?:" + SELF_TYPES + ")$");
  private static final Pattern ADOPTED_BY_COMMITTEE = Pattern.compile(
      "(?iu)(?:" + SELF_TYPES + ") này"
          + "[^.\\n]{0,40}?(?:được|do)\\s+(?:" + PARTY_BODIES + "|ban thường vụ)" + KHOA_AFTER);
  /** A citation just before a committee's name: "Nghị quyết số 03-NQ/HU ngày 18/3/2021 của ". */
  private static final Pattern CITATION_BEFORE = Pattern.compile("(?iu)số\\s+\\d[^;.\\n]{0,60}?\\bcủa\\s+$");
  /** The document types {@link #ADOPTED_IN_SESSION} begins with, before its " này". */
  private static final String[] SESSION_TYPES = {"luật", "bộ luật", "hiến pháp", "pháp lệnh", "nghị quyết"};
  private static final Pattern ADOPTED_IN_SESSION = Pattern.compile(
      "(?iu)(?:" + String.join("|", SESSION_TYPES) + ") này[^.\\n]{0,120}?"
          + "(?:quốc hội|hội đồng nhân dân)[^.\\n]{0,80}?kh(?:óa|oá)\\s+([IVXLC]+)(?![\\p{L}])");

  /**
   * @param header the header's lines (body names, type line, title, session line), joined by spaces
   * @param opening the opening paragraphs of the body, before its first numbered section
   * @param text the whole text
   * @param date the date of issue, or null
   */
  static String read(String header, List<String> opening, String text, LocalDate date) {
    return read(header, opening, text, date, null);
  }

  /**
   * @param issuer the issuing body as extracted, or null: a congress or a nhiệm kỳ is the term of a Party
   *     committee only (not of a Ban cán sự đảng, a department or a state body), and a committee's khóa
   *     named anywhere in the body ("Ban Chấp hành Đảng bộ huyện khóa XXIII thành lập ...") is its term
   */
  static String read(String header, List<String> opening, String text, LocalDate date, String issuer) {
    String open = String.join("\n", opening);
    String k = beforeKhoa(KHOA_HEADER, header);
    if (k == null) {
      k = beforeKhoa(KHOA_OPENING, open);
    }
    if (k == null) {
      String self = selfReferences(text);
      AnchoredFind adopted = new AnchoredFind(ADOPTED_BY_COMMITTEE, self,
          AnchoredFind.caseless(self, "này"), SELF_TYPES_SHORTEST, SELF_TYPES_LONGEST, true);
      k = latestKhoa(self, adopted::find, adopted.matcher());
    }
    if (k != null) {
      return k;
    }
    // "Đại hội ... Đảng bộ tỉnh lần thứ XVI" is the Tỉnh ủy's term, not its Ban cán sự đảng's
    boolean committeeIssues = issuer == null || PARTY_COMMITTEE.matcher(issuer).find();
    String committee = committeeIssues ? committeeTerm(header, open, text, date, issuer) : null;
    if (committee != null) {
      return committee;
    }
    AnchoredFind a = selfNamed(ADOPTED_IN_SESSION, text);
    return a.find() ? "khóa " + a.matcher().group(1).toUpperCase(Locale.ROOT) : null;
  }

  /** The terms that belong to a Party committee: its congress, its khóa named in the body, its nhiệm kỳ. */
  private static String committeeTerm(String header, String open, String text, LocalDate date, String issuer) {
    for (String scope : new String[] {header, open}) {
      Matcher c = CONGRESS.matcher(scope);
      boolean named = AnchoredFind.containsCaseless(scope, "đại hội"); // else CONGRESS cannot match
      while (named && c.find()) {
        if (congress(c) != null) {
          return congress(c);
        }
      }
    }
    Pattern own = issuer == null ? null : ownCommittee(issuer);
    String k = own == null ? null : ownCommitteeKhoa(own, text, date); // "Ban Chấp hành Đảng bộ huyện khóa XXIII thành lập ..."
    if (k != null) {
      return k;
    }
    AnchoredFind congresses = new AnchoredFind(CONGRESS, text,
        AnchoredFind.caseless(text, "đại hội"), 0, 0, false);
    while (congresses.find()) {
      Matcher c = congresses.matcher();
      int from = Math.max(0, c.start() - 20);
      boolean resolution = CONGRESS_RESOLUTION.matcher(text.substring(from, c.start())).find();
      if (resolution && congress(c) != null && date != null && date.getYear() >= Integer.parseInt(c.group(3))
          && date.getYear() <= Integer.parseInt(c.group(4)) && !anotherUnits(c.group(), issuer)) {
        return congress(c);
      }
    }
    for (String scope : new String[] {header, open}) {
      Matcher t = COMMITTEE_TERM.matcher(scope);
      if (AnchoredFind.containsCaseless(scope, "nhiệm kỳ") && t.find()) {
        return "nhiệm kỳ " + t.group(1) + "-" + t.group(2);
      }
    }
    return null;
  }

  /**
   * The sentences that begin where the text names itself ("Đề án này ...", "Nghị quyết này ..."), one a
   * line: {@link #ADOPTED_BY_COMMITTEE} is matched there instead of over the whole text (an unanchored
   * case-insensitive alternation tried at every position of a 14 MB law corpus cost more than all the
   * rest of the extraction).
   */
  private static String selfReferences(String text) {
    StringBuilder sb = new StringBuilder();
    Matcher type = SELF_TYPE_BEFORE.matcher(text);
    for (int at = text.indexOf(" này "); at >= 0; at = text.indexOf(" này ", at + 1)) {
      if (type.region(Math.max(0, at - 16), at).find()) {
        sb.append(text, type.start(), Math.min(text.length(), at + 240)).append('\n');
      }
    }
    return sb.toString();
  }

  /** A Party committee, elected by its congress for the congress's term. */
  private static final Pattern PARTY_COMMITTEE = Pattern.compile(
      "(?u)^(?:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Ban Chấp hành|Ban Thường vụ|Thường trực)(?![\\p{L}])");

  private static final Pattern COMMITTEE_UNIT = Pattern.compile("(?u)^(?:Ban Chấp hành Đảng bộ |Ban Thường vụ |Thường trực )?"
      + "(" + AdministrativeUnits.COMMITTEES + "|" + AdministrativeUnits.ABOVE_COMMUNE + ")(?![\\p{L}])");
  /** Per unit ("tỉnh", ...): the committee's name with a khóa right after it, not the one to be elected. */
  private static final java.util.Map<String, Pattern> OWN_COMMITTEE = new java.util.HashMap<>();

  static {
    String[][] units = {{"tỉnh", "tỉnh"}, {"thành phố", "thành"}, {"huyện", "huyện"}, {"quận", "quận"}, {"thị xã", "thị"}};
    int longest = 0;
    int shortest = Integer.MAX_VALUE;
    for (String[] u : units) {
      OWN_COMMITTEE.put(u[0], Pattern.compile("(?iu)(?<!bầu |bầu cử )(?:ban chấp hành đảng bộ " + u[0]
          + "|(?:ban thường vụ )?" + u[1] + " [ủu][yỷ])\\s+kh(?:óa|oá)\\s+([IVXLC]+)(?![\\p{L}])"));
      longest = Math.max(longest, Math.max(("ban chấp hành đảng bộ " + u[0]).length(), ("ban thường vụ " + u[1] + " ủy").length()));
      shortest = Math.min(shortest, Math.min(("ban chấp hành đảng bộ " + u[0]).length(), (u[1] + " ủy").length()));
    }
    OWN_NAME_LENGTH = longest;
    OWN_NAME_MIN_LENGTH = shortest;
  }

  /** The longest and the shortest name {@link #OWN_COMMITTEE} matches before its "khóa". */
  private static final int OWN_NAME_LENGTH;
  private static final int OWN_NAME_MIN_LENGTH;
  private static final String[] KHOA_LITERALS = {"khóa", "khoá"};

  /** Matches of a pattern that begins with one of {@link #SESSION_TYPES} and " này", tried only before each "này". */
  private static AnchoredFind selfNamed(Pattern p, String text) {
    int max = java.util.Arrays.stream(SESSION_TYPES).mapToInt(String::length).max().orElseThrow();
    int min = java.util.Arrays.stream(SESSION_TYPES).mapToInt(String::length).min().orElseThrow();
    return new AnchoredFind(p, text, AnchoredFind.caseless(text, "này"), min, max, true);
  }


  /** The issuing committee's own name with a khóa right after it, or null when the issuer is no committee. */
  private static Pattern ownCommittee(String issuer) {
    Matcher m = COMMITTEE_UNIT.matcher(issuer);
    if (!m.find()) {
      return null;
    }
    return OWN_COMMITTEE.get(AdministrativeUnits.unitOf(m.group(1)));
  }

  /**
   * {@link #latestKhoa} of {@link #KHOA_HEADER} or {@link #KHOA_OPENING}, tried only before each "khóa": a
   * body's name (at most {@link #LONGEST_BODY} characters) and at most 60 more before it.
   */
  private static String beforeKhoa(Pattern khoa, String scope) {
    if (scope == null) {
      return null;
    }
    AnchoredFind k = new AnchoredFind(khoa, scope, AnchoredFind.caseless(scope, KHOA_LITERALS),
        0, LONGEST_BODY + 60, false);
    return latestKhoa(scope, k::find, k.matcher());
  }

  /**
   * {@link #latestKhoa} of the issuing committee's own name ({@link #OWN_COMMITTEE}) over the whole
   * text, tried only before each "khóa" (the name ends at most {@link #OWN_NAME_LENGTH} characters and a
   * run of spaces before it), less a khóa whose act its sentence dates more than a term before the document.
   */
  private static String ownCommitteeKhoa(Pattern own, String text, LocalDate date) {
    AnchoredFind k = new AnchoredFind(own, text, AnchoredFind.caseless(text, KHOA_LITERALS),
        OWN_NAME_MIN_LENGTH, OWN_NAME_LENGTH, true);
    java.util.function.BooleanSupplier current = () -> {
      while (k.find()) {
        if (!actOfAnEarlierTerm(text, k.matcher().end(), date)) {
          return true;
        }
      }
      return false;
    };
    return latestKhoa(text, current, k.matcher());
  }

  /** A committee's term (nhiệm kỳ) lasts five years, from one congress to the next. */
  private static final int TERM_YEARS = 5;
  private static final int SENTENCE_REACH = 200;
  private static final Pattern ACT_DATE = Pattern.compile("(?iu)(?<![\\p{L}])ngày\\s*" + HeaderReader.DATE_WORDS);

  /**
   * "Ban Chấp hành Đảng bộ tỉnh khóa XV ban hành Nghị quyết số 09-NQ/TU ngày 19/4/2017 ..." in a report of
   * 2022: the rest of the sentence after the khóa dates its act more than {@link #TERM_YEARS} years before the
   * document, so that committee was an earlier term's, not the issuer's now.
   */
  static boolean actOfAnEarlierTerm(String text, int from, LocalDate date) {
    if (date == null) {
      return false;
    }
    int end = Math.min(text.length(), from + SENTENCE_REACH);
    for (int i = from; i < end; i++) {
      char ch = text.charAt(i);
      if (ch == '.' || ch == ';' || ch == '\n') {
        end = i;
        break;
      }
    }
    Matcher d = ACT_DATE.matcher(text).region(from, end);
    if (!d.find()) {
      return false;
    }
    LocalDate act = HeaderReader.date(d.group(1), d.group(2), d.group(3));
    return act != null && act.plusYears(TERM_YEARS).isBefore(date);
  }

  private static final Pattern CONGRESS_UNIT = Pattern.compile(
      "(?iu)đảng bộ\\s+(" + AdministrativeUnits.UNITS + ")(?![\\p{L}])");

  /**
   * "Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXIII" in a Tỉnh ủy's notice: the congress of a unit
   * other than the issuing committee's (both known), so not the issuer's term.
   */
  static boolean anotherUnits(String congress, String issuer) {
    Matcher unit = CONGRESS_UNIT.matcher(congress);
    Matcher own = issuer == null ? null : COMMITTEE_UNIT.matcher(issuer);
    if (!unit.find() || own == null || !own.find()) {
      return false;
    }
    String issuers = AdministrativeUnits.unitOf(own.group(1));
    return issuers != null && !issuers.equalsIgnoreCase(unit.group(1));
  }

  /**
   * The committee's khóa among the matches {@code find} steps {@code k} through: of several, the latest ("Ủy ban Kiểm tra Tỉnh ủy khóa XV và Ủy ban
   * Kiểm tra Tỉnh ủy khóa XVI": the report is the new commission's); never a cited document's committee
   * nor the Central Committee.
   */
  private static String latestKhoa(String scope, java.util.function.BooleanSupplier find, Matcher k) {
    String latest = null;
    while (find.getAsBoolean()) {
      String before = scope.substring(Math.max(0, k.start() - 100), k.start());
      if (CITATION_BEFORE.matcher(before).find()) {
        continue; // the term of the committee that issued a cited document
      }
      String numeral = k.group(1).toUpperCase(Locale.ROOT);
      if (!k.group().toLowerCase(Locale.ROOT).contains("trung ương")
          && (latest == null || RomanNumerals.value(numeral) > RomanNumerals.value(latest))) {
        latest = numeral;
      }
    }
    return latest == null ? null : "khóa " + latest;
  }

  private static String congress(Matcher c) {
    String ordinal = c.group(1) != null ? c.group(1) : c.group(2);
    if (ordinal == null) {
      return null; // "đại hội đảng bộ các cấp, nhiệm kỳ 2020-2025": congresses at every level, not one
    }
    return "Đại hội " + ordinal.toUpperCase(Locale.ROOT) + ", nhiệm kỳ " + c.group(3) + "-" + c.group(4);
  }
}
