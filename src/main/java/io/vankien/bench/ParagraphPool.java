package io.vankien.bench;

import io.vankien.eval.ToneStyle;
import io.vankien.extract.TextCleaner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The real body paragraphs the generator recombines, read from {@code ../shared/corpus} ({@code laws/} and
 * {@code seeds/}, the seeds cleaned as ingest cleans them): one paragraph a line, headers, signature and
 * recipient lines, headings in capitals, articles' headings, footnotes and tables dropped, in file order
 * (so that a run of consecutive paragraphs reads on). Each paragraph is held with its UTF-8 length, and in the
 * old tone-mark style once a document in that style has used it. Also holds each law's body (headings kept) for the few very long documents. Read-only
 * once built; the texts themselves are never written anywhere but into generated documents.
 */
final class ParagraphPool {
  private static final Pattern DROP = Pattern.compile(
      "(?u)^(?:Điều\\s|Chương\\s|Mục\\s|Phần\\s|PHẦN|Luật số|Số[:\\s]|Căn cứ|Nơi nhận|T/M|TM\\.|KT\\.|K/T|T/L|"
          + "Quốc hội ban hành|Luật này|Bộ luật này|Hiến pháp này|Kính gửi|\\d+\\s+\\p{Lu})"
          + "|\\|"
          + "|Quốc hội|Bộ luật này|Luật này|Hiến pháp|Chủ tịch nước|(?:ngày|tháng) \\d+ (?:tháng|năm) \\d{4}, (?:Quốc hội|tại)");
  private static final Pattern LOWER = Pattern.compile("\\p{Ll}");
  private static final Pattern LAW_BODY_START = Pattern.compile("(?u)^(?:Chương\\s+[IVXLC1]|Điều\\s+1\\.|PHẦN|Phần thứ)");
  private static final Pattern LAW_BODY_END = Pattern.compile(
      "(?u)^(?:CHỦ TỊCH QUỐC HỘI|(?:Bộ luật|Luật|Hiến pháp) này (?:đã )?được Quốc hội)");

  private final String[] paragraphs;
  private final String[] oldStyle;
  private final int[] bytes;
  /** Index of the first seed paragraph: the laws' paragraphs come before, the seeds' after. */
  private final int seedStart;
  private final List<List<String>> lawBodies;

  private ParagraphPool(List<String> laws, List<String> seeds, List<List<String>> lawBodies) {
    List<String> all = new ArrayList<>(laws);
    all.addAll(seeds);
    this.paragraphs = all.toArray(String[]::new);
    this.oldStyle = new String[paragraphs.length];
    this.bytes = new int[paragraphs.length];
    for (int i = 0; i < paragraphs.length; i++) {
      bytes[i] = Utf8.length(paragraphs[i]);
    }
    this.seedStart = laws.size();
    this.lawBodies = List.copyOf(lawBodies);
  }

  /** Reads the pool from {@code shared/corpus/laws} and {@code shared/corpus/seeds}. */
  static ParagraphPool read(Path shared) throws IOException {
    Path corpus = shared.resolve("corpus");
    List<String> laws = new ArrayList<>();
    List<String> seeds = new ArrayList<>();
    List<List<String>> bodies = new ArrayList<>();
    for (Path f : textFiles(corpus.resolve("laws"))) {
      List<String> lines = Files.readString(f, StandardCharsets.UTF_8).lines().map(String::strip).toList();
      keepBody(lines, laws);
      List<String> body = lawBody(lines);
      if (!body.isEmpty()) {
        bodies.add(body);
      }
    }
    for (Path f : textFiles(corpus.resolve("seeds"))) {
      keepBody(TextCleaner.clean(Files.readString(f, StandardCharsets.UTF_8)).lines().map(String::strip).toList(), seeds);
    }
    if (laws.isEmpty() || bodies.isEmpty()) {
      throw new IOException("no law paragraphs under " + corpus.resolve("laws").toAbsolutePath());
    }
    return new ParagraphPool(laws, seeds, bodies);
  }

  private static List<Path> textFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static void keepBody(List<String> lines, List<String> into) {
    for (String l : lines) {
      if (l.length() >= 80 && l.length() <= 2500 && LOWER.matcher(l).find() && !DROP.matcher(l).find()) {
        into.add(l);
      }
    }
  }

  /** A law's lines from its first chapter or article to its adoption statement, blank lines dropped. */
  private static List<String> lawBody(List<String> lines) {
    int from = -1;
    int to = lines.size();
    for (int i = 0; i < lines.size(); i++) {
      if (from < 0 && LAW_BODY_START.matcher(lines.get(i)).find()) {
        from = i;
      } else if (from >= 0 && LAW_BODY_END.matcher(lines.get(i)).find()) {
        to = i;
        break;
      }
    }
    if (from < 0) {
      return List.of();
    }
    return lines.subList(from, to).stream().filter(l -> !l.isEmpty() && !l.startsWith("---")).toList();
  }

  int size() {
    return paragraphs.length;
  }

  int seedStart() {
    return seedStart;
  }

  /** Paragraph i, in the old tone-mark style ("hoà") when asked (converted on first use, then kept). */
  String paragraph(int i, boolean old) {
    if (!old) {
      return paragraphs[i];
    }
    String o = oldStyle[i];
    if (o == null) {
      o = ToneStyle.swap(paragraphs[i]);
      oldStyle[i] = o;
    }
    return o;
  }

  int bytes(int i) {
    return bytes[i];
  }

  List<List<String>> lawBodies() {
    return lawBodies;
  }
}
