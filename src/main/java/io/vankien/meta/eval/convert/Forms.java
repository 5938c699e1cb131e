package io.vankien.meta.eval.convert;

import io.vankien.meta.eval.convert.Form.Tool;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The forms the judged documents go through: the .docx; pandoc's Markdown in its default table style and
 * with only one table style enabled (grid, multiline, simple, pipe), each with {@code --wrap=auto} and
 * {@code --wrap=none}; pandoc's HTML (as {@code pandoc FILE.docx -o FILE.html} writes it, without
 * {@code -s}); LibreOffice's PDF, DOC and ODT.
 */
public final class Forms {
  private Forms() {}

  /** pandoc's Markdown table extensions; a table style is chosen by disabling the others. */
  private static final List<String> TABLE_STYLES = List.of("grid", "multiline", "simple", "pipe");

  /** Every form, in table order. */
  public static final List<Form> ALL = all();

  private static List<Form> all() {
    List<Form> forms = new ArrayList<>();
    forms.add(new Form("docx", "docx", Tool.WORD, List.of()));
    List<String> markdowns = new ArrayList<>(List.of("markdown"));
    for (String style : TABLE_STYLES) {
      StringBuilder to = new StringBuilder("markdown");
      TABLE_STYLES.stream().filter(s -> !s.equals(style)).forEach(s -> to.append('-').append(s).append("_tables"));
      markdowns.add(to.toString());
    }
    for (int i = 0; i < markdowns.size(); i++) {
      String id = i == 0 ? "md" : "md-" + TABLE_STYLES.get(i - 1);
      forms.add(new Form(id, "md", Tool.PANDOC, List.of("-t", markdowns.get(i), "--wrap=auto")));
      forms.add(new Form(id + "-nowrap", "md", Tool.PANDOC, List.of("-t", markdowns.get(i), "--wrap=none")));
    }
    forms.add(new Form("html", "html", Tool.PANDOC, List.of("-t", "html", "--wrap=auto")));
    forms.add(new Form("pdf", "pdf", Tool.SOFFICE, List.of("pdf")));
    forms.add(new Form("doc", "doc", Tool.SOFFICE, List.of("doc")));
    forms.add(new Form("odt", "odt", Tool.SOFFICE, List.of("odt")));
    return List.copyOf(forms);
  }

  /** A form by its id. */
  public static Form named(String id) {
    return ALL.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("no form \"" + id + "\"; the forms are: all, md-all, "
            + String.join(", ", ALL.stream().map(Form::id).toList())));
  }

  /**
   * The forms a {@code --via} list names, in table order: ids, "all", or "md-all" (every Markdown form).
   *
   * @throws IllegalArgumentException naming an unknown form
   */
  public static List<Form> parse(List<String> names) {
    Set<Form> chosen = new LinkedHashSet<>();
    for (String name : names) {
      switch (name.strip()) {
        case "all" -> chosen.addAll(ALL);
        case "md-all" -> ALL.stream().filter(f -> f.extension().equals("md")).forEach(chosen::add);
        default -> chosen.add(named(name.strip()));
      }
    }
    return ALL.stream().filter(chosen::contains).toList();
  }
}
