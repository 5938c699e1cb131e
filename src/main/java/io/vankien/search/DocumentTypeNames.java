package io.vankien.search;

import io.vankien.text.VietnameseText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The document types a query may name ("nghị quyết", "nghi quyet") and their symbol codes ("NQ"), read
 * from the metadata vocabulary ({@code io/vankien/meta/document-types.txt} and {@code
 * document-type-codes.tsv}): the names the type facet holds and the codes symbols are written with.
 */
final class DocumentTypeNames {
  /** A type named at the start of a run of words: its name as the type facet holds it, and its length in words. */
  record Named(String type, int words) {}

  private static final List<String> NAMES = lines("document-types.txt").stream().toList();
  /** Lower-case code ("nq", "qđ", "ttr") to the type; codes are two letters or more ("L" is not one typed). */
  private static final Map<String, String> TYPE_OF_CODE = new LinkedHashMap<>();
  /** Type to its codes in lower case. */
  private static final Map<String, List<String>> CODES_OF_TYPE = new LinkedHashMap<>();
  /** Folded names, longest first, each as its words. */
  private static final List<String[]> FOLDED_NAMES = NAMES.stream()
      .sorted(Comparator.comparingInt(String::length).reversed())
      .map(n -> VietnameseText.fold(n.toLowerCase(Locale.ROOT)).split(" ")).toList();

  static {
    for (String line : lines("document-type-codes.tsv")) {
      String[] c = line.split("\t");
      String code = c[0].toLowerCase(Locale.ROOT);
      if (code.length() >= 2) {
        TYPE_OF_CODE.put(code, c[1]);
        TYPE_OF_CODE.putIfAbsent(VietnameseText.fold(code), c[1]); // "qd" typed for "qđ"
      }
      CODES_OF_TYPE.computeIfAbsent(c[1], k -> new ArrayList<>()).add(code);
    }
  }

  private DocumentTypeNames() {}

  /** Whether {@code code} ("NQ", "qd", "TTr") is the code of a document type. */
  static boolean isCode(String code) {
    return TYPE_OF_CODE.containsKey(code.toLowerCase(Locale.ROOT));
  }

  /** The type a symbol's code is written for ("KL" gives "Kết luận"), if it is one. */
  static Optional<String> typeOfCode(String code) {
    return Optional.ofNullable(code == null ? null : TYPE_OF_CODE.get(code.toLowerCase(Locale.ROOT)));
  }

  /** The lower-case symbol codes of a type ("Nghị quyết" gives "nq"); empty for a type without one. */
  static List<String> codes(String type) {
    return CODES_OF_TYPE.getOrDefault(type, List.of());
  }

  /**
   * The type whose name the words from {@code from} start with, compared without diacritics and case
   * ("nghi quyet", "Nghị Quyết"), the longest name first ("nghị quyết liên tịch" before "nghị quyết").
   */
  static Optional<Named> at(List<String> words, int from) {
    for (int n = 0; n < FOLDED_NAMES.size(); n++) {
      String[] name = FOLDED_NAMES.get(n);
      if (from + name.length > words.size()) {
        continue;
      }
      boolean same = true;
      for (int k = 0; k < name.length && same; k++) {
        same = VietnameseText.fold(words.get(from + k).toLowerCase(Locale.ROOT)).equals(name[k]);
      }
      if (same) {
        return Optional.of(new Named(typeOfFolded(name), name.length));
      }
    }
    return Optional.empty();
  }

  private static String typeOfFolded(String[] folded) {
    String f = String.join(" ", folded);
    return NAMES.stream().filter(n -> VietnameseText.fold(n.toLowerCase(Locale.ROOT)).equals(f)).findFirst()
        .orElseThrow();
  }

  private static List<String> lines(String resource) {
    try (InputStream in = DocumentTypeNames.class.getResourceAsStream("/io/vankien/meta/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource io/vankien/meta/" + resource);
      }
      List<String> out = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String l; (l = r.readLine()) != null; ) {
          if (!l.isBlank() && !l.startsWith("#")) {
            out.add(l.strip());
          }
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
