package io.vankien.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.meta.DocumentMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The evidence province inference reads from the terms dictionary ({@link Schema#PROVINCE_EVIDENCE}) is what the
 * stored records of the live documents say: random signers (some whose keys are prefixes of others'), provinces
 * stated, inferred or absent, over several segments with deleted and rewritten documents, asked for every group
 * at once and for random subsets of groups in random order.
 */
class ProvinceEvidenceTermsTest {
  private static final List<String> SIGNERS = List.of("Nguyễn Văn An", "Nguyễn Văn An Bình", "Trần Thị Lan", "Lê B");
  private static final List<String> ROLES = List.of("Bí thư", "BÍ THƯ TỈNH ỦY", "Chủ tịch", "Phó Bí thư");
  private static final List<String> PROVINCES = List.of("Kon Tum", "Hà Tĩnh", "Nghệ An", "Kon");

  @Test
  void theTermsSayWhatTheLiveRecordsSay() throws Exception {
    for (long seed = 1; seed <= 40; seed++) {
      Random r = new Random(seed);
      Map<String, DocumentMetadata> live = new LinkedHashMap<>();
      try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
          IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()).setMergePolicy(
              r.nextBoolean() ? NoMergePolicy.INSTANCE : new IndexWriterConfig(null).getMergePolicy()))) {
        int docs = 20 + r.nextInt(60);
        for (int i = 0; i < docs; i++) {
          String id = "d" + r.nextInt(docs); // some ids come again: the earlier document is replaced
          DocumentMetadata m = randomMeta(r);
          Document doc = new Document();
          doc.add(new StringField(Schema.ID, id, Field.Store.NO));
          ProvinceInference.addFields(doc, m);
          w.updateDocument(new Term(Schema.ID, id), doc);
          live.put(id, m);
          if (r.nextInt(8) == 0) {
            w.commit(); // a new segment
          }
          if (r.nextInt(10) == 0) {
            String gone = "d" + r.nextInt(docs);
            w.deleteDocuments(new Term(Schema.ID, gone));
            live.remove(gone);
          }
        }
        w.commit();
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
          Map<String, Set<String>> expected = fromRecords(live.values());
          assertEquals(expected, ProvinceInference.evidence(reader, null), "seed " + seed);
          List<String> keys = new ArrayList<>();
          for (String s : SIGNERS) {
            for (String role : ROLES) {
              keys.add(ProvinceInference.signerKey(meta(s, role, null, null)));
            }
          }
          java.util.Collections.shuffle(keys, r);
          List<String> asked = keys.subList(0, 1 + r.nextInt(keys.size()));
          Map<String, Set<String>> some = new HashMap<>(expected);
          some.keySet().retainAll(asked);
          assertEquals(some, ProvinceInference.evidence(reader, asked), "seed " + seed + ", groups " + asked);
        }
      }
    }
  }

  @Test
  void aGroupStatesOnlyTheProvincesNotInferred() {
    assertTrue(fromRecords(List.of(meta("A", "Bí thư", "Kon Tum", DocumentMetadata.INFERRED))).isEmpty());
    assertEquals(Map.of("A|bí thư", Set.of("Kon Tum")),
        fromRecords(List.of(meta("A", "Bí thư", "Kon Tum", DocumentMetadata.SIDECAR))));
  }

  /** What inference took from the records before the evidence was indexed. */
  private static Map<String, Set<String>> fromRecords(Iterable<DocumentMetadata> metas) {
    Map<String, Set<String>> out = new HashMap<>();
    for (DocumentMetadata m : metas) {
      String k = ProvinceInference.signerKey(m);
      if (k != null && m.province() != null && !DocumentMetadata.INFERRED.equals(m.sourceOf("province"))) {
        out.computeIfAbsent(k, x -> new HashSet<>()).add(m.province());
      }
    }
    return out;
  }

  private static DocumentMetadata randomMeta(Random r) {
    String signer = r.nextInt(6) == 0 ? null : SIGNERS.get(r.nextInt(SIGNERS.size()));
    String role = r.nextInt(6) == 0 ? null : ROLES.get(r.nextInt(ROLES.size()));
    String province = r.nextInt(3) == 0 ? null : PROVINCES.get(r.nextInt(PROVINCES.size()));
    String source = switch (r.nextInt(3)) {
      case 0 -> DocumentMetadata.INFERRED;
      case 1 -> DocumentMetadata.SIDECAR;
      default -> DocumentMetadata.EXTRACTED;
    };
    return meta(signer, role, province, source);
  }

  private static DocumentMetadata meta(String signer, String role, String province, String source) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("signer", signer);
    fields.put("signerRole", role);
    DocumentMetadata m = DocumentMetadata.empty().withOverrides(fields, DocumentMetadata.SIDECAR);
    if (province != null) {
      m = m.withOverrides(Map.of("province", province), source == null ? DocumentMetadata.EXTRACTED : source);
    }
    return m;
  }
}
