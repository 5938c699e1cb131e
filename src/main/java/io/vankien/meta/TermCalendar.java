package io.vankien.meta;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When the terms of Party committees, the National Assembly and the people's councils ran, from {@code
 * terms.tsv} (beside this class; its header explains every row and the reasons for its bounds): the
 * period a dated document's term covers when the date alone says it, and whose term an issuer's bare
 * "khóa" is. Immutable; {@link #standard()} is read once.
 */
final class TermCalendar {
  static final String RESOURCE = "terms.tsv";
  /** The {@code party-season} row for a document of unknown level. */
  static final String ANY_LEVEL = "*";

  /** Whose term a "khóa" or a "nhiệm kỳ" is. */
  enum Body { PARTY, CENTRAL, ASSEMBLY, COUNCIL, UNKNOWN }

  /** A term's years, "2015-2020". */
  record Period(int from, int to) {
    static Period parse(String s) {
      String[] p = s.strip().split("-");
      return new Period(Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip()));
    }

    @Override
    public String toString() {
      return from + "-" + to;
    }
  }

  private record Season(MonthDay outgoingUntil, MonthDay incomingFrom) {}

  private record Window(Period period, LocalDate from, LocalDate until) {}

  private record Marker(Body body, List<String> words) {}

  private final int firstCongressYear;
  private final int congressEvery;
  private final Map<String, Season> seasons;
  private final Map<String, Period> national;
  private final Map<String, Period> assembly;
  private final List<Window> councils;
  private final List<Marker> markers;

  private static final class Holder {
    static final TermCalendar STANDARD = read();
  }

  static TermCalendar standard() {
    return Holder.STANDARD;
  }

  private TermCalendar(List<String[]> rows) {
    int first = -1;
    int every = -1;
    Map<String, Season> se = new HashMap<>();
    Map<String, Period> na = new HashMap<>();
    Map<String, Period> as = new HashMap<>();
    List<Window> co = new ArrayList<>();
    List<Marker> ma = new ArrayList<>();
    for (String[] r : rows) {
      switch (r[0]) {
        case "party-cycle" -> {
          first = Integer.parseInt(r[1]);
          every = Integer.parseInt(r[2]);
        }
        case "party-season" -> se.put(r[1], new Season(monthDay(r[2]), monthDay(r[3])));
        case "central" -> na.put(r[1], Period.parse(r[2]));
        case "assembly" -> as.put(r[1], Period.parse(r[2]));
        case "council" -> co.add(new Window(Period.parse(r[1]), LocalDate.parse(r[2]), LocalDate.parse(r[3])));
        case "marker" -> ma.add(new Marker(Body.valueOf(r[1].toUpperCase(java.util.Locale.ROOT)),
            BodyVocabulary.words(r[2])));
        default -> throw new IllegalStateException(RESOURCE + ": unknown row kind '" + r[0] + "'");
      }
    }
    if (first < 0 || !se.containsKey(ANY_LEVEL)) {
      throw new IllegalStateException(RESOURCE + ": needs a party-cycle row and a party-season row for *");
    }
    this.firstCongressYear = first;
    this.congressEvery = every;
    this.seasons = Map.copyOf(se);
    this.national = Map.copyOf(na);
    this.assembly = Map.copyOf(as);
    this.councils = List.copyOf(co);
    this.markers = List.copyOf(ma);
  }

  private static MonthDay monthDay(String s) {
    return s.equals("-") ? null : MonthDay.parse("--" + s);
  }

  /**
   * The term of a Party committee of a level on a date, when the date alone says it: any date of a year
   * between congresses, and a congress year's dates outside its level's congress season; null otherwise
   * (no date, before the cycle, inside the season).
   */
  Period partyTermOn(LocalDate date, String level) {
    if (date == null || date.getYear() < firstCongressYear) {
      return null;
    }
    int year = date.getYear();
    int since = (year - firstCongressYear) % congressEvery;
    if (since != 0) {
      return new Period(year - since, year - since + congressEvery);
    }
    Season s = seasons.getOrDefault(level == null ? ANY_LEVEL : level, seasons.get(ANY_LEVEL));
    if (s.outgoingUntil() != null && year > firstCongressYear && !date.isAfter(s.outgoingUntil().atYear(year))) {
      return new Period(year - congressEvery, year);
    }
    if (s.incomingFrom() != null && !date.isBefore(s.incomingFrom().atYear(year))) {
      return new Period(year, year + congressEvery);
    }
    return null;
  }

  /** The term of the national congress with this number ("XIII": 2021-2026), or null. */
  Period nationalCongress(String roman) {
    return national.get(roman);
  }

  /** The term of the National Assembly with this number ("XIII": 2011-2016), or null. */
  Period assembly(String roman) {
    return assembly.get(roman);
  }

  /** The term every people's council serves on a date, or null between two windows or without a date. */
  Period councilTermOn(LocalDate date) {
    if (date == null) {
      return null;
    }
    for (Window w : councils) {
      if (!date.isBefore(w.from()) && !date.isAfter(w.until())) {
        return w.period();
      }
    }
    return null;
  }

  /** Whose term an issuer's "khóa" is: the first marker whose words the issuer's name holds. */
  Body bodyOf(List<String> issuerWords) {
    if (issuerWords == null) {
      return Body.UNKNOWN;
    }
    for (Marker m : markers) {
      if (java.util.Collections.indexOfSubList(issuerWords, m.words()) >= 0) {
        return m.body();
      }
    }
    return Body.UNKNOWN;
  }

  private static TermCalendar read() {
    return new TermCalendar(Vocabulary.rows(RESOURCE, kind -> switch (kind) {
      case "party-season", "council" -> 4;
      default -> 3;
    }));
  }
}
