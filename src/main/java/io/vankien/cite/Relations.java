package io.vankien.cite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The relation vocabulary and the cues that name each relation, read once from relations.tsv. */
public final class Relations {
  private static final String RESOURCE = "relations.tsv";
  private static final String WORD_START = "(?<![\\p{L}\\p{N}])";
  private static final String WORD_END = "(?![\\p{L}\\p{N}])";
  private static final Relations STANDARD = load();

  /** A cue pattern and the relation it names (null for a skip: words that only look like a cue). */
  record Cue(Relation relation, String pattern, boolean partyOnly) {}

  private final Map<String, Relation> byCode;
  final List<Cue> before;
  final Pattern beforePattern;
  final Pattern afterPattern;
  final List<Relation> afterRelations;
  final Pattern listHead;
  final Pattern about;
  final Map<String, Relation> byTypeCode;
  final Map<String, Map<Relation, Relation>> byDocumentType;

  private Relations(Map<String, Relation> byCode, List<Cue> before, List<Cue> after, String listHead,
      String about, Map<String, Relation> byTypeCode, Map<String, Map<Relation, Relation>> byDocumentType) {
    this.byCode = byCode;
    this.before = List.copyOf(before);
    this.beforePattern = alternation(before);
    this.afterPattern = alternation(after);
    this.afterRelations = after.stream().map(Cue::relation).toList();
    this.listHead = Pattern.compile("^[\\s*“\"(\\-–]*" + listHead);
    this.about = Pattern.compile(WORD_START + "(?:" + about + ")" + WORD_END);
    this.byTypeCode = byTypeCode;
    this.byDocumentType = byDocumentType;
  }

  /** The vocabulary shipped with vankien. */
  public static Relations standard() {
    return STANDARD;
  }

  /** Every relation, strongest first. */
  public List<Relation> all() {
    return List.copyOf(byCode.values());
  }

  public Optional<Relation> of(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /** The relation of a symbol cited without any cue. */
  public Relation mentions() {
    return byCode.get("mentions");
  }

  /** The codes of the relations that make a citing document part of the cited one's implementation chain. */
  public Set<String> chainCodes() {
    Set<String> out = new java.util.LinkedHashSet<>();
    byCode.values().stream().filter(Relation::chain).forEach(r -> out.add(r.code()));
    return out;
  }

  /** Which cue group of {@link #beforePattern} matched: its index in {@link #before}. */
  static int group(java.util.regex.Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.start(g) >= 0) {
        return g - 1;
      }
    }
    throw new IllegalStateException("no group matched");
  }

  /**
   * One group per cue, each a whole word run, in order. The word start is checked once, before the alternation:
   * the same matches as each alternative checking it, but a position inside a word is left at once instead of
   * by every cue in turn (3 to 4 times faster over the laws, which the export and the document page read whole).
   */
  private static Pattern alternation(List<Cue> cues) {
    StringBuilder sb = new StringBuilder();
    for (Cue c : cues) {
      sb.append(sb.isEmpty() ? "" : "|").append("((?:").append(c.pattern()).append(')').append(WORD_END).append(')');
    }
    return Pattern.compile(sb.isEmpty() ? "(?!)" : WORD_START + "(?:" + sb + ")");
  }

  private static Relations load() {
    var in = Objects.requireNonNull(Relations.class.getResourceAsStream(RESOURCE), RESOURCE);
    Map<String, Relation> byCode = new LinkedHashMap<>();
    List<Cue> before = new ArrayList<>();
    List<Cue> after = new ArrayList<>();
    String listHead = "(?!)";
    String about = "(?!)";
    Map<String, Relation> byTypeCode = new HashMap<>();
    Map<String, Map<Relation, Relation>> byDocumentType = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        switch (f[0]) {
          case "relation" -> byCode.put(f[1], new Relation(f[1], f[2], byCode.size(), f[3].equals("yes")));
          case "skip" -> before.add(new Cue(null, f[1], false));
          case "before" -> before.add(new Cue(relation(byCode, f[1], n), f[2], f.length > 3 && f[3].equals("party")));
          case "after" -> after.add(new Cue(relation(byCode, f[1], n), f[2], false));
          case "list-head" -> listHead = f[1];
          case "about" -> about = f[1];
          case "code" -> byTypeCode.put(f[2], relation(byCode, f[1], n));
          case "type" -> byDocumentType.computeIfAbsent(f[1], k -> new HashMap<>())
              .put(relation(byCode, f[2], n), relation(byCode, f[3], n));
          default -> throw new IllegalStateException(RESOURCE + " line " + n + ": unknown entry " + f[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!byCode.containsKey("mentions")) {
      throw new IllegalStateException(RESOURCE + ": no 'mentions' relation");
    }
    return new Relations(byCode, before, after, listHead, about, byTypeCode, byDocumentType);
  }

  private static Relation relation(Map<String, Relation> byCode, String code, int line) {
    Relation r = byCode.get(code);
    if (r == null) {
      throw new IllegalStateException(RESOURCE + " line " + line + ": unknown relation " + code);
    }
    return r;
  }
}
