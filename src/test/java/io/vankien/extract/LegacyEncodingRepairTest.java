package io.vankien.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyEncodingRepairTest {
  private static final Path LAWS = Path.of("../shared/corpus/laws");
  private static final Path SEEDS = Path.of("../shared/corpus/seeds");

  /** Sentences in the style of Party documents; capitals with a tone only in words written in capitals. */
  private static final List<String> SENTENCES = List.of(
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "TỈNH ỦY HÀ NAM",
      "Số 12-NQ/TU, Phủ Lý, ngày 05 tháng 3 năm 2021",
      "NGHỊ QUYẾT VỀ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2021",
      "Ban Thường vụ Tỉnh ủy đề nghị các cấp ủy, tổ chức đảng tập trung lãnh đạo, chỉ đạo thực hiện tốt "
          + "nhiệm vụ phát triển kinh tế, bảo đảm quốc phòng, an ninh.",
      "Ủy ban nhân dân tỉnh chịu trách nhiệm hướng dẫn, kiểm tra, đôn đốc việc triển khai thực hiện.",
      "Những người được giao nhiệm vụ phải thường xuyên rà soát, bổ sung quy hoạch cán bộ.",
      "Trường hợp có khó khăn, vướng mắc, kịp thời báo cáo Thường trực Tỉnh ủy để xem xét, giải quyết.",
      "Nơi nhận: Ban Bí thư Trung ương Đảng; các huyện ủy, thành ủy; lưu Văn phòng Tỉnh ủy.",
      "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Thị Hương Giang");

  @Test
  void knownTcvn3MojibakeIsRepaired() {
    assertRepaired("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam", "TCVN3");
    assertRepaired("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc", "TCVN3");
    assertRepaired("Uû ban nh©n d©n", "Uỷ ban nhân dân", "TCVN3");
    assertRepaired("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TCVN3");
  }

  @Test
  void knownVniMojibakeIsRepaired() {
    assertRepaired("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam", "VNI");
    assertRepaired("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc", "VNI");
    assertRepaired("UÛy ban nhaân daân", "Ủy ban nhân dân", "VNI");
  }

  private static void assertRepaired(String mojibake, String expected, String encoding) {
    Optional<LegacyEncodingRepair.Repair> repair = LegacyEncodingRepair.repair(mojibake);
    assertTrue(repair.isPresent(), "not detected: " + mojibake);
    assertEquals(encoding, repair.get().encoding().name(), mojibake);
    assertEquals(expected, repair.get().text());
  }

  @Test
  void everyLetterDecodesInBothEncodings() {
    String lower = LegacyEncoders.LOWER;
    String upper = LegacyEncoders.UPPER;
    assertEquals(134, lower.length() + upper.length());
    for (int i = 0; i < lower.length(); i++) {
      for (char letter : new char[] {lower.charAt(i), upper.charAt(i)}) {
        // inside a word of its own case, as a capitals font would show it
        String word = Character.isUpperCase(letter) ? "NG" + letter + "N" : "ng" + letter + "n";
        assertEquals(word, Tcvn3Decoder.decode(LegacyEncoders.toTcvn3(word)), "TCVN3 " + letter);
        assertEquals(word, VniDecoder.decode(LegacyEncoders.toVni(word)), "VNI " + letter);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"TCVN3", "VNI"})
  void sentencesRoundTrip(String encoding) {
    for (String sentence : SENTENCES) {
      String encoded = "TCVN3".equals(encoding) ? LegacyEncoders.toTcvn3(sentence) : LegacyEncoders.toVni(sentence);
      if (sentence.startsWith("Ủy") && "TCVN3".equals(encoding)) {
        // TCVN3 has no code for a capital with a tone: typed in a capitals font, the case is lost
        assertEquals(sentence.toLowerCase(Locale.ROOT).substring(0, 2),
            LegacyEncodingRepair.repair(encoded).orElseThrow().text().substring(0, 2));
        continue;
      }
      Optional<LegacyEncodingRepair.Repair> repair = LegacyEncodingRepair.repair(encoded);
      assertTrue(repair.isPresent(), "not detected: " + encoded);
      assertEquals(encoding, repair.get().encoding().name(), encoded);
      assertEquals(sentence, repair.get().text(), encoded);
    }
    String all = String.join("\n", SENTENCES.subList(0, 7));
    String encoded = "TCVN3".equals(encoding) ? LegacyEncoders.toTcvn3(all) : LegacyEncoders.toVni(all);
    assertEquals(all, LegacyEncodingRepair.repair(encoded).orElseThrow().text());
  }

  @Test
  void legacyLinesInsideUnicodeTextAreRepairedAlone() {
    String unicodeHeader = String.join("\n", SENTENCES.subList(0, 5));
    String body = SENTENCES.get(6);
    String signer = SENTENCES.get(10);
    String mixed = unicodeHeader + "\n" + LegacyEncoders.toTcvn3(body) + "\n" + signer;
    LegacyEncodingRepair.Repair repair = LegacyEncodingRepair.repair(mixed).orElseThrow();
    assertEquals(unicodeHeader + "\n" + body + "\n" + signer, repair.text());
    assertEquals(LegacyEncodingRepair.Legacy.TCVN3, repair.encoding());
    String withVni = unicodeHeader + "\n" + LegacyEncoders.toVni(body);
    assertEquals(unicodeHeader + "\n" + body, LegacyEncodingRepair.repair(withVni).orElseThrow().text());
  }

  @Test
  void unicodeVietnameseIsNotRepaired() {
    for (String sentence : SENTENCES) {
      assertEquals(Optional.empty(), LegacyEncodingRepair.repair(sentence), sentence);
    }
    for (String s : List.of("Điều 1.", "Hà Nội", "© 2021 Văn phòng Tỉnh ủy", "Giá: 1.000 đồng × 3 «mục»",
        "Café, naïve, São Paulo, Zürich", "ý kiến", "Mục lục § 2")) {
      assertEquals(Optional.empty(), LegacyEncodingRepair.repair(s), s);
    }
  }

  private static List<Path> realTexts() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(LAWS, SEEDS)) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.list(dir)) {
          s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
      }
    }
    return files;
  }

  @Test
  void noRealLawOrSeedIsRepaired() throws IOException {
    List<Path> files = realTexts();
    assumeTrue(files.size() >= 100, "../shared/corpus/laws and seeds not present");
    List<String> repaired = new ArrayList<>();
    int checked = 0;
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      checked++;
      LegacyEncodingRepair.repair(text).ifPresent(r -> repaired.add(file.getFileName() + " as " + r.encoding()));
      // paragraphs one at a time too: a short Unicode passage must not look like mojibake either
      for (String paragraph : text.split("\n\\s*\n", 150)) {
        LegacyEncodingRepair.repair(paragraph).ifPresent(
            r -> repaired.add(file.getFileName() + " paragraph '" + abbreviate(paragraph) + "' as " + r.encoding()));
      }
    }
    assertEquals(115, checked, "110 laws and 5 seeds");
    assertEquals(List.of(), repaired);
  }

  @Test
  void realLawsEncodedInLegacyFontsAreRepairedBack() throws IOException {
    List<Path> files = realTexts();
    assumeTrue(!files.isEmpty(), "../shared/corpus/laws and seeds not present");
    int tested = 0;
    for (Path file : files) {
      String text = Normalizer.normalize(Files.readString(file, StandardCharsets.UTF_8), Normalizer.Form.NFC);
      if (text.isBlank()) {
        continue;
      }
      String sample = withoutLegacyCodeSymbols(text.substring(0, Math.min(text.length(), 8_000)));
      String vni = LegacyEncodingRepair.repair(LegacyEncoders.toVni(sample)).orElseThrow(
          () -> new AssertionError("VNI not detected in " + file)).text();
      assertEquals(sample, vni, file.toString());
      String tcvn3 = LegacyEncodingRepair.repair(LegacyEncoders.toTcvn3(sample)).orElseThrow(
          () -> new AssertionError("TCVN3 not detected in " + file)).text();
      // TCVN3 loses the case of toned capitals outside words in capitals: compare ignoring case
      assertEquals(sample.toLowerCase(Locale.ROOT), tcvn3.toLowerCase(Locale.ROOT), file.toString());
      tested++;
    }
    assertTrue(tested >= 100, "tested " + tested);
  }

  /**
   * The text without the Latin-1 symbols (soft hyphen, ©, « ...) that are letter codes in TCVN3 or VNI: a
   * document typed in those fonts cannot hold them as themselves, so they cannot round-trip.
   */
  private static String withoutLegacyCodeSymbols(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean vietnameseLetter = LegacyEncoders.LOWER.indexOf(c) >= 0 || LegacyEncoders.UPPER.indexOf(c) >= 0;
      if (c < 0xA0 || c > 0xFF || vietnameseLetter) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String abbreviate(String s) {
    String one = s.strip().replace('\n', ' ');
    return one.length() <= 80 ? one : one.substring(0, 80) + "...";
  }
}
