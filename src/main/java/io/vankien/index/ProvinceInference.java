package io.vankien.index;

import io.vankien.meta.DocumentMetadata;
import io.vankien.meta.Provinces;
import java.io.IOException;
import java.util.ArrayList;
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
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Fills in the province of documents whose text does not name it, from evidence in the archive: the
 * same signer with the same role signs other documents whose province is stated (not itself inferred),
 * and all of those name one province. The value is marked {@code inferred}. Central-level documents,
 * and documents whose province staff set (sidecar or edit), are left alone. An inferred province whose
 * evidence is gone (the other documents removed or corrected) is taken back.
 *
 * <p>Evidence never crosses signer groups (signer + role), so after a change only the groups it touched
 * are recomputed ({@link #apply(Archive, Collection, Collection)}). Nothing of a group is read from the stored
 * records but the documents inference may change: each document indexes its group ({@link Schema#SIGNER_KEY}),
 * the province it states for its group ({@link Schema#PROVINCE_EVIDENCE}: a group's evidence is a few terms of the
 * terms dictionary) and, when inference may set its province, its group again ({@link Schema#PROVINCE_OPEN}). Only
 * those open documents are read as stored records, and only those whose province changes are loaded whole and
 * rewritten.
 */
final class ProvinceInference {
  private ProvinceInference() {}

  /** Longer signer keys are not indexed (no real name and role come near; Lucene's term limit is 32 KB). */
  private static final int MAX_KEY_CHARS = 1000;
  /** Between the group and the province in {@link Schema#PROVINCE_EVIDENCE}; never in a signer key. */
  private static final char EVIDENCE_SEPARATOR = '\u001f';

  /** The signer group of a document: "name|role" (role in lower case), or null without signer or role. */
  static String signerKey(DocumentMetadata m) {
    if (m == null || m.signer() == null || m.signerRole() == null) {
      return null;
    }
    String key = m.signer().strip() + "|" + m.signerRole().strip().toLowerCase(Locale.ROOT);
    return key.length() > MAX_KEY_CHARS || key.indexOf(EVIDENCE_SEPARATOR) >= 0 ? null : key;
  }

  /** The fields inference finds a document by: its group, the province it states for it, and whether it is open. */
  static void addFields(Document doc, DocumentMetadata m) {
    String key = signerKey(m);
    if (key != null) {
      doc.add(new StringField(Schema.SIGNER_KEY, key, Field.Store.NO));
      if (states(m)) {
        doc.add(new StringField(Schema.PROVINCE_EVIDENCE, key + EVIDENCE_SEPARATOR + m.province(), Field.Store.NO));
      }
    }
    if (open(m)) {
      doc.add(new StringField(Schema.PROVINCE_OPEN, key == null ? "" : key, Field.Store.NO));
    }
  }

  /** Whether the document's province is evidence for its group: set, and not inferred itself. */
  private static boolean states(DocumentMetadata m) {
    return m.province() != null && !DocumentMetadata.INFERRED.equals(m.sourceOf("province"));
  }

  /** Whether inference may set the document's province (none extracted) or take it back (inferred). */
  private static boolean open(DocumentMetadata m) {
    return m.province() == null
        ? DocumentMetadata.EXTRACTED.equals(m.sourceOf("province"))
        : DocumentMetadata.INFERRED.equals(m.sourceOf("province"));
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
      Map<String, Set<String>> evidence = evidence(v.searcher().getIndexReader(), groups);
      for (String k : groups) {
        for (ArchivedDocument d : records(v, new TermQuery(new Term(Schema.PROVINCE_OPEN, k)))) {
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

  /** Every group's evidence from the terms dictionary, then the records of the open documents only. */
  private static int applyAll(Archive archive, ArchiveSearcher.View v) throws IOException {
    Map<String, Set<String>> evidence = evidence(v.searcher().getIndexReader(), null);
    List<Candidate> open = new ArrayList<>();
    forEachRecord(v, new TermRangeQuery(Schema.PROVINCE_OPEN, null, null, true, true),
        d -> open.add(Candidate.of(d)));
    return update(archive, open, evidence);
  }

  /**
   * The provinces stated by live documents of the groups {@code keys} (of every group when null), by group: the
   * live terms of {@link Schema#PROVINCE_EVIDENCE} after each group's key.
   */
  static Map<String, Set<String>> evidence(IndexReader reader, Collection<String> keys) throws IOException {
    Map<String, Set<String>> out = new HashMap<>();
    Consumer<BytesRef> add = t -> {
      String term = t.utf8ToString();
      int cut = term.indexOf(EVIDENCE_SEPARATOR);
      out.computeIfAbsent(term.substring(0, cut), k -> new HashSet<>()).add(term.substring(cut + 1));
    };
    LiveTerms.forEach(reader, Schema.PROVINCE_EVIDENCE,
        keys == null ? null : keys.stream().map(k -> new BytesRef(k + EVIDENCE_SEPARATOR)).toList(), add);
    return out;
  }

  /** What inference reads of a document: its id, group, level and province, and whether inference may set it. */
  private record Candidate(String id, String signerKey, String level, String province, boolean open) {
    static Candidate of(ArchivedDocument d) {
      DocumentMetadata m = d.meta();
      return new Candidate(d.id(), ProvinceInference.signerKey(m), m.level(), m.province(),
          ProvinceInference.open(m));
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
    Weight w = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
    var stored = s.storedFields();
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) { // index order: stored fields are read fastest in it
      Scorer scorer = w.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator it = scorer.iterator();
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        if (live == null || live.get(d)) {
          each.accept(DocumentMapper.recordOf(stored.document(leaf.docBase + d, RECORD_FIELDS)));
        }
      }
    }
  }
}
