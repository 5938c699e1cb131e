package io.vankien.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The access stamps of a document's header, and the same words where they are no stamp. */
class AccessStampReaderTest {
  private static Optional<AccessLevel> read(String... lines) {
    return AccessStampReader.read(List.of(lines));
  }

  @Test
  void restrictedStampsInCapitals() {
    assertEquals(Optional.of(AccessLevel.RESTRICTED), read("TỈNH ỦY HÀ NAM", "*", "Số 12-NQ/TU", "MẬT"));
    assertEquals(Optional.of(AccessLevel.RESTRICTED), read("TỐI MẬT", "BAN THƯỜNG VỤ TỈNH ỦY"));
    assertEquals(Optional.of(AccessLevel.RESTRICTED), read("TUYỆT MẬT"));
    assertEquals(Optional.of(AccessLevel.RESTRICTED), read("Độ mật: MẬT"));
  }

  @Test
  void internalStamps() {
    assertEquals(Optional.of(AccessLevel.INTERNAL), read("TỈNH ỦY HÀ NAM", "(Lưu hành nội bộ)"));
    assertEquals(Optional.of(AccessLevel.INTERNAL), read("LƯU HÀNH NỘI BỘ"));
    assertEquals(Optional.of(AccessLevel.INTERNAL), read("Không phổ biến"));
    assertEquals(Optional.of(AccessLevel.INTERNAL), read("Tài liệu lưu hành nội bộ"));
  }

  @Test
  void stampsAsConvertersWriteThem() {
    // pandoc's Markdown of a bold stamp and of a header table; a two-column header on one line
    assertEquals(Optional.of(AccessLevel.RESTRICTED), read("**MẬT**"));
    assertEquals(Optional.of(AccessLevel.RESTRICTED), read("| TỈNH ỦY HÀ NAM | ĐẢNG CỘNG SẢN VIỆT NAM |",
        "|---|---|", "| Số 12-NQ/TU | MẬT |"));
    assertEquals(Optional.of(AccessLevel.RESTRICTED), read("Số 12-NQ/TU\tMẬT"));
    assertEquals(Optional.of(AccessLevel.INTERNAL), read("TỈNH ỦY HÀ NAM      (Lưu hành nội bộ)"));
  }

  @Test
  void theMostRestrictiveStampWins() {
    assertEquals(Optional.of(AccessLevel.RESTRICTED), read("Lưu hành nội bộ", "MẬT"));
  }

  @Test
  void theSameWordsInASentenceAreNoStamp() {
    assertEquals(Optional.empty(), read("Cho thuê, bán phim lưu hành nội bộ."));
    assertEquals(Optional.empty(), read("ĐIỀU KIỆN BẢO HỘ ĐỐI VỚI BÍ MẬT KINH DOANH"));
    assertEquals(Optional.empty(), read("AN NINH, AN TOÀN, BẢO VỆ, BẢO MẬT TRONG GIAO DỊCH ĐIỆN TỬ"));
    assertEquals(Optional.empty(), read("giữ bí", "mật")); // a word cut from its sentence, not in capitals
    assertEquals(Optional.empty(), read("*".repeat(2000), "-".repeat(3000)));
  }

  @Test
  void onlyTheHeaderIsRead() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < AccessStampReader.HEADER_LINES; i++) {
      lines.add("Dòng " + i + " của phần đầu văn bản.");
    }
    lines.add("MẬT"); // below the header: a heading of the body, say
    assertEquals(Optional.empty(), AccessStampReader.read(lines));
  }

  /** No real document of the shared corpus (laws and seeds, none stamped) is read as stamped. */
  @Test
  void noStampInTheSharedCorpus() throws IOException {
    Path corpus = Path.of("..", "shared", "corpus");
    assumeTrue(Files.isDirectory(corpus), "../shared/corpus not present");
    List<String> stamped = new ArrayList<>();
    int files = 0;
    try (Stream<Path> s = Files.walk(corpus)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".txt")).toList()) {
        files++;
        if (AccessStampReader.read(Files.readAllLines(p)).isPresent()) {
          stamped.add(p.getFileName().toString());
        }
      }
    }
    assertEquals(List.of(), stamped);
    assertEquals(true, files >= 100, files + " files");
  }
}
