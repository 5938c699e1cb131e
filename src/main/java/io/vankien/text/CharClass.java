package io.vankien.text;

/** Character classes of the {@link VietnameseTokenizer}, as a table over the BMP. */
public final class CharClass {
  public static final byte SEPARATOR = 0;
  public static final byte LETTER = 1;
  public static final byte DIGIT = 2;
  /** Combining marks: continue a word, never start one. */
  public static final byte MARK = 3;
  /** Zero-width characters and soft hyphen: continue a word (dropped later), never start one. */
  public static final byte INVISIBLE = 4;

  private static final byte[] TABLE = new byte[0x10000];

  static {
    for (int c = 0; c < 0x10000; c++) {
      TABLE[c] = classify(c);
    }
  }

  private CharClass() {}

  public static byte of(char c) {
    return TABLE[c];
  }

  /** Class of any code point (supplementary ones computed on the fly). */
  public static byte classify(int cp) {
    if (cp < 0x10000 && VietnameseLetters.isInvisible((char) cp)) {
      return INVISIBLE;
    }
    if (Character.isDigit(cp)) {
      return DIGIT;
    }
    if (Character.isLetter(cp)) {
      return LETTER;
    }
    return switch (Character.getType(cp)) {
      case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> MARK;
      case Character.LETTER_NUMBER, Character.OTHER_NUMBER -> LETTER;
      default -> SEPARATOR;
    };
  }
}
