package io.vankien.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vankien.search.Json;
import io.vankien.testing.SharedCorpus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

class CliTest {
  @TempDir Path tmp;

  /** Runs the CLI in-process and returns [exit code, stdout]. */
  private static Object[] run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      int code = Main.run(args);
      return new Object[] {code, buf.toString(StandardCharsets.UTF_8)};
    } finally {
      System.setOut(old);
    }
  }

  @Test
  void searchJsonOverTheSeedsHasTheDocumentedFields() throws Exception {
    Path seeds = SharedCorpus.seeds();
    String idx = tmp.resolve("idx").toString();
    assertEquals(0, run("ingest", "--quiet", "--index", idx, seeds.toString())[0]);
    Object[] r = run("search", "--json", "--index", idx, "nông thôn mới");
    assertEquals(0, r[0]);
    JsonNode root = Json.MAPPER.readTree((String) r[1]);
    assertTrue(root.get("total").asInt() >= 3, r[1].toString());
    assertTrue(root.has("facets"));
    JsonNode hit = root.get("hits").get(0);
    for (String f : List.of("id", "source", "title", "type", "number", "date", "province", "provinceCurrent",
        "signer", "score", "snippets")) {
      assertTrue(hit.has(f), "hit lacks " + f + ": " + hit);
    }
    assertTrue(hit.get("snippets").get(0).asText().contains("<mark>"), hit.get("snippets").toString());

    // the table leads each hit with the title staff cite, as the web page and the exports do
    Object[] table = run("search", "--index", idx, "nông thôn mới");
    assertEquals(0, table[0]);
    String firstLine = table[1].toString().lines().skip(1).findFirst().orElseThrow();
    assertTrue(firstLine.endsWith(hit.get("citation").asText()), firstLine);
  }

  @Test
  void searchFiltersByIssuerLevelAndTermLikeTheApi() throws Exception {
    String idx = tmp.resolve("idx").toString();
    assertEquals(0, run("ingest", "--quiet", "--index", idx, Path.of("samples").toString())[0]);
    JsonNode issuer = Json.MAPPER.readTree((String) run("search", "--json", "--index", idx,
        "--issuer", "Ban Chấp hành Đảng bộ tỉnh Bắc Giang")[1]); // another name of Tỉnh ủy Bắc Giang
    assertEquals(2, issuer.get("total").asInt(), issuer.toString());
    JsonNode district = Json.MAPPER.readTree((String) run("search", "--json", "--index", idx, "--level", "district")[1]);
    assertEquals(2, district.get("total").asInt(), district.toString());
    district.get("hits").forEach(h -> assertEquals("district", h.get("level").asText(), h.toString()));
    JsonNode none = Json.MAPPER.readTree((String) run("search", "--json", "--index", idx, "--level", "district",
        "--issuer", "Tỉnh ủy Bắc Giang")[1]);
    assertEquals(0, none.get("total").asInt(), "filters combine: " + none);
    JsonNode all = Json.MAPPER.readTree((String) run("search", "--json", "--index", idx)[1]);
    JsonNode firstTerm = all.get("facets").get("term").get(0);
    JsonNode term = Json.MAPPER.readTree((String) run("search", "--json", "--index", idx, "--term",
        firstTerm.get("value").asText())[1]);
    assertEquals(firstTerm.get("count").asInt(), term.get("total").asInt(), "as the term facet counts: " + firstTerm);
  }

  @Test
  void everyFacetDimensionIsAnOptionOfSearchAndExportAndAYearRangeIsWholeYears() throws Exception {
    String idx = tmp.resolve("idx").toString();
    assertEquals(0, run("ingest", "--quiet", "--index", idx, Path.of("samples").toString())[0]);
    JsonNode all = Json.MAPPER.readTree((String) run("search", "--json", "--index", idx, "--facet-limit", "100")[1]);
    for (io.vankien.search.FacetDimension d : io.vankien.search.FacetDimension.values()) {
      JsonNode listed = all.get("facets").get(d.param());
      if (d.within().isPresent() || listed == null || listed.isEmpty()) {
        continue; // listed within another dimension's value, or no sample holds one
      }
      JsonNode v = listed.get(0);
      JsonNode r = Json.MAPPER.readTree((String) run("search", "--json", "--index", idx, d.cliOption(),
          v.get("value").asText())[1]);
      assertEquals(v.get("count").asInt(), r.get("total").asInt(), d.cliOption() + " " + v);
      Object[] e = run("export", "--index", idx, d.cliOption(), v.get("value").asText());
      assertEquals(0, e[0]);
      assertEquals(v.get("count").asInt(), e[1].toString().lines().count(), "export " + d.cliOption() + " " + v);
    }
    JsonNode years = all.get("facets").get("year");
    String first = years.get(years.size() - 1).get("value").asText();
    int inFirst = years.get(years.size() - 1).get("count").asInt();
    JsonNode r = Json.MAPPER.readTree((String) run("search", "--json", "--index", idx, "--from", first, "--to",
        first)[1]);
    assertEquals(inFirst, r.get("total").asInt(), "--from Y --to Y is the whole year Y, as its facet counts");
    assertEquals(first + "-12-31", r.get("applied").get("to").asText());
    assertEquals(2, (int) run("search", "--index", idx, "--from", "2021-13")[0], "a bad bound is a usage error");
  }

  @Test
  void ingestExitsOneWhenAFileFailsAndStillIngestsTheOthers() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("ok.txt"), "VĂN BẢN MẪU\nKế hoạch triển khai chuyển đổi số");
    Files.writeString(in.resolve("empty.txt"), "");
    String idx = tmp.resolve("idx").toString();
    Object[] r = run("ingest", "--quiet", "--index", idx, in.toString());
    assertEquals(1, r[0]);
    assertTrue(r[1].toString().contains("FAILED") && r[1].toString().contains("empty.txt"), r[1].toString());
    Object[] s = run("search", "--index", idx, "chuyển đổi số");
    assertTrue(s[1].toString().startsWith("1 documents"), s[1].toString());
    Object[] e = run("export", "--index", idx, "--format", "csv");
    assertEquals(0, e[0]);
    assertTrue(e[1].toString().startsWith("\uFEFFMã văn bản,Tên trích dẫn,Tệp nguồn,Các tệp nguồn,Loại văn bản,Số và ký hiệu"),
        e[1].toString());
    Object[] j = run("export", "--index", idx);
    assertEquals(1, j[1].toString().lines().count());
    assertTrue(Json.MAPPER.readTree(j[1].toString()).has("provenance"));
  }

  @Test
  void badArgumentsAreErrorsNotStackTraces() {
    assertEquals(2, (int) run("search", "--index", tmp.toString(), "--size", "5000", "x")[0]);
    assertEquals(1, (int) run("search", "--index", tmp.resolve("none").toString(), "x")[0]);
  }

  /** Picocli formats help texts with {@code String.format}: a bare '%' garbles the help and logs a warning. */
  @Test
  void everyHelpTextIsAValidFormatString() {
    CommandLine main = Main.commandLine();
    List<CommandLine> all = new ArrayList<>(main.getSubcommands().values());
    all.add(main);
    int checked = 0;
    for (CommandLine c : all) {
      CommandSpec spec = c.getCommandSpec();
      List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
      spec.options().forEach(o -> texts.addAll(List.of(o.description())));
      spec.positionalParameters().forEach(p -> texts.addAll(List.of(p.description())));
      for (String t : texts) {
        try {
          String.format(t);
          checked++;
        } catch (IllegalFormatException e) {
          throw new AssertionError(spec.qualifiedName() + ": help text is not a valid format string (" + e
              + "): " + t);
        }
      }
    }
    assertTrue(checked > 50, "help texts checked: " + checked);
  }
}
