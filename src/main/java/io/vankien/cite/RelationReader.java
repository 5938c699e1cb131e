package io.vankien.cite;

import io.vankien.meta.DocumentNumbers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Reads how a document cites each symbol from the sentence that names it ({@link Relations}): the nearest
 * cue before the symbol in its sentence ("Căn cứ", "Thực hiện", "sơ kết 2 năm thực hiện", "Bãi bỏ") or one
 * after it ("... hết hiệu lực"). A cue reaches across a ";" only into a list item that names a document
 * ("Căn cứ Luật A; Luật B"). A cue inside the subject of another cited document ("Kết luận A về tiếp tục
 * thực hiện X") is that document's: X right after it is only mentioned, a document further on is listed
 * beside A and shares A's relation. A symbol cited several times has its strongest relation; the title is
 * read as one more sentence.
 */
public final class RelationReader {
  private static final int SENTENCE_MAX = 420;
  private static final int SHORT_GAP = 32;

  private final Relations vocabulary;

  public RelationReader(Relations vocabulary) {
    this.vocabulary = vocabulary;
  }

  public static RelationReader standard() {
    return new RelationReader(Relations.standard());
  }

  /**
   * The relation of the document to each of {@code cited} (in that order), read from its text and title;
   * {@code type} is the document's type ("Hướng dẫn"), may be null.
   */
  public List<TypedCitation> read(String text, String title, String type, List<String> cited) {
    if (cited.isEmpty()) {
      return List.of();
    }
    Map<String, TypedCitation> best = new LinkedHashMap<>();
    readInto(nfc(text), best);
    if (title != null && !title.isBlank()) {
      readInto(nfc(title), best);
    }
    Map<Relation, Relation> byType = type == null ? Map.of() : vocabulary.byDocumentType.getOrDefault(type, Map.of());
    List<TypedCitation> out = new ArrayList<>();
    for (String c : cited) {
      TypedCitation t = best.get(c);
      if (t == null) {
        out.add(new TypedCitation(c, vocabulary.mentions(), null));
        continue;
      }
      Relation r = byType.getOrDefault(t.relation(), t.relation());
      Relation forced = vocabulary.byTypeCode.get(typeCode(c));
      out.add(new TypedCitation(c, forced != null ? forced : r, t.sentence()));
    }
    return out;
  }

  /**
   * The relation a citing document has to one symbol, {@code number} in any writing ("48-kl/tw"): read as
   * {@link #read} reads it, for the form the document's {@code cites} write it in (the same symbol key), else
   * for {@code number} as given. What a document's "cited by" list and a symbol's page show of each citing document.
   */
  public TypedCitation relationTo(String text, String title, String type, List<String> cites, String number) {
    java.util.Optional<String> key = io.vankien.analysis.DocumentSymbol.key(number);
    String written = key.isEmpty() ? number : cites.stream()
        .filter(c -> io.vankien.analysis.DocumentSymbol.key(c).map(key.get()::equals).orElse(false))
        .findFirst().orElse(number);
    return read(text, title, type, List.of(written)).get(0);
  }

  private void readInto(String text, Map<String, TypedCitation> best) {
    List<DocumentNumbers.Found> symbols = DocumentNumbers.findAll(text);
    if (symbols.isEmpty()) {
      return;
    }
    String lower = lower(text);
    List<int[]> cues = cuesNear(text, lower, symbols);
    Map<Integer, Relation> read = new HashMap<>();
    for (int i = 0; i < symbols.size(); i++) {
      DocumentNumbers.Found f = symbols.get(i);
      Relation r = relationAt(text, lower, symbols, i, cues, read);
      read.put(i, r);
      TypedCitation seen = best.get(f.number());
      if (seen == null || r.rank() < seen.relation().rank()) {
        best.put(f.number(), new TypedCitation(f.number(), r, sentence(text, f)));
      }
    }
  }

  /**
   * The cues ({start, end, index into the vocabulary's before-cues}) in the sentences naming a symbol: the
   * only ones {@link #relationAt} can use (a cue counts from the symbol's sentence start on). No cue spans a
   * sentence start (cues hold no line break nor full stop), so each sentence is matched on its own, with
   * the text around it visible to the word-boundary look-arounds: the cues found are those a scan of the
   * whole text finds in these sentences ({@code RelationCuesTest}), at a cost proportional to the
   * citing sentences, not to the text (a whole-text scan was half of the ingest CPU).
   */
  List<int[]> cuesNear(String text, String lower, List<DocumentNumbers.Found> symbols) {
    List<int[]> cues = new ArrayList<>();
    Matcher m = vocabulary.beforePattern.matcher(lower).useTransparentBounds(true).useAnchoringBounds(false);
    int done = 0;
    for (DocumentNumbers.Found f : symbols) {
      int from = Math.max(done, sentenceStart(text, f.start()));
      int to = Math.max(from, f.start());
      if (to <= done) {
        continue;
      }
      m.region(from, to);
      while (m.find()) {
        cues.add(new int[] {m.start(), m.end(), Relations.group(m)});
      }
      done = to;
    }
    return cues;
  }

  /** Every cue of the whole text, as {@link #cuesNear} gives them: what it is checked against. */
  List<int[]> allCues(String lower) {
    List<int[]> cues = new ArrayList<>();
    Matcher m = vocabulary.beforePattern.matcher(lower);
    while (m.find()) {
      cues.add(new int[] {m.start(), m.end(), Relations.group(m)});
    }
    return cues;
  }

  private Relation relationAt(String text, String lower, List<DocumentNumbers.Found> symbols, int i,
      List<int[]> cues, Map<Integer, Relation> read) {
    DocumentNumbers.Found f = symbols.get(i);
    int from = cueReach(text, lower, f.start());
    Relation r = vocabulary.mentions();
    int[] cue = null;
    for (int[] c : cues) {
      if (c[0] >= from && c[1] <= f.start() && vocabulary.before.get(c[2]).relation() != null) {
        cue = c;
      }
    }
    if (cue != null) {
      Relations.Cue c = vocabulary.before.get(cue[2]);
      r = c.partyOnly() && !partyStyle(f.number()) ? vocabulary.mentions() : c.relation();
      int previous = -1;
      for (int j = i - 1; j >= 0; j--) {
        if (symbols.get(j).end() <= cue[0]) {
          previous = symbols.get(j).start() >= from ? j : -1;
          break;
        }
      }
      if (previous >= 0 && inSubject(lower, symbols.get(previous).end(), cue[0])) {
        String gap = text.substring(cue[1], f.start());
        boolean right = gap.length() <= SHORT_GAP && gap.chars().noneMatch(ch -> Character.isDigit(ch) || ch == ',' || ch == ';');
        r = right ? vocabulary.mentions() : read.getOrDefault(previous, vocabulary.mentions());
      }
    }
    int to = sentenceEnd(text, f.end());
    Matcher after = vocabulary.afterPattern.matcher(lower).region(f.end(), to);
    while (after.find()) {
      Relation a = vocabulary.afterRelations.get(Relations.group(after));
      if (a.rank() < r.rank()) {
        r = a;
      }
    }
    return r;
  }

  /** Whether a cue at {@code cueStart} stands in the subject ("về ...") of the symbol ending at {@code end}. */
  private boolean inSubject(String lower, int end, int cueStart) {
    String between = lower.substring(end, cueStart);
    Matcher m = vocabulary.about.matcher(between);
    int last = -1;
    while (m.find()) {
      last = m.end();
    }
    if (last < 0) {
      return false;
    }
    String rest = between.substring(last);
    return rest.indexOf(';') < 0 && rest.indexOf('”') < 0;
  }

  /** Where the cues that can reach the symbol at {@code at} begin: its sentence, or the list item. */
  private int cueReach(String text, String lower, int at) {
    int start = sentenceStart(text, at);
    int semi = lastSemicolon(lower, at - 1, start);
    while (semi >= start) {
      if (!vocabulary.listHead.matcher(lower.substring(semi + 1, at)).find()) {
        return semi + 1;
      }
      semi = lastSemicolon(lower, semi - 1, start);
    }
    return start;
  }

  /**
   * The last ';' at or before {@code from} and not before {@code floor}, or -1: {@code lastIndexOf} bounded by the
   * sentence, since in a text with few semicolons it went back to the start of the text for every symbol (a 4.8 MB
   * register of document numbers took 12.4-13.3 s to ingest, 5.8-6.1 s bounded; BENCHMARKS.md "Eleventh session").
   */
  static int lastSemicolon(String s, int from, int floor) {
    for (int i = Math.min(from, s.length() - 1); i >= Math.max(floor, 0); i--) {
      if (s.charAt(i) == ';') {
        return i;
      }
    }
    return -1;
  }

  static int sentenceStart(String text, int at) {
    for (int i = at - 1; i > 0; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return i + 1;
      }
      if (c == ' ' && i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1)) && ends(text.charAt(i - 1))
          && i + 1 <= at) {
        return i + 1;
      }
    }
    return 0;
  }

  private static int sentenceEnd(String text, int at) {
    for (int i = at; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == ';') {
        return i;
      }
      if (ends(c) && (i + 1 == text.length() || (text.charAt(i + 1) == ' ' && i + 2 < text.length()
          && Character.isUpperCase(text.charAt(i + 2))))) {
        return i + 1;
      }
    }
    return text.length();
  }

  private static boolean ends(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  /** The sentence naming the symbol, cut around it when long. */
  private static String sentence(String text, DocumentNumbers.Found f) {
    int s = sentenceStart(text, f.start());
    int e = sentenceEnd(text, f.end());
    if (e < text.length() && text.charAt(e) == ';') {
      e++;
    }
    String pre = "";
    String post = "";
    if (e - s > SENTENCE_MAX) {
      int ns = Math.max(s, f.start() - SENTENCE_MAX * 3 / 5);
      int ne = Math.min(e, f.end() + SENTENCE_MAX * 2 / 5);
      if (ns > s) {
        ns = wordStart(text, ns);
        pre = "…";
      }
      if (ne < e) {
        ne = wordEnd(text, ne);
        post = "…";
      }
      s = ns;
      e = ne;
    }
    return pre + text.substring(s, e).replaceAll("\\s+", " ").strip() + post;
  }

  private static int wordStart(String text, int i) {
    while (i < text.length() && !Character.isWhitespace(text.charAt(i - 1))) {
      i++;
    }
    return i;
  }

  private static int wordEnd(String text, int i) {
    while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Composed letters: some texts write "ã" as "a" and a combining tilde, the cues are composed. */
  static String nfc(String text) {
    return text == null ? "" : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
  }

  /** Lower case, one char for one char, so offsets stay those of the text. */
  static String lower(String text) {
    char[] cs = text.toCharArray();
    for (int i = 0; i < cs.length; i++) {
      cs[i] = Character.toLowerCase(cs[i]);
    }
    return new String(cs);
  }

  /** Whether a canonical symbol is written in the Party's order (number, dash, type, slash, body). */
  static boolean partyStyle(String number) {
    int dash = number.indexOf('-');
    int slash = number.indexOf('/');
    return dash > 0 && (slash < 0 || dash < slash);
  }

  /** The type code of a canonical symbol: "TTr" of "19-TTr/TU" and of "845/TTr-SNV". */
  public static String typeCode(String number) {
    int slash = number.indexOf('/');
    int dash = number.indexOf('-');
    if (dash >= 0 && slash > dash) {
      return number.substring(dash + 1, slash);
    }
    String[] parts = number.split("/");
    String last = parts[parts.length - 1];
    int d = last.indexOf('-');
    return d < 0 ? last : last.substring(0, d);
  }
}
