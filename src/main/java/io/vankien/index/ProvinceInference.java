package io.vankien.index;

import io.vankien.meta.DocumentMetadata;
import io.vankien.meta.Provinces;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;

/**
 * Fills in the province of documents whose text does not name it, from evidence in the archive: the
 * same signer with the same role signs other documents whose province is stated (not itself inferred),
 * and all of those name one province. The value is marked {@code inferred}. Central-level documents,
 * and documents whose province staff set (sidecar or edit), are left alone. An inferred province whose
 * evidence is gone (the other documents removed or corrected) is taken back.
 */
final class ProvinceInference {
  private ProvinceInference() {}

  private record Signer(String name, String role) {}

  /** Updates the documents it can infer; returns how many changed (not committed). */
  static int apply(Archive archive) throws IOException {
    List<ArchivedDocument> docs = new ArrayList<>();
    try (ArchiveSearcher.View v = archive.searcher().acquire()) {
      for (ScoreDoc sd : v.searcher().search(new MatchAllDocsQuery(), Integer.MAX_VALUE).scoreDocs) {
        docs.add(v.load(sd.doc));
      }
    }
    Map<Signer, Set<String>> evidence = new HashMap<>();
    for (ArchivedDocument d : docs) {
      DocumentMetadata m = d.meta();
      Signer s = signerOf(m);
      if (s != null && m.province() != null && !DocumentMetadata.INFERRED.equals(m.sourceOf("province"))) {
        evidence.computeIfAbsent(s, k -> new HashSet<>()).add(m.province());
      }
    }
    int changed = 0;
    for (ArchivedDocument d : docs) {
      DocumentMetadata m = d.meta();
      boolean open = m.province() == null
          ? DocumentMetadata.EXTRACTED.equals(m.sourceOf("province"))
          : DocumentMetadata.INFERRED.equals(m.sourceOf("province"));
      Signer s = signerOf(m);
      if (!open) {
        continue;
      }
      Set<String> provinces = s == null || "central".equals(m.level()) ? Set.of() : evidence.getOrDefault(s, Set.of());
      String p = provinces.size() == 1 ? provinces.iterator().next() : null;
      if (java.util.Objects.equals(p, m.province())) {
        continue;
      }
      Map<String, Object> set = new HashMap<>();
      set.put("province", p);
      set.put("provinceCurrent", p == null ? null : Provinces.load().currentOf(p));
      archive.put(d.withMeta(m.withOverrides(set, p == null ? DocumentMetadata.EXTRACTED : DocumentMetadata.INFERRED)));
      changed++;
    }
    return changed;
  }

  private static Signer signerOf(DocumentMetadata m) {
    if (m.signer() == null || m.signerRole() == null) {
      return null;
    }
    return new Signer(m.signer().strip(), m.signerRole().strip().toLowerCase(java.util.Locale.ROOT));
  }
}
