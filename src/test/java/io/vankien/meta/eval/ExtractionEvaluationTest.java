package io.vankien.meta.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvaluationTest {
  @TempDir Path dir;

  @Test
  void scoresOnlyTheFieldsGivenAndListsMismatches() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "TỈNH ỦY HÀ NAM\nSố 12-NQ/TU\nHà Nam, ngày 1 tháng 2 năm 2021\n"
        + "NGHỊ QUYẾT\nvề việc A\n" + "Nội dung nghị quyết theo Chỉ thị 05-CT/TW và Nghị quyết 11-NQ/TW. ".repeat(3));
    Files.writeString(dir.resolve("b.txt"), "THÔNG BÁO\nvề việc B\n" + "Nội dung thông báo dài. ".repeat(6));
    Path expected = Files.writeString(dir.resolve("expected.jsonl"), String.join("\n",
        "{\"file\": \"a.txt\", \"number\": \"12-NQ/TU\", \"date\": \"2021-02-01\", \"cites\": [\"11-NQ/TW\", \"05-CT/TW\"], \"note\": \"x\"}",
        "{\"file\": \"b.txt\", \"number\": null, \"date\": \"2020-01-01\", \"type\": \"Thông báo\"}",
        ""));
    ExtractionEvaluation.Result r = new ExtractionEvaluation().evaluate("t", dir, expected);
    assertEquals(2, r.documents());
    assertEquals(2, r.field("number").correct());
    assertEquals(2, r.field("number").total());
    assertEquals(1, r.field("date").correct());
    assertEquals(1, r.field("cites").correct(), "lists compare as sets");
    assertEquals(1, r.field("type").total());
    assertEquals(List.of(new ExtractionEvaluation.Mismatch("b.txt", "date", "2020-01-01", null)), r.mismatches());

    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    ExtractionEvaluation.print(r, true, new PrintStream(buf, true, StandardCharsets.UTF_8));
    String out = buf.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("date") && out.contains("1/2") && out.contains("50.0%"), out);
    assertTrue(out.contains("MISMATCH b.txt date: expected 2020-01-01, got null"), out);
  }

  @Test
  void missingDocumentIsAnErrorNamingTheLine() throws Exception {
    Path expected = Files.writeString(dir.resolve("e.jsonl"), "{\"file\": \"nope.txt\", \"date\": null}\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ExtractionEvaluation().evaluate("t", dir, expected));
    assertTrue(e.getMessage().contains("e.jsonl line 1") && e.getMessage().contains("nope.txt"), e.getMessage());
  }

  @Test
  void aCopyWithoutTextIsScoredAsAnEmptyDocumentAndListed() throws Exception {
    Path expected = Files.writeString(dir.resolve("e.jsonl"),
        "{\"file\": \"a.txt\", \"number\": \"12-NQ/TU\"}\n{\"file\": \"b.txt\", \"number\": null}\n");
    DocumentSource copies = file -> {
      if (file.equals("a.txt")) {
        return "TỈNH ỦY HÀ NAM\nSố 12-NQ/TU\nHà Nam, ngày 1 tháng 2 năm 2021\nNGHỊ QUYẾT\nvề A";
      }
      throw new DocumentSource.UnreadableCopy("b.md: empty file (0 bytes)", null);
    };
    ExtractionEvaluation.Result r = new ExtractionEvaluation().evaluate("copies", copies, expected);
    assertEquals(2, r.documents());
    assertEquals(2, r.field("number").correct(), "the empty copy has no number, as judged");
    assertEquals(List.of("b.md: empty file (0 bytes)"), r.unread());
  }
}
