package io.vankien.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.extract.TextCleaner;
import org.junit.jupiter.api.Test;

/** Signature tables read row by row (PDF text in position order), one test per layout, and what is left alone. */
class SignatureColumnsTest {
  private final MetadataExtractor extractor = new MetadataExtractor();

  private static final String BODY = "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy tổ chức thực hiện nghiêm túc Chỉ thị này.\n";

  @Test
  void recipientsBesideAuthorityRoleAndName() {
    String text = BODY + """
        Nơi nhận: T/M BAN THƯỜNG VỤ
        - Như trên, BÍ THƯ
        - Thường trực Tỉnh ủy,
        - Lưu VP.
        Nguyễn Văn Hùng""";
    assertEquals("""
        Nơi nhận:
        - Như trên,
        - Thường trực Tỉnh ủy,
        - Lưu VP.
        T/M BAN THƯỜNG VỤ
        BÍ THƯ
        Nguyễn Văn Hùng""", SignatureColumns.unfold(text).substring(BODY.length()));
    DocumentMetadata m = extractor.extract(TextCleaner.clean(text));
    assertEquals("Bí thư", m.signerRole());
    assertEquals("T/M Ban Thường vụ", m.signingAuthority());
    assertEquals("Nguyễn Văn Hùng", m.signer());
    assertEquals(java.util.List.of("Như trên", "Thường trực Tỉnh ủy"), m.recipients());
  }

  @Test
  void wrappedItemAroundSigningLineAndRoleAlone() {
    String text = BODY + """
        Nơi nhận: TM. ỦY BAN NHÂN DÂN
        - Ban Bí thư Trung ương Đảng (để KT. CHỦ TỊCH
        báo cáo),
        PHÓ CHỦ TỊCH
        - Các sở, ban, ngành tỉnh,
        - Lưu: VT, VPUB. Đặng Văn Minh""";
    assertEquals("""
        Nơi nhận:
        - Ban Bí thư Trung ương Đảng (để
        báo cáo),
        - Các sở, ban, ngành tỉnh,
        - Lưu: VT, VPUB.
        TM. ỦY BAN NHÂN DÂN
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Đặng Văn Minh""", SignatureColumns.unfold(text).substring(BODY.length()));
    DocumentMetadata m = extractor.extract(TextCleaner.clean(text));
    assertEquals("Phó Chủ tịch", m.signerRole());
    assertEquals("Đặng Văn Minh", m.signer());
  }

  @Test
  void listItemsAfterTheNameStayInTheList() {
    String text = BODY + """
        Nơi nhận: T/L BAN THƯỜNG VỤ
        - Như trên, CHÁNH VĂN PHÒNG
        - Lưu VP. Lê Thị Hoa
        - Lưu hồ sơ.
        PHỤ LỤC""";
    assertEquals("""
        Nơi nhận:
        - Như trên,
        - Lưu VP.
        - Lưu hồ sơ.
        T/L BAN THƯỜNG VỤ
        CHÁNH VĂN PHÒNG
        Lê Thị Hoa
        PHỤ LỤC""", SignatureColumns.unfold(text).substring(BODY.length()));
  }

  @Test
  void leavesOtherRecipientsBlocksAlone() {
    String inline = BODY + "Nơi nhận: - Như trên; - Lưu VT.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ";
    assertEquals(inline, SignatureColumns.unfold(inline));
    String column = BODY + "Nơi nhận:\n- Ủy ban MTTQ VN tỉnh,\n- Lưu: VT, VPTU\nT/M BAN THƯỜNG VỤ";
    assertEquals(column, SignatureColumns.unfold(column));
    // capitals that are neither an authority nor a role ("MTTQ VN") do not start a signing cell
    String acronyms = BODY + "Nơi nhận: CÁC ĐẢNG BỘ TRỰC THUỘC\n- Ủy ban MTTQ VN tỉnh,";
    assertEquals(acronyms, SignatureColumns.unfold(acronyms));
  }

  @Test
  void onlyTheLinesFromTheFirstOpeningWithNoiAreSplit() { // the fast path: above that line, the text as it is
    assertEquals(8, SignatureColumns.firstLineOpeningWithNoi("Điều 5.\n \t NƠI NHẬN: T/M BAN THƯỜNG VỤ"));
    assertEquals(0, SignatureColumns.firstLineOpeningWithNoi("nơi nhận"));
    assertEquals(-1, SignatureColumns.firstLineOpeningWithNoi("Người nhận: ông A\nđã nhận nơi ở\n"));
    assertEquals(-1, SignatureColumns.firstLineOpeningWithNoi("\u00a0Nơi nhận: T/M BAN THƯỜNG VỤ")); // strip() keeps a no-break space too
    String text = "Cơ quan tiếp nhận hồ sơ.\n\nNgười nhận: Nguyễn Văn An";
    assertSame(text, SignatureColumns.unfold(text));
    String body = "Điều 3. Các cơ quan tiếp nhận và thi hành Quyết định này.\n\n";
    String table = "Nơi nhận: KT. CHỦ TỊCH\n- Như Điều 3; PHÓ CHỦ TỊCH\n- Lưu: VT. Nguyễn Văn An";
    assertTrue(SignatureColumns.unfold(table).startsWith("Nơi nhận:\n- Như Điều 3;\n")); // the table is unfolded
    assertEquals(body + SignatureColumns.unfold(table), SignatureColumns.unfold(body + table)); // and the body kept
  }
}
