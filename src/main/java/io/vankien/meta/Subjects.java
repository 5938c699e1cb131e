package io.vankien.meta;

import io.vankien.text.VietnameseText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The subjects (lĩnh vực) a Party office files documents under and the words that name them, from {@code
 * subjects.tsv} beside this class (its header explains every kind of line). Immutable, loaded once.
 */
public final class Subjects {
  static final String RESOURCE = "subjects.tsv";
  /** The code of the subject of documents covering a committee's whole work. */
  public static final String GENERAL = "tong-hop";

  /** One subject: its code, the label records and the facet show, and what it covers. */
  public record Subject(String code, String label, String scope) {}

  /** Words naming subjects: their normal form ({@link #words}) and the subjects' codes. */
  record Cue(String phrase, List<String> words, List<String> codes) {}

  private static final Subjects INSTANCE = load();

  private final Map<String, Subject> byCode;
  private final Map<String, Subject> byLabel;
  private final List<Cue> cues;
  private final List<Cue> general;
  private final Map<String, String> whole;
  private final Map<String, String> types;
  private final java.util.Set<String> alone;
  private final List<Cue> bodies;
  private final List<Cue> working;

  private Subjects(Map<String, Subject> byCode, List<Cue> cues, List<Cue> general, Map<String, String> whole,
      Map<String, String> types, java.util.Set<String> alone, List<Cue> bodies, List<Cue> working) {
    this.byCode = byCode;
    this.byLabel = new HashMap<>();
    byCode.values().forEach(s -> byLabel.put(key(s.label()), s));
    this.cues = List.copyOf(cues);
    this.general = List.copyOf(general);
    this.whole = Map.copyOf(whole);
    this.types = Map.copyOf(types);
    this.alone = java.util.Set.copyOf(alone);
    this.bodies = List.copyOf(bodies);
    this.working = List.copyOf(working);
  }

  /** Whether this subject, named first in a title, is given alone (the fields after it are its object). */
  boolean alone(String code) {
    return alone.contains(code);
  }

  public static Subjects load() {
    if (INSTANCE != null) {
      return INSTANCE;
    }
    Map<String, Subject> byCode = new LinkedHashMap<>();
    List<Cue> cues = new ArrayList<>();
    List<Cue> general = new ArrayList<>();
    Map<String, String> whole = new HashMap<>();
    Map<String, String> types = new HashMap<>();
    java.util.Set<String> alone = new java.util.HashSet<>();
    List<Cue> bodies = new ArrayList<>();
    List<Cue> working = new ArrayList<>();
    List<String[]> rows = Vocabulary.rows(RESOURCE, kind -> switch (kind) {
      case "subject" -> 4;
      case "cue", "whole", "type", "body" -> 3;
      case "general", "none", "alone", "working" -> 2;
      default -> throw new IllegalStateException(RESOURCE + ": unknown kind " + kind);
    });
    for (String[] r : rows) {
      if (r[0].equals("subject")) {
        byCode.put(r[1], new Subject(r[1], r[2], r[3]));
      }
    }
    for (String[] r : rows) {
      switch (r[0]) {
        case "cue" -> cues.add(new Cue(r[1], words(r[1]), codes(r[2], byCode)));
        case "general" -> general.add(new Cue(r[1], words(r[1]), List.of(GENERAL)));
        case "none" -> cues.add(new Cue(r[1], words(r[1]), List.of()));
        case "alone" -> alone.add(codes(r[1], byCode).get(0));
        case "whole" -> whole.put(String.join(" ", words(r[1])), codes(r[2], byCode).get(0));
        case "type" -> types.put(key(r[1]), codes(r[2], byCode).get(0));
        case "body" -> bodies.add(new Cue(r[1], words(r[1]), codes(r[2], byCode)));
        case "working" -> working.add(new Cue(r[1], words(r[1]), List.of()));
        default -> { }
      }
    }
    if (!byCode.containsKey(GENERAL)) {
      throw new IllegalStateException(RESOURCE + ": no subject " + GENERAL);
    }
    return new Subjects(byCode, cues, general, whole, types, alone, bodies, working);
  }

  private static List<String> codes(String column, Map<String, Subject> byCode) {
    List<String> out = new ArrayList<>();
    for (String c : column.split(",")) {
      if (!byCode.containsKey(c.strip())) {
        throw new IllegalStateException(RESOURCE + ": unknown subject code " + c);
      }
      out.add(c.strip());
    }
    return List.copyOf(out);
  }

  /**
   * Text as cue words are matched: tones placed canonically, lower case, every run of characters other than
   * letters and digits one space ("Phòng, chống tham nhũng" is "phòng chống tham nhũng").
   */
  static List<String> words(String text) {
    String n = VietnameseText.normalize(text).toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < n.length()) {
      while (i < n.length() && !Character.isLetterOrDigit(n.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n.length() && Character.isLetterOrDigit(n.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(n.substring(start, i));
      }
    }
    return out;
  }

  private static String key(String s) {
    return String.join(" ", words(s));
  }

  /** Every subject, in the file's order. */
  public List<Subject> all() {
    return List.copyOf(byCode.values());
  }

  public Subject byCode(String code) {
    return byCode.get(code);
  }

  /** The subject of a label, in any letter case or tone placement. */
  public Optional<Subject> byLabel(String label) {
    return label == null ? Optional.empty() : Optional.ofNullable(byLabel.get(key(label)));
  }

  List<Cue> cues() {
    return cues;
  }

  List<Cue> general() {
    return general;
  }

  /** Bodies (a party committee, a people's council, a union...) and the subject of their own working. */
  List<Cue> bodies() {
    return bodies;
  }

  /** Words of a title about a body's own working ("quy chế làm việc", "chức năng, nhiệm vụ"). */
  List<Cue> working() {
    return working;
  }

  /** The subject of a title that is exactly these words, or null. */
  String whole(List<String> titleWords) {
    return whole.get(String.join(" ", titleWords));
  }

  /** The subject every document of this type has, or null. */
  String ofType(String type) {
    return type == null ? null : types.get(key(type));
  }
}
