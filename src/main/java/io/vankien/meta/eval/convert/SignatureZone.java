package io.vankien.meta.eval.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The signature block of an office document in its plain text: authority and role lines ("T/M BAN
 * THƯỜNG VỤ", "BÍ THƯ"), an optional "(Đã ký)", and the signer's name, the last such block of the
 * document (lines after it, such as footnotes, stay after it).
 *
 * @param start index of the first authority line
 * @param end index of the name line
 * @param authority the authority and role lines, top down
 * @param stamp the "(Đã ký)" line, or null
 * @param name the signer's name
 */
record SignatureZone(int start, int end, List<String> authority, String stamp, String name) {
  /** How many non-blank lines from the end the name is looked for. */
  private static final int SEARCH_LINES = 60;
  private static final int MAX_AUTHORITY_LINES = 4;

  /** The last signature block below line {@code from}, if any. */
  static Optional<SignatureZone> find(List<String> lines, int from) {
    int seen = 0;
    for (int n = lines.size() - 1; n > from && seen < SEARCH_LINES; n--) {
      String l = lines.get(n);
      if (l.isEmpty()) {
        continue;
      }
      seen++;
      if (!LineShapes.name(l)) {
        continue;
      }
      Optional<SignatureZone> zone = above(lines, from, n);
      if (zone.isPresent()) {
        return zone;
      }
    }
    return Optional.empty();
  }

  /** The block whose name is line {@code name}: authority lines above it, a stamp between them allowed. */
  private static Optional<SignatureZone> above(List<String> lines, int from, int name) {
    String stamp = null;
    int i = previous(lines, name, from);
    if (i > from && LineShapes.stamp(lines.get(i))) {
      stamp = lines.get(i);
      i = previous(lines, i, from);
    }
    List<String> authority = new ArrayList<>();
    int start = -1;
    while (i > from && authority.size() < MAX_AUTHORITY_LINES && LineShapes.authority(lines.get(i))) {
      authority.add(0, lines.get(i));
      start = i;
      i = previous(lines, i, from);
    }
    if (authority.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new SignatureZone(start, name, List.copyOf(authority), stamp, lines.get(name)));
  }

  /** The index of the non-blank line above {@code i}, or {@code from} when there is none below it. */
  private static int previous(List<String> lines, int i, int from) {
    for (int j = i - 1; j > from; j--) {
      if (!lines.get(j).isEmpty()) {
        return j;
      }
    }
    return from;
  }
}
