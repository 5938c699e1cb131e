package io.vankien.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The subjects (lĩnh vực, {@link Subjects}) of a document and why: a title about a body's own working ("quy chế
 * làm việc của Ban Chấp hành Đảng bộ tỉnh") gives the field of the first body it names after those words; else the subjects its title names; for a
 * title naming none, {@link Subjects#GENERAL} when the title covers a whole period's work; with no title,
 * the subjects its opening names; else the subjects its text names most, or {@link Subjects#GENERAL} when it
 * ranges over many (passing mentions, under a tenth of the most named subject's count, do not count). A subject marked "alone" named first in a title is given
 * alone (the fields after it are what it works on). A title's words after "tại", "sau", "qua" or "đến" (a circumstance
 * of place or time, "liên quan đến") name no subject unless the title names none before them. Each reason says where and which words ({@code tiêu đề: "nông thôn mới"}). Stateless.
 */
public final class SubjectReader {
  private SubjectReader() {}

  /** A subject found in the text this many times counts towards a text covering many subjects. */
  static final int BROAD_MIN_HITS = 3;
  /**
   * Nor does a subject named less than this share of the most named one's count: in a long text on one field
   * (a law), a few passing mentions of others do not make it range over many.
   */
  static final double BROAD_SHARE = 0.1;
  /** This many subjects each named {@link #BROAD_MIN_HITS} times make a text "Tổng hợp". */
  static final int BROAD_SUBJECTS = 4;
  /** A subject named in the text at least this share of the most named one's count is kept beside it. */
  static final double BODY_SHARE = 0.6;
  /** A subject named fewer times in the whole text is not read from it. */
  static final int BODY_MIN_HITS = 2;

  /**
   * Subjects by label (taxonomy order) and one reason for each ("Kinh tế — tiêu đề: \"du lịch\"").
   *
   * @param labels the subjects' labels
   * @param reasons one line per subject, in the same order
   */
  public record Result(List<String> labels, List<String> reasons) {
    static final Result NONE = new Result(List.of(), List.of());
  }

  public static Result read(String type, String title, List<String> opening, String text) {
    Subjects s = Subjects.load();
    String typed = s.ofType(type);
    if (typed != null) {
      return result(s, Map.of(typed, List.of(type)), "loại văn bản");
    }
    if (title != null && !title.isBlank()) {
      List<String> words = Subjects.words(title);
      String whole = s.whole(words);
      if (whole != null) {
        return result(s, Map.of(whole, List.of(title.strip())), "tiêu đề");
      }
      // "quy chế làm việc của Đảng đoàn Hội đồng nhân dân": a body's own working is the field of that body
      // the type is read with the title: a "Quy chế" titled "làm việc của ..." is a "quy chế làm việc"
      Map<String, List<String>> own = ownWorking(s, Subjects.words((type == null ? "" : type + " ") + title));
      if (!own.isEmpty()) {
        return result(s, own, "tiêu đề");
      }
      // "phát triển đảng viên ... tại các doanh nghiệp": words after tại, sau, qua, đến say where or when, not what
      Map<String, List<String>> named = find(s.cues(), words.subList(0, circumstanceStart(words)));
      if (named.isEmpty()) {
        named = find(s.cues(), words);
      }
      if (!named.isEmpty()) {
        String first = named.keySet().iterator().next(); // the leftmost subject named
        return result(s, s.alone(first) ? Map.of(first, named.get(first)) : named, "tiêu đề");
      }
      Map<String, List<String>> general = find(s.general(), words);
      if (!general.isEmpty()) {
        return result(s, general, "tiêu đề");
      }
    } else if (opening != null && !opening.isEmpty()) {
      Map<String, List<String>> named = find(s.cues(), Subjects.words(String.join(" ", opening)));
      if (!named.isEmpty() && named.size() <= 2) {
        return result(s, named, "đoạn mở đầu");
      }
    }
    return text == null ? Result.NONE : fromText(s, text);
  }

  /**
   * The subject of the first body a title names after words about a body's own working ("quy chế làm việc của
   * Ban Chấp hành Đảng bộ tỉnh" is Xây dựng Đảng), with the working words and the body as its reason; empty
   * when the title has no such words or names no body after them.
   */
  static Map<String, List<String>> ownWorking(Subjects s, List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      for (Subjects.Cue w : s.working()) {
        if (matches(words, i, w.words())) {
          Map<String, List<String>> body = find(s.bodies(), words.subList(i + w.words().size(), words.size()));
          if (body.isEmpty()) {
            return Map.of();
          }
          String code = body.keySet().iterator().next(); // the first body named after the working words
          return Map.of(code, List.of(w.phrase() + " … " + body.get(code).get(0)));
        }
      }
    }
    return Map.of();
  }

  /** Words that open a circumstance of place or time in a title. */
  static final Set<String> CIRCUMSTANCE = Set.of("tại", "sau", "qua", "đến");

  /** Where a title's first circumstance of place or time starts (its length when it has none). */
  static int circumstanceStart(List<String> words) {
    for (int i = 1; i < words.size(); i++) {
      if (CIRCUMSTANCE.contains(words.get(i))) {
        return i;
      }
    }
    return words.size();
  }

  /** The subjects the whole text names most, or "Tổng hợp" when it names many often. */
  private static Result fromText(Subjects s, String text) {
    Map<String, List<String>> found = find(s.cues(), Subjects.words(text));
    if (found.isEmpty()) {
      return Result.NONE;
    }
    int top = found.values().stream().mapToInt(List::size).max().orElse(0);
    int broadMin = Math.max(BROAD_MIN_HITS, (int) Math.ceil(BROAD_SHARE * top));
    long broad = found.values().stream().filter(l -> l.size() >= broadMin).count();
    if (broad >= BROAD_SUBJECTS) {
      List<String> counts = new ArrayList<>();
      for (Subjects.Subject sub : s.all()) {
        List<String> hits = found.get(sub.code());
        if (hits != null && hits.size() >= broadMin) {
          counts.add(sub.label() + " " + hits.size());
        }
      }
      Subjects.Subject general = s.byCode(Subjects.GENERAL);
      return new Result(List.of(general.label()),
          List.of(general.label() + " — nội dung: nhiều lĩnh vực (" + String.join(", ", counts) + " lần)"));
    }
    Map<String, List<String>> kept = new LinkedHashMap<>();
    found.forEach((code, hits) -> {
      if (hits.size() >= BODY_MIN_HITS && hits.size() >= BODY_SHARE * top) {
        kept.put(code, hits);
      }
    });
    return kept.isEmpty() ? Result.NONE : result(s, kept, "nội dung");
  }

  /**
   * Every cue in the words, leftmost and longest first (a cue inside a longer one found is not counted): each
   * subject's cue phrases, one entry per occurrence.
   */
  static Map<String, List<String>> find(List<Subjects.Cue> cues, List<String> words) {
    Map<String, List<Subjects.Cue>> byFirst = new HashMap<>();
    for (Subjects.Cue c : cues) {
      byFirst.computeIfAbsent(c.words().get(0), k -> new ArrayList<>()).add(c);
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    int i = 0;
    while (i < words.size()) {
      Subjects.Cue best = null;
      for (Subjects.Cue c : byFirst.getOrDefault(words.get(i), List.of())) {
        if ((best == null || c.words().size() > best.words().size()) && matches(words, i, c.words())) {
          best = c;
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      for (String code : best.codes()) {
        out.computeIfAbsent(code, k -> new ArrayList<>()).add(best.phrase());
      }
      i += best.words().size();
    }
    return out;
  }

  private static boolean matches(List<String> words, int at, List<String> cue) {
    if (at + cue.size() > words.size()) {
      return false;
    }
    for (int k = 0; k < cue.size(); k++) {
      if (!words.get(at + k).equals(cue.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static Result result(Subjects s, Map<String, List<String>> found, String where) {
    List<String> labels = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    for (Subjects.Subject sub : s.all()) {
      List<String> hits = found.get(sub.code());
      if (hits == null) {
        continue;
      }
      labels.add(sub.label());
      Set<String> distinct = new LinkedHashSet<>(hits);
      List<String> quoted = distinct.stream().limit(3).map(h -> "\"" + h + "\"").toList();
      String times = where.equals("nội dung") ? " (" + hits.size() + " lần)" : "";
      reasons.add(sub.label() + " — " + where + ": " + String.join(", ", quoted) + times);
    }
    return new Result(List.copyOf(labels), List.copyOf(reasons));
  }
}
