package io.vankien.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document's number (số, ký hiệu), by its rules; {@link HeaderReader} finds the header lines it tries.
 *
 * <ul>
 *   <li>The number line: "Số 01-NQ/TU", "Số: 1234/UBND-KT", "Luật số: 45/2013/QH13", "Nghị quyết số ...":
 *       "số" after nothing or a type's name, then the symbol ({@link #ofNumberLine}).
 *   <li>The number inside a title line: "LUẬT SỐ 103-SL/L.005 NGÀY 20-5-1957 ..." ({@link #inLine}).
 *   <li>A symbol a narrow header cell broke after a hyphen or slash, "Số: 1234/NQ-" / "HĐND", is joined
 *       again on its number line before any of that ({@link #joinBrokenSymbols}).
 * </ul>
 *
 * The symbols themselves (their shapes, old and new) are {@link DocumentNumbers}'.
 */
final class NumberReader {
  private NumberReader() {}

  /** The number of the header the zones hold, or null. */
  static String read(DocumentZones z) {
    return z.header().number();
  }

  private static final Pattern NUMBER_LINE = Pattern.compile(
      "(?iu)^((?:[\\p{L}]+\\s+){0,3})số\\s*[:.]*\\s*(.+)$"); // "Số", "Luật số", "Nghị quyết số"
  private static final Pattern NUMBER_IN_LINE = Pattern.compile("(?iu)(?<![\\p{L}])số\\s*:*\\s*(?=\\d)");

  /** The symbol of a number line ("Số 01-NQ/TU", "Luật số: 45/2013/QH13"), or null when the line is not one. */
  static String ofNumberLine(String line) {
    Matcher nm = NUMBER_LINE.matcher(line);
    if (nm.matches() && (nm.group(1).isBlank() || DocumentTypes.isTypeName(nm.group(1)))) {
      return firstSymbol(nm.group(2));
    }
    return null;
  }

  /**
   * A symbol right after a "số" inside a line ("LUẬT SỐ 103-SL/L.005 NGÀY 20-5-1957 VỀ ..."): the symbol,
   * what stands before the "số" (stripped) and what follows the symbol.
   */
  record InLine(String number, String before, String after) {
    /** Whether the line names the document itself: a line in capitals opening with "SỐ" or a type's name then "SỐ". */
    boolean namesTheDocument(String line) {
      return VietnameseCase.isCapitals(line) && (before.isEmpty() || DocumentTypes.isTypeName(before));
    }
  }

  /** The first "số" of the line followed by a symbol, or null. */
  static InLine inLine(String line) {
    if (!hasDigit(line)) {
      return null; // NUMBER_IN_LINE needs a digit after its "số"
    }
    Matcher sm = NUMBER_IN_LINE.matcher(line);
    while (sm.find()) {
      String rest = line.substring(sm.end());
      List<DocumentNumbers.Found> found = DocumentNumbers.findAll(rest);
      if (!found.isEmpty() && found.get(0).start() == 0) {
        return new InLine(found.get(0).number(), line.substring(0, sm.start()).strip(), rest.substring(found.get(0).end()));
      }
    }
    return null;
  }

  /** The first symbol of a text, when it stands at its start (after at most two characters), or null. */
  static String firstSymbol(String s) {
    List<DocumentNumbers.Found> found = DocumentNumbers.findAll(s);
    return found.isEmpty() || found.get(0).start() > 2 ? null : found.get(0).number();
  }

  /** A number line whose symbol a narrow header cell broke after a hyphen or slash: "Số: 1234/NQ-". */
  private static final Pattern SYMBOL_CUT = Pattern.compile("(?iu)^(?:[\\p{L}]+\\s+){0,3}số\\s*[:.]*\\s*\\d[\\p{L}\\d/.\\-]*[/\\-]$");
  /** The rest of the symbol on a line of its own: "HĐND", "UBND-KT", "TU". */
  private static final Pattern SYMBOL_REST = Pattern.compile("(?u)^\\p{Lu}[\\p{Lu}\\d]{0,9}(?:[/\\-.][\\p{L}\\d]{1,10}){0,3}$");
  /** How far below its number line a PDF's reading order can put the rest of a symbol (the other column's lines between). */
  private static final int SYMBOL_REST_REACH = 3;

  /**
   * A symbol broken at the end of its cell's line ("Số: 1234/NQ-" / "HĐND", the other column's line between
   * them in a PDF's reading order) joined again on the number line, in the first {@code limit} lines.
   */
  static List<String> joinBrokenSymbols(List<String> lines, int limit) {
    List<String> out = new ArrayList<>(lines);
    for (int i = 0; i < Math.min(out.size(), limit); i++) {
      String l = out.get(i);
      if (l.isEmpty() || !(l.endsWith("-") || l.endsWith("/")) || !SYMBOL_CUT.matcher(l).matches()) {
        continue;
      }
      for (int k = i + 1; k < out.size() && k <= i + SYMBOL_REST_REACH; k++) {
        if (SYMBOL_REST.matcher(out.get(k)).matches() && DocumentTypes.ofTypeLine(out.get(k)) == null) {
          out.set(i, l + out.get(k));
          out.remove(k);
          break;
        }
      }
    }
    return out;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }
}
