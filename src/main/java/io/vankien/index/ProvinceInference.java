package io.vankien.index;

import io.vankien.meta.DocumentMetadata;
import io.vankien.meta.Provinces;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Fills in the province of documents whose text does not name it, from evidence in the archive: the
 * same signer with the same role signs other documents whose province is stated (not itself inferred),
 * and all of those name one province. The value is marked {@code inferred}. Central-level documents,
 * and documents whose province staff set (sidecar or edit), are left alone. An inferred province whose
 * evidence is gone (the other documents removed or corrected) is taken back.
 *
 * <p>Evidence never crosses signer groups (signer + role), so after a change only the groups it touched
 * are recomputed ({@link #apply(Archive, Collection, Collection)}): their documents are found by the
 * indexed {@link Schema#SIGNER_KEY}, read as stored records without their text, and only the documents
 * whose province changes are loaded whole and rewritten.
 */
final class ProvinceInference {
  private ProvinceInference() {}

  /** Longer signer keys are not indexed (no real name and role come near; Lucene's term limit is 32 KB). */
  private static final int MAX_KEY_CHARS = 1000;

  /** The signer group of a document: "name|role" (role in lower case), or null without signer or role. */
  static String signerKey(DocumentMetadata m) {
    if (m == null || m.signer() == null || m.signerRole() == null) {
      return null;
    }
    String key = m.signer().strip() + "|" + m.signerRole().strip().toLowerCase(Locale.ROOT);
    return key.length() > MAX_KEY_CHARS ? null : key;
  }

  /**
   * Recomputes the signer groups {@code keys} and the documents {@code ids} (with their groups), in the
   * committed view; returns how many documents changed (not committed). The same result as
   * {@link #applyAll} when every change since the last inference is named.
   */
  static int apply(Archive archive, Collection<String> keys, Collection<String> ids) throws IOException {
    List<Candidate> candidates = new ArrayList<>();
    Set<String> groups = new HashSet<>(keys);
    groups.remove(null);
    try (ArchiveSearcher.View v = archive.searcher().acquire()) {
      Set<String> seen = new HashSet<>();
      for (String id : ids) {
        for (ArchivedDocument d : records(v, new TermQuery(new Term(Schema.ID, id)))) {
          String k = signerKey(d.meta());
          if (k == null) {
            candidates.add(Candidate.of(d)); // no group: an inferred province has no evidence left
            seen.add(d.id());
          } else {
            groups.add(k);
          }
        }
      }
      if (groups.size() > Math.max(64, v.searcher().getIndexReader().numDocs() / 8)) {
        return applyAll(archive, v); // most of the archive changed (a first ingest): one pass is cheaper
      }
      Map<String, Set<String>> evidence = new HashMap<>();
      for (String k : groups) {
        for (ArchivedDocument d : records(v, new TermQuery(new Term(Schema.SIGNER_KEY, k)))) {
          addEvidence(d, evidence);
          if (seen.add(d.id())) {
            candidates.add(Candidate.of(d));
          }
        }
      }
      return update(archive, candidates, evidence);
    }
  }

  /** Recomputes every document of the archive; returns how many changed (not committed). */
  static int applyAll(Archive archive) throws IOException {
    try (ArchiveSearcher.View v = archive.searcher().acquire()) {
      return applyAll(archive, v);
    }
  }

  /**
   * One pass over every record gathers the evidence and keeps only the documents open to inference, a few
   * strings each: a million records held at once would take gigabytes of heap (about 2.7 KB each).
   */
  private static int applyAll(Archive archive, ArchiveSearcher.View v) throws IOException {
    Map<String, Set<String>> evidence = new HashMap<>();
    List<Candidate> open = new ArrayList<>();
    forEachRecord(v, new MatchAllDocsQuery(), d -> {
      addEvidence(d, evidence);
      Candidate c = Candidate.of(d);
      if (c.open()) {
        open.add(c);
      }
    });
    return update(archive, open, evidence);
  }

  private static void addEvidence(ArchivedDocument d, Map<String, Set<String>> evidence) {
    DocumentMetadata m = d.meta();
    String s = signerKey(m);
    if (s != null && m.province() != null && !DocumentMetadata.INFERRED.equals(m.sourceOf("province"))) {
      evidence.computeIfAbsent(s, k -> new HashSet<>()).add(m.province());
    }
  }

  /** What inference reads of a document: its id, group, level and province, and whether inference may set it. */
  private record Candidate(String id, String signerKey, String level, String province, boolean open) {
    static Candidate of(ArchivedDocument d) {
      DocumentMetadata m = d.meta();
      boolean open = m.province() == null
          ? DocumentMetadata.EXTRACTED.equals(m.sourceOf("province"))
          : DocumentMetadata.INFERRED.equals(m.sourceOf("province"));
      return new Candidate(d.id(), ProvinceInference.signerKey(m), m.level(), m.province(), open);
    }
  }

  private static int update(Archive archive, List<Candidate> docs, Map<String, Set<String>> evidence)
      throws IOException {
    int changed = 0;
    for (Candidate c : docs) {
      if (!c.open()) {
        continue;
      }
      String s = c.signerKey();
      Set<String> provinces = s == null || "central".equals(c.level()) ? Set.of() : evidence.getOrDefault(s, Set.of());
      String p = provinces.size() == 1 ? provinces.iterator().next() : null;
      if (Objects.equals(p, c.province())) {
        continue;
      }
      ArchivedDocument whole = archive.get(c.id()).orElseThrow(); // the text too, to write it back
      Map<String, Object> set = new LinkedHashMap<>();
      set.put("province", p);
      set.put("provinceCurrent", p == null ? null : Provinces.load().currentOf(p));
      archive.put(whole.withMeta(whole.meta().withOverrides(set,
          p == null ? DocumentMetadata.EXTRACTED : DocumentMetadata.INFERRED)));
      changed++;
    }
    return changed;
  }

  private static final Set<String> RECORD_FIELDS = Set.of(Schema.RECORD, Schema.ID);

  /** The stored records (without text) of the live documents matching q, in index order. */
  private static List<ArchivedDocument> records(ArchiveSearcher.View v, Query q) throws IOException {
    List<ArchivedDocument> out = new ArrayList<>();
    forEachRecord(v, q, out::add);
    return out;
  }

  /** Hands over the stored record (without text) of each live document matching q, in index order, one at a time. */
  private static void forEachRecord(ArchiveSearcher.View v, Query q, Consumer<ArchivedDocument> each)
      throws IOException {
    IndexSearcher s = v.searcher();
    int n = s.count(q);
    if (n == 0) {
      return;
    }
    ScoreDoc[] hits = s.search(q, n).scoreDocs;
    int[] docs = Arrays.stream(hits).mapToInt(h -> h.doc).sorted().toArray(); // stored fields read fastest in order
    var stored = s.storedFields();
    for (int doc : docs) {
      each.accept(DocumentMapper.recordOf(stored.document(doc, RECORD_FIELDS)));
    }
  }
}
