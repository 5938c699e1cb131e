package io.vankien.search;

import io.vankien.index.Schema;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The documents of a search counted by province and period (issue 16): one row per province after the
 * 1 July 2025 merger (34), the provinces as named then (63) inside it, one column per year or month. Every
 * count is of documents matching the whole request (query and every filter: a drill down, not sideways),
 * so a cell equals the total of the same search filtered by that province and that period.
 *
 * @param total documents matching the request
 * @param by "year" or "month"
 * @param periods the columns, oldest first: the years or months (YYYY-MM) with at least one match
 * @param rows provinces after 2025 with matches, most documents first; the documents with no province last,
 *     as a row whose {@code province} is ""
 * @param columnTotals per period, the documents of every row
 * @param undated documents with no date of issue (in no period column)
 * @param applied the request's query and filters, as /api/search echoes them
 */
public record ProvinceTimeTable(long total, String by, List<String> periods, List<Row> rows,
    List<Long> columnTotals, long undated, Map<String, Object> applied) {

  /** The period of the columns. */
  public enum By {
    YEAR(Schema.F_YEAR), MONTH(Schema.F_MONTH);

    final String dim;

    By(String dim) {
      this.dim = dim;
    }

    public static By parse(String s) {
      if (s == null || s.isBlank()) {
        return YEAR;
      }
      return switch (s.strip()) {
        case "year" -> YEAR;
        case "month" -> MONTH;
        default -> throw new BadRequestException("by", "chỉ nhận “year” (theo năm) hoặc “month” (theo tháng), không phải “"
            + s + "”");
      };
    }

    public String apiName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The facet dimension of the columns ("year", "month"). */
    public String dim() {
      return dim;
    }
  }

  /**
   * One province's documents.
   *
   * @param province its name ("" for the documents with no province)
   * @param total its documents
   * @param counts its documents per period, in the order of {@link ProvinceTimeTable#periods()}
   * @param undated its documents with no date
   * @param former in a row of a province after 2025, the provinces as named then with matches (most first);
   *     empty in those rows themselves
   */
  public record Row(String province, long total, List<Long> counts, long undated, List<Row> former) {}

  /**
   * The table of cells counted elsewhere (an OpenSearch cluster's aggregation): each key is the province after
   * 2025, the province as named then and the period, "" for none.
   */
  public static ProvinceTimeTable ofCells(Map<List<String>, Long> cells, By by, Map<String, Object> applied) {
    Map<ProvinceTimeCounter.Cell, Long> c = new LinkedHashMap<>();
    cells.forEach((k, n) -> c.merge(new ProvinceTimeCounter.Cell(k.get(0), k.get(1), k.get(2)), n, Long::sum));
    return of(c, by, applied);
  }

  /** The table of the counted cells. */
  static ProvinceTimeTable of(Map<ProvinceTimeCounter.Cell, Long> cells, By by, Map<String, Object> applied) {
    List<String> periods = new ArrayList<>(new TreeSet<>(cells.keySet().stream()
        .map(ProvinceTimeCounter.Cell::period).filter(p -> !p.isEmpty()).toList()));
    Map<String, Integer> col = new LinkedHashMap<>();
    periods.forEach(p -> col.put(p, col.size()));
    Map<String, Acc> byCurrent = new LinkedHashMap<>();
    Acc all = new Acc("", periods.size());
    cells.forEach((cell, n) -> {
      Integer c = cell.period().isEmpty() ? null : col.get(cell.period());
      all.add(c, n);
      Acc row = byCurrent.computeIfAbsent(cell.current(), k -> new Acc(k, periods.size()));
      row.add(c, n);
      if (!cell.former().isEmpty()) {
        row.former.computeIfAbsent(cell.former(), k -> new Acc(k, periods.size())).add(c, n);
      }
    });
    Comparator<Acc> order = Comparator.comparingLong((Acc a) -> -a.total).thenComparing(a -> a.name);
    List<Row> rows = byCurrent.values().stream()
        .sorted(Comparator.comparing((Acc a) -> a.name.isEmpty()).thenComparing(order)) // no province last
        .map(a -> a.row(a.former.values().stream().sorted(order).map(f -> f.row(List.of())).toList()))
        .toList();
    return new ProvinceTimeTable(all.total, by.apiName(), periods, rows, all.countList(), all.undated, applied);
  }

  /** Running counts of one row. */
  private static final class Acc {
    final String name;
    final long[] counts;
    long total;
    long undated;
    final Map<String, Acc> former = new LinkedHashMap<>();

    Acc(String name, int periods) {
      this.name = name;
      this.counts = new long[periods];
    }

    void add(Integer col, long n) {
      total += n;
      if (col == null) {
        undated += n;
      } else {
        counts[col] += n;
      }
    }

    List<Long> countList() {
      return java.util.Arrays.stream(counts).boxed().toList();
    }

    Row row(List<Row> formerRows) {
      return new Row(name, total, countList(), undated, formerRows);
    }
  }

  /**
   * The table as CSV (UTF-8 with a byte-order mark, for spreadsheets): a line per province after 2025, then
   * a line per province as named then inside it; columns the two names, the total, each period, undated.
   */
  public void writeCsv(Writer out) throws IOException {
    out.write('\uFEFF');
    List<String> head = new ArrayList<>(List.of("Tỉnh, thành phố (từ 1/7/2025)", "Tỉnh, thành phố (trước 1/7/2025)",
        "Tổng số văn bản"));
    head.addAll(periods);
    head.add("Không rõ ngày");
    line(out, head);
    for (Row r : rows) {
      String name = r.province().isEmpty() ? "Không rõ tỉnh" : r.province();
      line(out, cells(name, "", r));
      for (Row f : r.former()) {
        line(out, cells(name, f.province(), f));
      }
    }
    List<String> sum = new ArrayList<>(List.of("Tổng cộng", "", String.valueOf(total)));
    columnTotals.forEach(n -> sum.add(String.valueOf(n)));
    sum.add(String.valueOf(undated));
    line(out, sum);
    out.flush();
  }

  private static List<String> cells(String current, String former, Row r) {
    List<String> l = new ArrayList<>(List.of(current, former, String.valueOf(r.total())));
    r.counts().forEach(n -> l.add(String.valueOf(n)));
    l.add(String.valueOf(r.undated()));
    return l;
  }

  private static void line(Writer out, List<String> cells) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String c = Exporter.neutralised(cells.get(i));
      sb.append(c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0
          ? '"' + c.replace("\"", "\"\"") + '"' : c);
    }
    out.write(sb.append("\r\n").toString());
  }
}
