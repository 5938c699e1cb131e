package io.vankien.meta;

import io.vankien.text.VietnameseText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of issuing bodies in {@code bodies.tsv} (beside this class; its header explains every row):
 * abbreviations, aliases, administrative units and their Party committees, the organs that count as
 * their committee, places written differently in a name, and the capitals of names. Words are held as
 * {@link #words} gives them (normalized, lower case), so a lookup ignores case and tone-mark placement.
 * Immutable; {@link #standard()} is read once.
 */
final class BodyVocabulary {
  static final String RESOURCE = "bodies.tsv";

  /** A unit word ("tỉnh"), its committee's name ("Tỉnh ủy"), and whether it is a province-level unit. */
  record Unit(List<String> word, List<String> committee, String committeeName, boolean provincial) {
    /** True when the committee's name ends with the unit word ("Đảng ủy xã"), which it keeps. */
    boolean committeeNamesUnit() {
      return committee.size() > word.size()
          && committee.subList(committee.size() - word.size(), committee.size()).equals(word);
    }
  }

  /** A name and the name it is replaced by. */
  record Alias(List<String> from, List<String> to) {}

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DASH = Pattern.compile("\\s*[-\u2010-\u2015]\\s*");
  private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

  private final Pattern abbreviations;
  private final Map<String, String> expansions;
  private final List<Alias> aliases;
  private final List<Unit> units;
  private final List<List<String>> organs;
  private final List<List<String>> committees;
  private final Map<String, String> places;
  private final Map<List<String>, String> capitals;
  private final List<List<String>> heads;
  private final int longestPhrase;

  private static final class Holder {
    static final BodyVocabulary STANDARD = read();
  }

  /** The vocabulary of {@code bodies.tsv}. */
  static BodyVocabulary standard() {
    return Holder.STANDARD;
  }

  private BodyVocabulary(List<String[]> rows) {
    Map<String, String> exp = new LinkedHashMap<>();
    List<Alias> al = new ArrayList<>();
    List<Unit> un = new ArrayList<>();
    List<List<String>> org = new ArrayList<>();
    List<List<String>> com = new ArrayList<>();
    Map<String, String> pl = new HashMap<>();
    Map<List<String>, String> caps = new HashMap<>();
    List<List<String>> hd = new ArrayList<>();
    for (String[] r : rows) {
      switch (r[0]) {
        case "abbrev" -> exp.put(r[1].toLowerCase(Locale.ROOT), r[2]);
        case "alias" -> al.add(new Alias(words(r[1]), words(r[2])));
        case "unit" -> {
          un.add(new Unit(words(r[1]), words(r[2]), VietnameseText.normalize(r[2]), "provincial".equals(r[3])));
          caps.put(words(r[2]), VietnameseText.normalize(r[2]));
        }
        case "organ" -> {
          org.add(words(r[1]));
          caps.put(words(r[1]), VietnameseText.normalize(r[1]));
        }
        case "committee" -> {
          com.add(words(r[1]));
          caps.put(words(r[1]), VietnameseText.normalize(r[1]));
        }
        case "place" -> pl.put(Provinces.key(VietnameseText.normalize(r[1])), VietnameseText.normalize(r[2]));
        case "name" -> caps.put(words(r[1]), VietnameseText.normalize(r[1]));
        case "head" -> {
          hd.add(words(r[1]));
          caps.put(words(r[1]), VietnameseText.normalize(r[1]));
        }
        default -> throw new IllegalStateException(RESOURCE + ": unknown row kind '" + r[0] + "'");
      }
    }
    this.expansions = Map.copyOf(exp);
    // longest first, so "UBMTTQ" is not read as "UB" + ...; a name may follow an abbreviation ending in "."
    List<String> abbr = new ArrayList<>(exp.keySet());
    abbr.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder alt = new StringBuilder();
    for (String a : abbr) {
      alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(a))
          .append(a.endsWith(".") ? "" : "(?![\\p{L}\\p{N}])");
    }
    this.abbreviations = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + alt + ")");
    al.sort(Comparator.comparingInt((Alias a) -> a.from().size()).reversed());
    this.aliases = List.copyOf(al);
    un.sort(Comparator.comparingInt((Unit u) -> u.word().size()).reversed());
    this.units = List.copyOf(un);
    this.organs = List.copyOf(org);
    this.committees = List.copyOf(com);
    this.places = Map.copyOf(pl);
    this.capitals = Map.copyOf(caps);
    this.heads = List.copyOf(hd);
    int longest = 1;
    for (List<String> k : caps.keySet()) {
      longest = Math.max(longest, k.size());
    }
    for (Unit u : un) {
      longest = Math.max(longest, u.word().size());
    }
    this.longestPhrase = longest;
  }

  /**
   * The words of a name as every lookup holds them: normalized ({@link VietnameseText#normalize}), lower
   * case, split at spaces; a dash and a comma are words of their own.
   */
  static List<String> words(String s) {
    String n = VietnameseText.normalize(s).toLowerCase(Locale.ROOT);
    n = COMMA.matcher(DASH.matcher(n).replaceAll(" - ")).replaceAll(" , ");
    n = SPACES.matcher(n.strip()).replaceAll(" ");
    return n.isEmpty() ? List.of() : List.of(n.split(" "));
  }

  /** The text with every abbreviation written out ("UBND TP.HCM" to "Ủy ban nhân dân thành phố HCM"). */
  String expandAbbreviations(String s) {
    Matcher m = abbreviations.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(expansions.get(m.group().toLowerCase(Locale.ROOT)) + " "));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  List<Alias> aliases() {
    return aliases;
  }

  /** The units, longest word first ("thị xã" before "xã"). */
  List<Unit> units() {
    return units;
  }

  List<List<String>> organs() {
    return organs;
  }

  /** Party committees of no unit ("Đảng ủy"). */
  List<List<String>> committees() {
    return committees;
  }

  List<List<String>> heads() {
    return heads;
  }

  /** A place as written in a body's name ("Thành phố Hồ Chí Minh"), or null when written as the place. */
  String placeAsWritten(String place) {
    return places.get(Provinces.key(place));
  }

  /** The capitals of a phrase of the vocabulary, or null when the words are no phrase of it. */
  String capitals(List<String> words) {
    return capitals.get(words);
  }

  /** The most words a phrase of the vocabulary has. */
  int longestPhrase() {
    return longestPhrase;
  }

  private static BodyVocabulary read() {
    return new BodyVocabulary(Vocabulary.rows(RESOURCE, kind -> switch (kind) {
      case "abbrev", "alias", "place" -> 3;
      case "unit" -> 4;
      default -> 2;
    }));
  }
}
