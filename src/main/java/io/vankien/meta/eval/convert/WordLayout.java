package io.vankien.meta.eval.convert;

import io.vankien.extract.TextCleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A document as a provincial office types it in Word, made from its plain text: a borderless two-column
 * header table, the centred bold title block, body paragraphs, and a two-column signature table ("Nơi
 * nhận:" and its items on the left, the signature block on the right). The zones are found by this
 * package's own layout rules ({@link HeaderZone}, {@link TitleZone}, {@link RecipientsZone},
 * {@link SignatureZone}). A document with no recognisable header is written as plain paragraphs.
 *
 * @param blocks the document's blocks in reading order
 */
public record WordLayout(List<Block> blocks) {

  /** How a line is typed. */
  public enum Emphasis { PLAIN, BOLD, ITALIC, BOLD_ITALIC, BOLD_UNDERLINE }

  /** One typed line. */
  public record Line(String text, Emphasis emphasis) {}

  /** A block of the document. */
  public sealed interface Block permits Paragraph, LineGroup, Columns {}

  /** A paragraph of one line (a body paragraph). */
  public record Paragraph(Line line) implements Block {}

  /**
   * Lines typed as one unit (a title, a table cell): one paragraph per line, or one paragraph with soft
   * line breaks, as the {@link CellStyle} says.
   */
  public record LineGroup(List<Line> lines, boolean centred) implements Block {}

  /** A borderless table of one row and two cells. */
  public record Columns(LineGroup left, LineGroup right) implements Block {}

  public WordLayout {
    blocks = List.copyOf(blocks);
  }

  /**
   * The layout of a judged document as written: rule lines ("-----" under a title) become blank lines, so
   * that the block they end stays ended, then the text is cleaned ({@link TextCleaner#clean}) into plain
   * lines and laid out ({@link #of}).
   */
  public static WordLayout ofJudgedText(String raw) {
    return of(TextCleaner.clean(LineShapes.RULE_IN_TEXT.matcher(raw).replaceAll("")));
  }

  /** The layout of a document's cleaned plain text (one line per line, blank lines between paragraphs). */
  public static WordLayout of(String text) {
    List<String> lines = HeaderLines.unglued(text.lines().map(String::strip).toList());
    int typeLine = TitleZone.typeLine(lines);
    Optional<HeaderZone> header = HeaderZone.find(lines, typeLine);
    Optional<TitleZone> title = TitleZone.find(lines, typeLine);
    List<Block> blocks = new ArrayList<>();
    if (header.isEmpty()) {
      addParagraphs(blocks, lines, 0, typeLine < 0 ? lines.size() : typeLine);
      int from = typeLine < 0 ? lines.size() : title.get().end() + 1;
      title.ifPresent(t -> blocks.add(titleBlock(lines, t)));
      addParagraphs(blocks, lines, from, lines.size());
      return new WordLayout(blocks);
    }
    HeaderZone h = header.get();
    addParagraphs(blocks, lines, 0, h.start());
    blocks.add(new Columns(headerLeft(h.left()), headerRight(h.right())));
    int bodyFrom = h.end() + 1;
    if (title.isPresent()) {
      addParagraphs(blocks, lines, bodyFrom, title.get().start());
      blocks.add(titleBlock(lines, title.get()));
      bodyFrom = title.get().end() + 1;
    }
    Optional<SignatureTable> closing = SignatureTable.find(lines, bodyFrom - 1);
    if (closing.isEmpty()) {
      addParagraphs(blocks, lines, bodyFrom, lines.size());
      return new WordLayout(blocks);
    }
    SignatureTable s = closing.get();
    addParagraphs(blocks, lines, bodyFrom, s.start());
    blocks.add(new Columns(new LineGroup(s.left(), false), new LineGroup(s.right(), true)));
    addParagraphs(blocks, lines, s.end() + 1, lines.size());
    return new WordLayout(blocks);
  }

  private static void addParagraphs(List<Block> blocks, List<String> lines, int from, int to) {
    for (int i = from; i < to; i++) {
      String l = lines.get(i);
      if (!l.isEmpty()) {
        blocks.add(new Paragraph(new Line(l, LineShapes.upperCase(l) ? Emphasis.BOLD : Emphasis.PLAIN)));
      }
    }
  }

  private static LineGroup titleBlock(List<String> lines, TitleZone title) {
    List<Line> typed = new ArrayList<>();
    for (int i = title.start(); i <= title.end(); i++) {
      if (!lines.get(i).isEmpty()) {
        typed.add(new Line(lines.get(i), Emphasis.BOLD));
      }
    }
    return new LineGroup(typed, true);
  }

  private static LineGroup headerLeft(List<String> left) {
    return new LineGroup(left.stream().map(l -> new Line(l,
        LineShapes.upperCase(l) && !LineShapes.numberLine(l) ? Emphasis.BOLD : Emphasis.PLAIN)).toList(), true);
  }

  private static LineGroup headerRight(List<String> right) {
    return new LineGroup(right.stream().map(l -> new Line(l,
        LineShapes.PARTY_MOTTO.matcher(l).find() ? Emphasis.BOLD_UNDERLINE
            : LineShapes.motto(l) ? Emphasis.BOLD
            : LineShapes.placeDate(l) ? Emphasis.ITALIC : Emphasis.PLAIN)).toList(), true);
  }
}
