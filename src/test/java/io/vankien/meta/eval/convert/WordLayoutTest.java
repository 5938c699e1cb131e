package io.vankien.meta.eval.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.meta.eval.convert.WordLayout.Block;
import io.vankien.meta.eval.convert.WordLayout.Columns;
import io.vankien.meta.eval.convert.WordLayout.Emphasis;
import io.vankien.meta.eval.convert.WordLayout.Line;
import io.vankien.meta.eval.convert.WordLayout.LineGroup;
import io.vankien.meta.eval.convert.WordLayout.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layout rules that type a judged document's plain text as an office's Word file (invented texts). */
class WordLayoutTest {

  private static final String PARTY = """
      VĂN BẢN MẪU - dữ liệu minh họa

      TỈNH ỦY HÀ NAM
      *
      Số 12-NQ/TU
      ĐẢNG CỘNG SẢN VIỆT NAM
      Phủ Lý, ngày 5 tháng 3 năm 2021

      NGHỊ QUYẾT
      CỦA BAN THƯỜNG VỤ TỈNH ỦY
      về phát triển nông thôn mới
      giai đoạn 2021 - 2025

      I. MỤC TIÊU

      Nội dung thứ nhất của nghị quyết.

      Nơi nhận:
      - Ban Bí thư Trung ương Đảng,
      - Lưu Văn phòng Tỉnh ủy.

      T/M BAN THƯỜNG VỤ
      BÍ THƯ

      (Đã ký)

      Nguyễn Văn Bình
      """;

  private static List<String> texts(List<Line> lines) {
    return lines.stream().map(Line::text).toList();
  }

