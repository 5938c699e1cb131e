package io.vankien.meta;

import io.vankien.text.VietnameseText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one facet value of an issuing body, whatever form the text names it in: "TỈNH UỶ BẮC GIANG", "Ban
 * Chấp hành Đảng bộ tỉnh Bắc Giang", "BCH Đảng bộ tỉnh Bắc Giang" and "Ban Thường vụ Tỉnh ủy Bắc Giang"
 * all count as "Tỉnh ủy Bắc Giang". The record keeps the form the document typed; only the facet (and a
 * filter on it) uses this value. Every spelling and equivalence is data, in {@code bodies.tsv}.
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li>One spelling: NFC, the tone mark placed by {@link VietnameseText#normalize} ("Tỉnh uỷ" is "Tỉnh
 *       ủy", "Khánh Hoà" is "Khánh Hòa"), dashes as " - ", one space between words, no punctuation at
 *       either end; letter case is ignored until the value is written.
 *   <li>Abbreviations written out: "UBND", "HĐND", "BCH", "BTV", "TP." ("UBND TP.HCM" is "Ủy ban nhân dân
 *       Thành phố Hồ Chí Minh").
 *   <li>A Party organization's committee by its short name: "Ban Chấp hành Đảng bộ tỉnh X" is "Tỉnh ủy X",
 *       "... thành phố X" "Thành ủy X", "... xã X" "Đảng ủy xã X", "... Khối ..." "Đảng ủy Khối ...".
 *   <li><b>The Ban Thường vụ and the Thường trực count as their committee</b>: "Ban Thường vụ Tỉnh ủy X"
 *       and "Thường trực Tỉnh ủy X" are "Tỉnh ủy X". They are organs the committee elects from its own
 *       members; their documents carry the committee's header ("TỈNH ỦY X") and the committee's code
 *       ("35-KL/TU", "412-TB/TU", as the committee's "12-NQ/TU"), so a researcher filtering by the
 *       provincial committee expects them, and an archivist may have typed either name off the same
 *       document. The committee's departments (Ban Tuyên giáo, Ban Tổ chức, Văn phòng, Ủy ban Kiểm tra)
 *       number with codes of their own ("45-HD/BTGTU") and stay apart, as do state bodies ("Ủy ban nhân
 *       dân tỉnh X" is not "Tỉnh ủy X") and a council's standing body.
 *   <li>A committee's own unit word dropped ("Thành ủy thành phố Hà Nội" is "Thành ủy Hà Nội").
 *   <li>A provincial name with no place (a copy that never names its province: "Ban Chấp hành Đảng bộ
 *       tỉnh", "Ban Thường vụ Tỉnh ủy") completed with the document's province, on a provincial document
 *       only (a district's "Thành ủy" is not the province's; with no level, nothing is added).
 *   <li>Written with one set of capitals: a province by the province list ({@link Provinces}: "Thừa
 *       Thiên - Huế" is "Thừa Thiên Huế", "Đăk Nông" is "Đắk Nông"), other places with a capital on every
 *       syllable, the vocabulary's phrases as listed, unit words in lower case, other words by the head
 *       rule of {@code bodies.tsv} ("Sở Tài nguyên và Môi trường").
 * </ol>
 *
 * A value this class returns is its own key ({@code of(of(x)) == of(x)}), so a filter given a facet value
 * finds the documents counted under it. Thread-safe.
 */
public final class IssuerKey {
  private IssuerKey() {}

  private static final Pattern EDGES = Pattern.compile("^[\\s.,;:\"'“”*_]+|[\\s.,;:\"'“”*_]+$");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final String PROVINCIAL = "provincial";
  /** "Đảng bộ": the Party organization whose committee ("Ban Chấp hành Đảng bộ ...") leads it. */
  private static final List<String> ORGANIZATION = List.of("đảng", "bộ");

  /** What a run of words of a name is. */
  private enum Kind { NAME, HEAD, UNIT, COMMITTEE, SEPARATOR, WORD }

  /** A run of words: its kind, its words (lower case) and, for a unit or its committee, the unit. */
  private record Segment(Kind kind, List<String> words, BodyVocabulary.Unit unit) {}

  /** The facet value of a body typed with no context, or null for a blank name. */
  public static String of(String typed) {
    return of(typed, null, null);
  }

  /** The facet value of the issuer of a document. */
  public static String forDocument(DocumentMetadata m) {
    return of(m.issuer(), m.province(), m.level());
  }

  /**
   * The facet value of a body.
   *
   * @param typed the issuer as the record holds it
   * @param province the document's province as named then, or null: completes a provincial name that
   *     names no place
   * @param level the document's level ("provincial", "district", "commune", "central"), or null
   * @return the value, or null when {@code typed} is null or blank
   */
  public static String of(String typed, String province, String level) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    BodyVocabulary v = BodyVocabulary.standard();
    String s = v.expandAbbreviations(VietnameseText.normalize(typed));
    List<String> words = BodyVocabulary.words(EDGES.matcher(s).replaceAll(""));
    if (words.isEmpty()) {
      return null;
    }
    words = replaceAliases(v, words);
    words = committeeOfOrganization(v, words);
    words = withoutLeadingOrgans(v, words);
    List<Segment> segments = segments(v, words);
    segments = withoutCommitteesUnit(segments);
    segments = completedWithProvince(segments, province, level);
    return write(v, segments);
  }

  private static List<String> replaceAliases(BodyVocabulary v, List<String> words) {
    List<String> w = new ArrayList<>(words);
    for (BodyVocabulary.Alias a : v.aliases()) {
      for (int i = 0; i + a.from().size() <= w.size(); i++) {
        boolean alreadyLonger = a.to().size() > a.from().size() && startsAt(w, i, a.to());
        if (startsAt(w, i, a.from()) && !alreadyLonger) {
          w.subList(i, i + a.from().size()).clear();
          w.addAll(i, a.to());
          i += a.to().size() - 1;
        }
      }
    }
    return w;
  }

  /** "ban chấp hành đảng bộ tỉnh x" to "tỉnh ủy x"; "... đảng bộ khối ..." to "đảng ủy khối ...". */
  private static List<String> committeeOfOrganization(BodyVocabulary v, List<String> words) {
    List<String> w = new ArrayList<>(words);
    for (int i = 0; i < w.size(); i++) {
      for (List<String> organ : v.organs()) {
        int after = i + organ.size();
        if (!startsAt(w, i, organ) || !startsAt(w, after, ORGANIZATION) || after + ORGANIZATION.size() >= w.size()) {
          continue;
        }
        int rest = after + ORGANIZATION.size();
        BodyVocabulary.Unit unit = unitAt(v, w, rest);
        List<String> committee = unit != null ? unit.committee() : v.committees().get(0);
        int end = unit != null ? rest + unit.word().size() : rest;
        w.subList(i, end).clear();
        w.addAll(i, committee);
        break;
      }
    }
    return w;
  }

  /** "ban thường vụ tỉnh ủy x" and "thường trực tỉnh ủy x" to "tỉnh ủy x". */
  private static List<String> withoutLeadingOrgans(BodyVocabulary v, List<String> words) {
    List<String> w = words;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (List<String> organ : v.organs()) {
        if (startsAt(w, 0, organ) && committeeAt(v, w, organ.size())) {
          w = w.subList(organ.size(), w.size());
          changed = true;
        }
      }
    }
    return w;
  }

  private static boolean committeeAt(BodyVocabulary v, List<String> w, int at) {
    for (BodyVocabulary.Unit u : v.units()) {
      if (startsAt(w, at, u.committee())) {
        return true;
      }
    }
    for (List<String> c : v.committees()) {
      if (startsAt(w, at, c)) {
        return true;
      }
    }
    return false;
  }

  private static BodyVocabulary.Unit unitAt(BodyVocabulary v, List<String> w, int at) {
    for (BodyVocabulary.Unit u : v.units()) {
      if (startsAt(w, at, u.word())) {
        return u;
      }
    }
    return null;
  }

  /** The words cut into the vocabulary's phrases, longest first, and single other words. */
  private static List<Segment> segments(BodyVocabulary v, List<String> words) {
    List<Segment> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Segment best = null;
      String w = words.get(i);
      if (w.equals(",") || w.equals("-")) {
        best = new Segment(Kind.SEPARATOR, List.of(w), null);
      }
      for (int len = Math.min(v.longestPhrase(), words.size() - i); best == null && len >= 1; len--) {
        List<String> phrase = words.subList(i, i + len);
        for (BodyVocabulary.Unit u : v.units()) {
          if (u.committee().equals(phrase)) {
            best = new Segment(Kind.COMMITTEE, phrase, u);
          } else if (u.word().equals(phrase)) {
            best = new Segment(Kind.UNIT, phrase, u);
          }
          if (best != null) {
            break;
          }
        }
        if (best == null && v.capitals(phrase) != null) {
          best = new Segment(v.heads().contains(phrase) ? Kind.HEAD : Kind.NAME, phrase, null);
        }
      }
      if (best == null) {
        best = new Segment(Kind.WORD, List.of(w), null);
      }
      out.add(best);
      i += best.words().size();
    }
    return out;
  }

  /** "thành ủy thành phố hà nội" to "thành ủy hà nội" (not before a number: "quận ủy quận 3"). */
  private static List<Segment> withoutCommitteesUnit(List<Segment> segments) {
    List<Segment> out = new ArrayList<>(segments);
    for (int i = 0; i + 2 < out.size(); i++) {
      Segment c = out.get(i);
      Segment u = out.get(i + 1);
      if (c.kind() == Kind.COMMITTEE && !c.unit().committeeNamesUnit() && u.kind() == Kind.UNIT
          && u.unit() == c.unit() && !DIGITS.matcher(out.get(i + 2).words().get(0)).matches()) {
        out.remove(i + 1);
      }
    }
    return out;
  }

  private static List<Segment> completedWithProvince(List<Segment> segments, String province, String level) {
    if (province == null || province.isBlank() || !PROVINCIAL.equals(level)) {
      return segments;
    }
    Segment last = segments.get(segments.size() - 1);
    if ((last.kind() != Kind.UNIT && last.kind() != Kind.COMMITTEE) || !last.unit().provincial()) {
      return segments;
    }
    List<Segment> out = new ArrayList<>(segments);
    for (String w : BodyVocabulary.words(province)) {
      out.add(new Segment(Kind.WORD, List.of(w), null));
    }
    return out;
  }

  /** The segments written with their capitals; the place after the last unit or committee. */
  private static String write(BodyVocabulary v, List<Segment> segments) {
    int placeFrom = segments.size();
    for (int i = segments.size() - 2; i >= 0; i--) {
      Kind k = segments.get(i).kind();
      if (k == Kind.UNIT || (k == Kind.COMMITTEE && !segments.get(i + 1).kind().equals(Kind.UNIT))) {
        placeFrom = i + 1;
        break;
      }
    }
    List<String> place = new ArrayList<>();
    for (Segment s : segments.subList(placeFrom, segments.size())) {
      place.addAll(s.words());
    }
    BodyVocabulary.Unit placeUnit = placeFrom < segments.size() ? segments.get(placeFrom - 1).unit() : null;
    String placeName = place.isEmpty() ? null : placeName(v, place, placeUnit);
    StringBuilder out = new StringBuilder();
    boolean domain = false;
    Segment previous = null;
    boolean afterHead = false;
    for (int i = 0; i < placeFrom; i++) {
      Segment s = segments.get(i);
      String text;
      boolean head = false;
      switch (s.kind()) {
        case SEPARATOR -> text = s.words().get(0);
        case UNIT -> {
          domain = false;
          boolean last = i == placeFrom - 1 && placeName != null;
          if (last && (DIGITS.matcher(place.get(0)).matches()
              || placeName.toLowerCase(Locale.ROOT).startsWith(String.join(" ", s.words()) + " "))) {
            text = null; // "Quận 3", "Thành phố Hồ Chí Minh": the place names its unit
          } else {
            text = String.join(" ", s.words());
          }
        }
        case COMMITTEE -> {
          domain = false;
          text = s.unit().committeeName();
        }
        case HEAD -> {
          if (domain) { // "Môi trường" in "Sở Tài nguyên và Môi trường": a head inside a domain is a word
            text = String.join(" ", s.words());
          } else {
            domain = true;
            head = true;
            text = v.capitals(s.words());
          }
        }
        case NAME -> {
          domain = false;
          text = v.capitals(s.words());
        }
        default -> {
          String w = s.words().get(0);
          boolean capital = previous == null || afterHead
              || (domain && (previous.kind() == Kind.SEPARATOR || previous.words().equals(List.of("và"))));
          text = capital ? capitalized(w) : w;
        }
      }
      if (text == null) {
        continue;
      }
      if (out.length() > 0 && !text.equals(",")) {
        out.append(' ');
      }
      out.append(text);
      afterHead = head;
      previous = s;
    }
    if (placeName != null) {
      out.append(out.length() > 0 ? " " : "").append(placeName);
    }
    return capitalized(out.toString());
  }

  /**
   * A place written as in a body's name: a province named by the province list (a name of the 34 first, so
   * the "thành phố Huế" of 2025 stays Huế), a number with its unit ("Quận 3"), otherwise every syllable
   * with a capital; then as {@code bodies.tsv} writes it in a name.
   */
  private static String placeName(BodyVocabulary v, List<String> words, BodyVocabulary.Unit unit) {
    String typed = String.join(" ", words);
    String name;
    if (DIGITS.matcher(words.get(0)).matches() && unit != null) {
      name = capitalized(String.join(" ", unit.word())) + " " + typed;
    } else {
      String province = null;
      if (unit != null && unit.provincial()) {
        Provinces p = Provinces.load();
        province = p.canonicalCurrent(typed);
        if (province == null) {
          province = p.canonical(typed);
        }
      }
      name = province != null ? VietnameseText.normalize(province) : titleCase(words);
    }
    String written = v.placeAsWritten(name);
    return written != null ? written : name;
  }

  private static String titleCase(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      out.add(capitalized(w));
    }
    return String.join(" ", out).replace(" , ", ", ");
  }

  private static String capitalized(String w) {
    if (w.isEmpty()) {
      return w;
    }
    int first = w.codePointAt(0);
    return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
        .append(w, Character.charCount(first), w.length()).toString();
  }

  private static boolean startsAt(List<String> words, int at, List<String> phrase) {
    if (at < 0 || at + phrase.size() > words.size()) {
      return false;
    }
    for (int i = 0; i < phrase.size(); i++) {
      if (!words.get(at + i).equals(phrase.get(i))) {
        return false;
      }
    }
    return true;
  }
}
