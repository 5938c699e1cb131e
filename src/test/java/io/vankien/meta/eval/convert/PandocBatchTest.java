package io.vankien.meta.eval.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Markdown and HTML copies {@link ConverterRun} makes with one pandoc process per Word file (a Lua
 * filter writing every form) are, byte for byte, what {@code pandoc FILE.docx -t FORMAT --wrap=WRAP -o COPY}
 * writes, one command per form, as a user runs it: for a document with header and signature tables in
 * both cell styles, and for an empty one.
 */
class PandocBatchTest {
  @TempDir Path dir;

  private static final String DOCUMENT = """
      TỈNH ỦY HÀ NAM
      *
      Số 12-NQ/TU
      ĐẢNG CỘNG SẢN VIỆT NAM
      Phủ Lý, ngày 5 tháng 3 năm 2021

      NGHỊ QUYẾT
      về phát triển nông thôn mới giai đoạn 2021 - 2025, định hướng đến năm 2030, với một dòng dài hơn bảy mươi hai cột

      Nội dung nghị quyết có \\*dấu sao\\*, dấu - gạch và *nhấn mạnh* để pandoc thoát ký tự.

      Nơi nhận:
      - Ban Bí thư Trung ương Đảng,
      - Lưu Văn phòng Tỉnh ủy.

      T/M BAN THƯỜNG VỤ
      BÍ THƯ

      Nguyễn Văn Bình
      """;

  @Test
  void oneProcessWritesWhatOneCommandPerFormWrites() throws Exception {
    assumeTrue(ExternalProgram.onPath("pandoc"), "pandoc is not installed (Debian package pandoc)");
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), DOCUMENT);
    Files.writeString(docs.resolve("empty.txt"), "");
    List<Form> pandocForms = Forms.ALL.stream().filter(f -> f.tool() == Form.Tool.PANDOC).toList();
    assertEquals(11, pandocForms.size(), "ten Markdown forms and HTML");
    ConverterRun run = new ConverterRun(dir.resolve("work"), 2);
    run.convert(docs, List.of("a.txt", "empty.txt"), Column.all(pandocForms, List.of(CellStyle.values())));
    assertEquals(List.of(), run.failures());
    int compared = 0;
    for (CellStyle style : CellStyle.values()) {
      for (String judged : List.of("a.txt", "empty.txt")) {
        Path word = run.folder(docs, style, Forms.named("docx")).resolve(ConvertedCopies.copyName(judged, "docx"));
        for (Form form : pandocForms) {
          Path batch = run.folder(docs, style, form).resolve(ConvertedCopies.copyName(judged, form.extension()));
          Path single = dir.resolve("single-" + style.id() + "-" + form.id() + "-" + judged + "." + form.extension());
          List<String> command = new ArrayList<>(List.of("pandoc", word.toString()));
          command.addAll(form.arguments());
          command.addAll(List.of("-o", single.toString()));
          ExternalProgram.run(command, Map.of(), Duration.ofMinutes(1));
          assertArrayEquals(Files.readAllBytes(single), Files.readAllBytes(batch), form.command() + " " + style + " " + judged);
          compared++;
        }
      }
    }
    assertEquals(44, compared);
    Path grid = run.folder(docs, CellStyle.LINE_BREAKS, Forms.named("md-grid")).resolve("a.md");
    assertTrue(Files.readString(grid).contains("+---"), "a grid table: " + Files.readString(grid));
  }
}