  @Test
  void aPartyDocumentGetsItsHeaderTitleAndSignatureTables() {
    List<Block> b = WordLayout.of(PARTY).blocks();
    assertEquals(new Paragraph(new Line("VĂN BẢN MẪU - dữ liệu minh họa", Emphasis.PLAIN)), b.get(0), "preamble");
    Columns header = assertInstanceOf(Columns.class, b.get(1));
    assertEquals(List.of("TỈNH ỦY HÀ NAM", "*", "Số 12-NQ/TU"), texts(header.left().lines()));
    assertEquals(List.of("ĐẢNG CỘNG SẢN VIỆT NAM", "Phủ Lý, ngày 5 tháng 3 năm 2021"), texts(header.right().lines()));
    assertEquals(Emphasis.BOLD_UNDERLINE, header.right().lines().get(0).emphasis());
    assertEquals(Emphasis.ITALIC, header.right().lines().get(1).emphasis());
    LineGroup title = assertInstanceOf(LineGroup.class, b.get(2));
    assertEquals(List.of("NGHỊ QUYẾT", "CỦA BAN THƯỜNG VỤ TỈNH ỦY", "về phát triển nông thôn mới",
        "giai đoạn 2021 - 2025"), texts(title.lines()));
    assertTrue(title.centred() && title.lines().stream().allMatch(l -> l.emphasis() == Emphasis.BOLD));
    assertEquals(new Paragraph(new Line("I. MỤC TIÊU", Emphasis.BOLD)), b.get(3), "an upper-case heading in bold");
    assertEquals(new Paragraph(new Line("Nội dung thứ nhất của nghị quyết.", Emphasis.PLAIN)), b.get(4));
    Columns closing = assertInstanceOf(Columns.class, b.get(5));
    assertEquals(List.of("Nơi nhận:", "- Ban Bí thư Trung ương Đảng,", "- Lưu Văn phòng Tỉnh ủy."),
        texts(closing.left().lines()));
    assertEquals(List.of("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "(Đã ký)", "", "Nguyễn Văn Bình"), texts(closing.right().lines()));
    assertEquals(Emphasis.BOLD, closing.right().lines().get(4).emphasis(), "the signer in bold");
    assertEquals(6, b.size());
  }

  @Test
  void aStateHeaderIsTypedWithItsMottoOnTwoLinesAndItsRules() {
    String text = """
        ỦY BAN NHÂN DÂN
        TỈNH NGHỆ AN
        Số: 1234/QĐ-UBND
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc
        Vinh, ngày 12 tháng 5 năm 2022
        QUYẾT ĐỊNH
        Về việc ban hành Kế hoạch cải cách hành chính
        Căn cứ Luật Tổ chức chính quyền địa phương;
        """;
    List<Block> b = WordLayout.of(text).blocks();
    Columns header = assertInstanceOf(Columns.class, b.get(0));
    assertEquals(List.of("ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "-------", "Số: 1234/QĐ-UBND"), texts(header.left().lines()));
    assertEquals(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
        "Vinh, ngày 12 tháng 5 năm 2022"), texts(header.right().lines()));
    LineGroup title = assertInstanceOf(LineGroup.class, b.get(1));
    assertEquals(List.of("QUYẾT ĐỊNH", "Về việc ban hành Kế hoạch cải cách hành chính"), texts(title.lines()),
        "the recital opens the body");
  }

  @Test
  void aDocumentWithoutHeaderHasNoTable() {
    String text = """
        KẾT LUẬN
        về công tác A

        Ngày 12/5/2021, Ban Chấp hành Đảng bộ tỉnh họp.

        T/M TỈNH ỦY
        BÍ THƯ

        Lê Văn Minh
        """;
    List<Block> b = WordLayout.of(text).blocks();
    assertTrue(b.stream().noneMatch(x -> x instanceof Columns), b.toString());
    assertEquals(List.of("KẾT LUẬN", "về công tác A"), texts(assertInstanceOf(LineGroup.class, b.get(0)).lines()));
    assertEquals(5, b.size(), "title, then one paragraph per line: " + b);
  }

  @Test
  void headerLinesGluedByTheirStarAreTypedApart() {
    String text = "ĐẢNG BỘ TỈNH HẬU GIANG\nTHỊ ỦY LONG MỸ*Số 86-BC/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        + "Long Mỹ, ngày 12 tháng 10 năm 2018\nBÁO CÁO\nsơ kết 3 năm\n";
    Columns header = assertInstanceOf(Columns.class, WordLayout.of(text).blocks().get(0));
    assertEquals(List.of("ĐẢNG BỘ TỈNH HẬU GIANG", "THỊ ỦY LONG MỸ", "*", "Số 86-BC/TU"), texts(header.left().lines()));
  }

  @Test
  void aRuleUnderTheTitleEndsItWhenNoBlankLineDoes() {
    String raw = "TỈNH ỦY HÀ NAM\n*\nSố 1-BC/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nam, ngày 1 tháng 2 năm 2020\nBÁO CÁO\n"
        + "sơ kết công tác\n-----\nBan cán sự đảng Ủy ban nhân dân tỉnh báo cáo kết quả\nsơ kết như sau\n";
    LineGroup title = assertInstanceOf(LineGroup.class, WordLayout.ofJudgedText(raw).blocks().get(1));
    assertEquals(List.of("BÁO CÁO", "sơ kết công tác"), texts(title.lines()));
  }

  @Test
  void aLetterKeepsItsSubjectUnderTheNumber() {
    String text = "HUYỆN ỦY MƯỜNG ẢNG\n*\nSố 1024-CV/HU\nV/v tăng cường công tác\nphòng cháy rừng\n"
        + "ĐẢNG CỘNG SẢN VIỆT NAM\nMường Ảng, ngày 14 tháng 02 năm 2025\n\nKính gửi: Các chi bộ\n";
    Columns header = assertInstanceOf(Columns.class, WordLayout.of(text).blocks().get(0));
    assertEquals(List.of("HUYỆN ỦY MƯỜNG ẢNG", "*", "Số 1024-CV/HU", "V/v tăng cường công tác", "phòng cháy rừng"),
        texts(header.left().lines()));
  }

  @Test
  void recipientsAfterTheSignatureShareItsTable() {
    String text = PARTY.substring(0, PARTY.indexOf("Nơi nhận:"))
        + "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn Bình\n\nNơi nhận:\n- Như trên,\n- Lưu VT.\n";
    List<Block> b = WordLayout.of(text).blocks();
    Columns closing = assertInstanceOf(Columns.class, b.get(b.size() - 1));
    assertEquals(List.of("Nơi nhận:", "- Như trên,", "- Lưu VT."), texts(closing.left().lines()));
    assertEquals("Nguyễn Văn Bình", closing.right().lines().get(closing.right().lines().size() - 1).text());
  }

  @Test
  void aBlockWhoseLastLineIsNoNameIsNoSignature() {
    String text = PARTY.substring(0, PARTY.indexOf("Nơi nhận:")) + "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\n(Đã ký)\n";
    assertTrue(WordLayout.of(text).blocks().stream().filter(x -> x instanceof Columns).count() == 1,
        "only the header is a table");
  }
}
