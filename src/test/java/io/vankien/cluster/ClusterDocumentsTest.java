package io.vankien.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vankien.analysis.DocumentSymbol;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.DocumentMapper;
import io.vankien.index.Schema;
import io.vankien.meta.DocumentMetadata;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The samples' documents as the cluster's {@code _source}: the template's fields, the archive's values. */
class ClusterDocumentsTest {
  @TempDir static Path tmp;
  static List<ArchivedDocument> docs;

  @BeforeAll
  static void ingest() throws Exception {
    docs = SampleArchive.ingest(tmp.resolve("data"));
  }

  private static Set<String> names(JsonNode object) {
    Set<String> names = new TreeSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> values(JsonNode v) {
    List<String> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (v.isArray()) {
      v.forEach(e -> out.add(e.asText()));
    } else {
      out.add(v.asText());
    }
    return out;
  }

  @Test
  void everyFieldIsOneOfTheTemplatesAndEveryTemplateFieldIsFilledBySomeSample() throws Exception {
    Set<String> mapped = names(ClusterIndex.template().path("template").path("mappings").path("properties"));
    Set<String> seen = new TreeSet<>();
    List<ArchivedDocument> all = new ArrayList<>(docs);
    java.util.Map<String, Object> noProvince = new java.util.HashMap<>();
    noProvince.put("province", null);
    noProvince.put("provinceCurrent", null);
    all.add(docs.get(0).withMeta(docs.get(0).meta().withOverrides(noProvince,
        io.vankien.meta.DocumentMetadata.EXTRACTED))); // one that province inference may set: the samples state theirs
    for (ArchivedDocument d : all) {
      Set<String> fields = names(ClusterDocuments.source(d));
      assertTrue(mapped.containsAll(fields), d.id() + ": fields not in the template: " + fields);
      seen.addAll(fields);
    }
    assertEquals(mapped, seen, "template fields no sample fills (mapped, filled)");
  }

  @Test
  void valuesAreTheArchivesValues() throws Exception {
    int dated = 0;
    int numbered = 0;
    for (ArchivedDocument d : docs) {
      ObjectNode s = ClusterDocuments.source(d);
      DocumentMetadata m = d.meta();
      assertEquals(d.id(), s.get(Schema.ID).asText());
      assertEquals(d.id(), s.get(Schema.ID_VALUE).asText());
      assertEquals(d.text(), s.get(Schema.TEXT).asText());
      assertEquals(d.text(), s.get(Schema.TEXT_PAIRS_FOLDED).asText());
      assertEquals(DocumentMapper.accessOf(m).code(), s.get(Schema.ACCESS).asText());
      assertEquals(List.copyOf(d.versionIds()), values(s.get(Schema.VERSION_ID)));
      assertEquals(d.sources().stream().map(ArchivedDocument.Source::path).toList(), values(s.get(Schema.SOURCE_PATH)));
      // the record is the stored record of the archive, as an object
      ArchivedDocument back = ClusterDocuments.JSON.treeToValue(s.get(Schema.RECORD), ArchivedDocument.class);
      assertEquals(ClusterDocuments.JSON.valueToTree(d), ClusterDocuments.JSON.valueToTree(back), d.id());
      assertFalse(s.get(Schema.RECORD).has("text"), "the text is a field of its own, not in the record");
      LocalDate date = DocumentMapper.parseDate(m.date());
      if (date != null) {
        dated++;
        assertEquals(date.toEpochDay(), s.get(Schema.DATE_DAY).asLong(), d.id());
        assertEquals(String.valueOf(date.getYear()), s.get(Schema.F_YEAR).asText());
      } else {
        assertFalse(s.has(Schema.DATE_DAY));
      }
      if (m.number() != null && DocumentSymbol.key(m.number()).isPresent()) {
        numbered++;
        assertTrue(values(s.get(Schema.NUMBER_KEY)).contains(DocumentSymbol.key(m.number()).get()), d.id());
      }
      if (m.province() != null && !m.province().isBlank()) {
        assertEquals(m.province().strip(), s.get(Schema.F_PROVINCE).asText());
      }
      if (m.provinceCurrent() != null && !m.provinceCurrent().isBlank()) {
        assertEquals(m.provinceCurrent().strip(), s.get(Schema.F_PROVINCE_CURRENT).asText());
      }
      DocumentMapper.keyedFacets(m).forEach((dim, value) -> assertEquals(value, s.get(dim).asText(), dim));
      for (Iterator<JsonNode> it = s.elements(); it.hasNext(); ) {
        assertFalse(it.next().isNull(), d.id() + " has a null field: " + s);
      }
    }
    assertTrue(dated >= docs.size() / 2, "dated " + dated);
    assertTrue(numbered >= docs.size() / 2, "numbered " + numbered);
  }
}
