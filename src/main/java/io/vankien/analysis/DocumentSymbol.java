package io.vankien.analysis;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PLACEHOLDER (foundation): document symbol keys; the analysis chain's grammar replaces it. */
public final class DocumentSymbol {
  private DocumentSymbol() {}

  private static final Pattern SYMBOL = Pattern.compile(
      "0*(\\d+)\\s*([-/])\\s*([\\p{L}\\d]+(?:\\s*[-/]\\s*[\\p{L}\\d]+)*)");

  public static Optional<String> key(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = SYMBOL.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String rest = m.group(3).replaceAll("\\s+", "");
    return Optional.of((m.group(1) + m.group(2) + rest).toLowerCase(Locale.ROOT));
  }
}
