package io.vankien.meta.eval.convert;

import java.util.List;

/**
 * One form a judged document is read in after the real converters: the generated .docx itself, or what
 * pandoc or LibreOffice makes of it.
 *
 * @param id the form's name in {@code --via} and in tables ("docx", "md-grid-nowrap", "pdf")
 * @param extension the converted file's extension
 * @param tool the program that makes it
 * @param arguments the program's arguments that choose the form (pandoc's {@code -t} and {@code --wrap},
 *     LibreOffice's {@code --convert-to} target)
 */
public record Form(String id, String extension, Tool tool, List<String> arguments) {

  /** The program that makes a form. */
  public enum Tool {
    /** No conversion: the generated Word file. */
    WORD,
    /** {@code pandoc FILE.docx ARGUMENTS -o COPY} (made by one pandoc process per Word file, see {@link ConverterRun}). */
    PANDOC,
    /** {@code soffice --headless --convert-to ARGUMENT}, many files a call. */
    SOFFICE
  }

  public Form {
    arguments = List.copyOf(arguments);
  }

  /** pandoc's output format, its {@code -t} argument ("markdown-grid_tables-simple_tables-pipe_tables"). */
  public String pandocFormat() {
    return arguments.get(arguments.indexOf("-t") + 1);
  }

  /** pandoc's {@code --wrap} value: auto, none or preserve. */
  public String pandocWrap() {
    return arguments.stream().filter(a -> a.startsWith("--wrap=")).map(a -> a.substring(7)).findFirst().orElse("auto");
  }

  /** The command line that makes this form, as it reads in a report ("pandoc -t markdown --wrap=none"). */
  public String command() {
    return switch (tool) {
      case WORD -> "(the generated .docx)";
      case PANDOC -> "pandoc " + String.join(" ", arguments);
      case SOFFICE -> "soffice --headless --convert-to " + String.join(" ", arguments);
    };
  }
}
