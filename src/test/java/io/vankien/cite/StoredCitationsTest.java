package io.vankien.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The typed citations as the archive stores them, and the one a citing list takes from them. */
class StoredCitationsTest {
  private final Relations vocabulary = Relations.standard();
  private final RelationReader reader = RelationReader.standard();

  /** A sample text written for the test (not a real document), citing three symbols, one only by hand. */
  private static final String TEXT = "VĂN BẢN MẪU\nCăn cứ Luật Mẫu số 10/2020/QH14 ngày 01 tháng 6 năm 2020;\n"
      + "Thực hiện Nghị quyết số 12-NQ/TU ngày 15/3/2019 của Tỉnh ủy, UBND tỉnh ban hành Kế hoạch.";
  private static final List<String> CITES = List.of("10/2020/QH14", "12-NQ/TU", "99-KL/TW");

  @Test
  void readsBackWhatWasStored() {
    List<TypedCitation> typed = reader.read(TEXT, null, "Kế hoạch", CITES);
    assertEquals(Optional.of(typed), StoredCitations.decode(StoredCitations.encode(typed), vocabulary));
    assertEquals(null, typed.get(2).sentence(), "cited by hand, nowhere in the text: no sentence, stored as null");
  }

  @Test
  void givesWhatRelationToReadsFromTheText() {
    List<TypedCitation> typed = StoredCitations.decode(
        StoredCitations.encode(reader.read(TEXT, null, "Kế hoạch", CITES)), vocabulary).orElseThrow();
    for (String asked : List.of("12-NQ/TU", "12-nq/tu", "10/2020/QH14", "99-KL/TW")) {
      assertEquals(Optional.of(reader.relationTo(TEXT, null, "Kế hoạch", CITES, asked)),
          StoredCitations.to(typed, CITES, asked), asked);
    }
    assertEquals("implements", StoredCitations.to(typed, CITES, "12-nq/tu").orElseThrow().relation().code());
  }

  @Test
  void nothingWhenTheStoredValueCannotAnswer() {
    List<TypedCitation> typed = reader.read(TEXT, null, null, CITES);
    assertTrue(StoredCitations.to(typed, CITES, "7-NQ/TU").isEmpty(), "a symbol the document does not cite");
    assertTrue(StoredCitations.to(typed.subList(0, 2), CITES, "12-NQ/TU").isEmpty(), "not one per cited symbol");
    assertTrue(StoredCitations.decode(null, vocabulary).isEmpty(), "not stored (an archive before schema 15)");
    assertTrue(StoredCitations.decode("[{\"n\":\"12-NQ/TU\",\"r\":\"no-such-relation\",\"s\":null}]", vocabulary)
        .isEmpty(), "a relation the vocabulary no longer has");
  }
}
