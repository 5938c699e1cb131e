package io.vankien.meta;

import io.vankien.text.VietnameseText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnam's provinces before 1 July 2025 (63) and after (34), from the resource {@code provinces.json}, and
 * the matching of their names in text in any case, tone-mark placement or dash style ("TỈNH ỦY HƯNG YÊN",
 * "Khánh Hoà", "Thừa Thiên - Huế", "TP. Hồ Chí Minh"). Immutable; {@link #load()} returns one shared
 * instance, safe to use from any thread.
 */
public final class Provinces {

  /** A province named in a text: its name as named then (63-province list) and where it stands. */
  public record Match(String name, int start, int end, boolean prefixed) {}

  private static final String RESOURCE = "provinces.json";
  private static volatile Provinces instance;

  /** Names that are also common words or a person's name: in capitals or always, they need "tỉnh"/"TP". */
  private static final Set<String> AMBIGUOUS_IN_CAPITALS = Set.of("Hòa Bình", "Thái Bình", "Bình Định");
  private static final Set<String> ALWAYS_NEEDS_PREFIX = Set.of("Hồ Chí Minh");
  /** Keys (see {@link #key}) of the words that introduce a province: "tỉnh X", "thành phố X", "TP. X". */
  private static final Set<String> PREFIX_WORDS = Set.of("tỉnh", "phố", "tp", "ủy");
  /** Words of a lower unit before a name: "xã", "phường", "huyện", "quận", "thị trấn". */
  private static final Set<String> LOWER_UNIT_WORDS = Set.of("xã", "phường", "huyện", "quận", "trấn");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

  private final List<String> oldNames;
  private final List<String> currentNames;
  private final Map<String, String> currentOfOld;
  private final Set<String> centralCities;
  /** The 6 centrally-run cities among the current names (the 5 and Huế). */
  private final Set<String> currentCentralCities;

  /** The day the 34-province map took effect (Nghị quyết 202/2025/QH15). */
  public static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
  /** key of a spelling -> old (63-list) name. */
  private final Map<String, String> byKey;
  /** key of a current (34-list) name -> that name. */
  private final Map<String, String> currentByKey;
  /** alias keys that count only right after "tỉnh"/"thành phố"/"TP". */
  private final Set<String> prefixOnlyKeys;
  private final int maxWords;
  /**
   * The first word of each key: a name begins with a word whose key is one of these (the key of words
   * separated by spaces, dashes or dots is their keys joined by spaces).
   */
  private final Set<String> firstWords;

  private Provinces(JsonNode root) {
    List<String> olds = new ArrayList<>();
    Map<String, String> codeToCurrent = new HashMap<>();
    List<String> currents = new ArrayList<>();
    Set<String> currentCities = new java.util.HashSet<>();
    for (JsonNode p : root.path("from_2025_07_01")) {
      codeToCurrent.put(p.path("code").asText(), nfc(p.path("name").asText()));
      currents.add(nfc(p.path("name").asText()));
      if ("thành phố".equals(p.path("kind").asText())) {
        currentCities.add(nfc(p.path("name").asText()));
      }
    }
    this.currentCentralCities = Set.copyOf(currentCities);
    Map<String, String> current = new LinkedHashMap<>();
    Set<String> cities = new java.util.HashSet<>();
    for (JsonNode p : root.path("before_2025_07_01")) {
      String name = nfc(p.path("name").asText());
      olds.add(name);
      String becomes = codeToCurrent.get(p.path("becomes").asText());
      if (becomes == null) {
        throw new IllegalStateException(RESOURCE + ": province " + name + " becomes unknown code "
            + p.path("becomes").asText());
      }
      current.put(name, becomes);
      if ("thành phố".equals(p.path("kind").asText())) {
        cities.add(name);
      }
    }
    if (olds.size() != 63 || currents.size() != 34) {
      throw new IllegalStateException(RESOURCE + ": expected 63 and 34 provinces, found " + olds.size()
          + " and " + currents.size());
    }
    this.oldNames = List.copyOf(olds);
    this.currentNames = List.copyOf(currents);
    this.currentOfOld = Map.copyOf(current);
    this.centralCities = Set.copyOf(cities);
    Map<String, String> keys = new HashMap<>();
    for (String n : olds) {
      keys.put(key(n), n);
    }
    Set<String> prefixOnly = new java.util.HashSet<>();
    alias(keys, "Thừa Thiên Huế", "Thừa Thiên - Huế", "TT Huế", "TT-Huế");
    alias(keys, "Bà Rịa - Vũng Tàu", "Bà Rịa Vũng Tàu", "BR-VT", "Bà Rịa – Vũng Tàu");
    alias(keys, "Đắk Lắk", "Đắc Lắc", "Dak Lak", "Đắk Lắc", "Đăk Lăk", "Daklak");
    alias(keys, "Đắk Nông", "Đăk Nông", "Dak Nong", "Đắc Nông");
    alias(keys, "Kon Tum", "KonTum", "Kontum");
    for (String a : List.of("HCM", "Hồ Chí Minh", "Sài Gòn")) {
      keys.put(key(a), "Hồ Chí Minh");
    }
    prefixOnly.add(key("HCM"));
    keys.put(key("Huế"), "Thừa Thiên Huế");
    prefixOnly.add(key("Huế"));
    this.byKey = Map.copyOf(keys);
    this.prefixOnlyKeys = Set.copyOf(prefixOnly);
    Map<String, String> ck = new HashMap<>();
    for (String n : currents) {
      ck.put(key(n), n);
    }
    this.currentByKey = Map.copyOf(ck);
    this.maxWords = keys.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    this.firstWords = keys.keySet().stream().map(k -> k.split(" ")[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  private static void alias(Map<String, String> keys, String name, String... spellings) {
    for (String s : spellings) {
      keys.put(key(s), name);
    }
  }

  /** The shared instance, read once from the classpath resource. */
  public static Provinces load() {
    Provinces p = instance;
    if (p == null) {
      synchronized (Provinces.class) {
        p = instance;
        if (p == null) {
          try (InputStream in = Provinces.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("missing resource io/vankien/meta/" + RESOURCE);
            }
            p = new Provinces(new ObjectMapper().readTree(in));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read io/vankien/meta/" + RESOURCE, e);
          }
          instance = p;
        }
      }
    }
    return p;
  }

  /** The 63 provinces before 1 July 2025, as named then (without "tỉnh"/"thành phố"). */
  public List<String> oldNames() {
    return oldNames;
  }

  /** The 34 provinces from 1 July 2025. */
  public List<String> currentNames() {
    return currentNames;
  }

  /** The 5 centrally-run cities among the old names (Hà Nội, Hải Phòng, Đà Nẵng, Hồ Chí Minh, Cần Thơ). */
  public boolean isCentralCity(String oldName) {
    String c = canonical(oldName);
    return c != null && centralCities.contains(c);
  }

  /**
   * Whether a place is a centrally-run city on a date: the 34-list's cities from 1 July 2025 ("Huế"),
   * the 63-list's before (or when the date is unknown).
   */
  public boolean isCentralCityOn(String place, LocalDate date) {
    if (date != null && !date.isBefore(MERGER)) {
      String c = canonicalCurrent(place);
      return c != null && currentCentralCities.contains(c);
    }
    return isCentralCity(place);
  }

  /**
   * A province as it was named on a date: from 1 July 2025 every issuing body belongs to one of the 34
   * provinces, so an old name gives the province it became ("Thừa Thiên Huế" gives "Huế"); before, or
   * with no date, the name is returned as it is.
   */
  public String asNamedOn(String oldName, LocalDate date) {
    if (oldName == null || date == null || date.isBefore(MERGER)) {
      return oldName;
    }
    String current = currentOf(oldName);
    return current == null ? oldName : current;
  }

  /**
   * The provinces named in a text written on a date: from 1 July 2025 a name written exactly as one of
   * the 34 ("thành phố Huế") is that province; other names (an old province the text recalls, "Hà
   * Nam") stay as written.
   */
  public List<String> namesIn(String text, LocalDate date) {
    if (date == null || date.isBefore(MERGER)) {
      return namesIn(text);
    }
    return find(text).stream()
        .map(m -> {
          String current = canonicalCurrent(text.substring(m.start(), m.end()));
          return current != null ? current : m.name();
        })
        .distinct()
        .toList();
  }

  /**
   * The province (34-list) that an old province belongs to after 1 July 2025, for a name in any spelling;
   * a current name maps to itself; null when the name is no province.
   */
  public String currentOf(String name) {
    if (name == null) {
      return null;
    }
    String old = canonical(name);
    if (old != null) {
      return currentOfOld.get(old);
    }
    return currentByKey.get(key(stripKind(name)));
  }

  /** The old (63-list) name for a spelling ("tỉnh Khánh Hoà", "TP. HCM", "THỪA THIÊN - HUẾ"), or null. */
  public String canonical(String phrase) {
    if (phrase == null) {
      return null;
    }
    return byKey.get(key(stripKind(phrase)));
  }

  /** The current (34-list) name for a spelling of a current name, or null. */
  public String canonicalCurrent(String phrase) {
    if (phrase == null) {
      return null;
    }
    return currentByKey.get(key(stripKind(phrase)));
  }

  private static String stripKind(String phrase) {
    return nfc(phrase).strip()
        .transform(s -> KIND.matcher(s).replaceFirst(""));
  }

  /**
   * Every province named in the text, in order. A name counts when each word is capitalised (so "diễn
   * biến hòa bình" is no province); names that are also words or a person ("Hòa Bình" in capitals, "Hồ
   * Chí Minh") count only after "tỉnh", "thành phố", "TP." or "Tỉnh ủy"/"Thành ủy".
   */
  public List<Match> find(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      if (!Character.isUpperCase(text.charAt(words.get(i)[0])) || !firstWords.contains(key(word(text, words, i)))) {
        i++;
        continue;
      }
      Match found = null;
      int used = 0;
      for (int len = Math.min(maxWords, words.size() - i); len >= 1 && found == null; len--) {
        if (!adjacent(text, words, i, len)) {
          continue;
        }
        int start = words.get(i)[0];
        int end = words.get(i + len - 1)[1];
        String k = key(text.substring(start, end));
        String name = byKey.get(k);
        if (name == null || !capitalised(text, words, i, len)) {
          continue;
        }
        boolean prefixed = i > 0 && PREFIX_WORDS.contains(key(word(text, words, i - 1)))
            && adjacent(text, words, i - 1, 2);
        if (i > 0 && LOWER_UNIT_WORDS.contains(key(word(text, words, i - 1))) && adjacent(text, words, i - 1, 2)) {
          continue; // "phường Bắc Giang", "xã Hòa Bình": a ward or commune named like a province
        }
        boolean capitals = allCapitals(text.substring(start, end));
        boolean needsPrefix = prefixOnlyKeys.contains(k) || ALWAYS_NEEDS_PREFIX.contains(name)
            || (capitals && AMBIGUOUS_IN_CAPITALS.contains(name));
        if (needsPrefix && !prefixed) {
          continue;
        }
        found = new Match(name, start, end, prefixed);
        used = len;
      }
      if (found != null) {
        out.add(found);
        i += used;
      } else {
        i++;
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The distinct provinces named in the text, in order of first mention. */
  public List<String> namesIn(String text) {
    return find(text).stream().map(Match::name).distinct().toList();
  }

  private static String word(String text, List<int[]> words, int i) {
    return text.substring(words.get(i)[0], words.get(i)[1]);
  }

  /** True when the words i..i+len-1 are separated only by spaces, dashes or a dot (no line break). */
  /**
   * Whether the {@code len} words from {@code i} follow one another as one name: gaps of 1-5 of " \u00a0\t.-–—",
   * or a line wrap, even one a converter turned into a paragraph break ("Thành phố Hồ" / "" / "Chí Minh": a
   * broken line typed as two paragraphs, written by Markdown with a blank line between).
   */
  private static boolean adjacent(String text, List<int[]> words, int i, int len) {
    for (int j = i; j < i + len - 1; j++) {
      int from = words.get(j)[1];
      int to = words.get(j + 1)[0];
      if (to - from < 1 || to - from > 5) {
        return false;
      }
      int newlines = 0;
      boolean marks = false; // "." or a dash: within a line only ("Bà Rịa - Vũng Tàu"), not before a list item
      for (int k = from; k < to; k++) {
        char c = text.charAt(k);
        if (c == '\n') {
          newlines++;
        } else if (GAP_CHARS.indexOf(c) < 0 && c != '\r') {
          return false;
        } else {
          marks |= !Character.isWhitespace(c) && c != '\u00a0';
        }
      }
      if (newlines > 2 || (newlines > 0 && marks)) {
        return false;
      }
    }
    return true;
  }

  private static final String GAP_CHARS = " \u00a0\t.-–—";

  private static boolean capitalised(String text, List<int[]> words, int i, int len) {
    for (int j = i; j < i + len; j++) {
      if (!Character.isUpperCase(text.charAt(words.get(j)[0]))) {
        return false;
      }
    }
    return true;
  }

  private static boolean allCapitals(String s) {
    return s.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /**
   * The matching key of a name: NFC, the canonical tone placement ({@link VietnameseText#normalize}: "hoà"
   * = "hòa"), lower case, dashes and dots as spaces, one space between words.
   */
  public static String key(String s) {
    String t = VietnameseText.normalize(s).toLowerCase(Locale.ROOT);
    return SPACES.matcher(PUNCTUATION.matcher(t).replaceAll(" ")).replaceAll(" ").strip();
  }

  private static final Pattern PUNCTUATION = Pattern.compile("[.\\-–—,_/]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  // patterns compiled once (they were compiled on every call)
  private static final java.util.regex.Pattern KIND = java.util.regex.Pattern.compile("(?iu)^(tỉnh|thành phố|tp\\.?)\\s*");
}
