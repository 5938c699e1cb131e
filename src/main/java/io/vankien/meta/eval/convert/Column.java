package io.vankien.meta.eval.convert;

import java.util.ArrayList;
import java.util.List;

/**
 * One column of a converter report: a form of the Word file typed in a cell style.
 *
 * @param form the converted form
 * @param style how the Word file typed its cells and title
 */
public record Column(Form form, CellStyle style) {

  /** "md-grid p", "pdf br". */
  public String id() {
    return form.id() + " " + style.id();
  }

  /** Every form in every style, in table order (forms first, each in the styles' order). */
  public static List<Column> all(List<Form> forms, List<CellStyle> styles) {
    List<Column> columns = new ArrayList<>();
    for (Form f : forms) {
      for (CellStyle s : styles) {
        columns.add(new Column(f, s));
      }
    }
    return List.copyOf(columns);
  }
}
