package io.vankien.search;

import io.vankien.analysis.DocumentSymbol;
import io.vankien.cite.CitedFacts;
import io.vankien.cite.RelationReader;
import io.vankien.cite.Relations;
import io.vankien.cite.TypedCitation;
import io.vankien.index.ArchiveSearcher;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.ReadScope;
import io.vankien.index.Schema;
import io.vankien.meta.DocumentMetadata;
import io.vankien.meta.DocumentNumbers;
import io.vankien.meta.Provinces;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * A cited symbol as the archive knows it, whether or not the archive holds the document (issue 16): the
 * document when it is there, else what the citing sentences say of it; every document citing it with the
 * relation and the sentence; and its implementation chain, down the hierarchy. Every read goes through the
 * caller's {@link ArchiveSearcher} scope (or, on a cluster, its access filter: {@link Index}): a document the
 * caller may not read is neither shown nor counted.
 */
public final class SymbolService {
  /** Citing documents read for one symbol, at most. */
  static final int MAX_CITING = 500;
  /** How far down a chain goes (central, province, district, commune). */
  static final int MAX_DEPTH = 4;
  static final int MAX_CHAIN = 1000;
  /** Citing documents whose sentences are read for what they say of a document the archive does not hold. */
  static final int KNOWN_FROM = 50;

  /**
   * The three reads a symbol's page and chain make, within one caller's reach: the embedded archive's ({@link
   * #SymbolService(ArchiveSearcher)}) or a cluster's ({@code io.vankien.cluster.ClusterSymbols}). One request's
   * reads see one state of the index.
   */
  public interface Index {
    Reads acquire() throws IOException;
  }

  /** Reads of one request; closed at its end. */
  public interface Reads extends AutoCloseable {
    /** The first document whose number has this key ({@link Schema#NUMBER_KEY}), its record. */
    Optional<ArchivedDocument> holder(String key) throws IOException;

    /**
     * At most {@code max} documents citing the key ({@link Schema#CITES_KEY}), the latest first, each with its
     * relation to {@code number} and the sentence naming it ({@link DocumentView.Citing#relationOf}); with its text
     * when {@code withText} (what the citing sentences say of a document the archive does not hold is read from it).
     */
    List<Cited> citing(String key, String number, int max, boolean withText) throws IOException;

    /** At most {@code max} documents citing so ({@link Schema#CITES_RELATION_KEY}: "code:key"), their records. */
    List<ArchivedDocument> citingAs(String relationKey, int max) throws IOException;

    @Override
    void close() throws IOException;
  }

  private final Index index;
  /** The embedded archive ({@link #as} narrows it), null for an index given as reads. */
  private final ArchiveSearcher archive;
  private final Relations relations = Relations.standard();

  public SymbolService(ArchiveSearcher archive) {
    this.index = lucene(archive);
    this.archive = archive;
  }

  /** Over an index's reads, already within one caller's reach (a cluster's). */
  public SymbolService(Index index) {
    this.index = index;
    this.archive = null;
  }

  /** The embedded archive's service as one caller may read it. */
  public SymbolService as(ReadScope scope) {
    if (archive == null) {
      throw new IllegalStateException("an index given as reads is narrowed by whoever gives it");
    }
    return new SymbolService(archive.as(scope));
  }

  /** The embedded archive's reads: one searcher view per request, every query restricted to its scope. */
  private static Index lucene(ArchiveSearcher archive) {
    return () -> {
      ArchiveSearcher.View v = archive.acquire();
      return new Reads() {
        @Override
        public Optional<ArchivedDocument> holder(String key) throws IOException {
          TopDocs td = v.searcher().search(v.restrict(new TermQuery(new Term(Schema.NUMBER_KEY, key))), 1);
          return td.scoreDocs.length == 0 ? Optional.empty() : Optional.of(v.loadRecord(td.scoreDocs[0].doc));
        }

        /** The relations as stored beside each record; a text is read only when needed ({@link CitingDocuments}). */
        @Override
        public List<Cited> citing(String key, String number, int max, boolean withText) throws IOException {
          return CitingDocuments.latest(v, key, number, max, withText);
        }

        @Override
        public List<ArchivedDocument> citingAs(String relationKey, int max) throws IOException {
          TopDocs td = v.searcher().search(
              v.restrict(new TermQuery(new Term(Schema.CITES_RELATION_KEY, relationKey))), max);
          List<ArchivedDocument> out = new ArrayList<>();
          for (ScoreDoc sd : td.scoreDocs) {
            out.add(v.loadRecord(sd.doc));
          }
          return out;
        }

        @Override
        public void close() throws IOException {
          v.close();
        }
      };
    };
  }

  /** What the citing sentences say of the cited document, each the most frequent value read. */
  public record Known(String type, String date, String issuer, String title) {}

  /**
   * @param number the symbol as the archive writes it
   * @param document the archive's document with that number, null when it holds none (or the caller may not read it)
   * @param known the document's type, date, issuer and title: from the document when held, else read from the
   *     citing sentences
   * @param citedBy every citing document the caller may read, the latest first
   * @param byRelation, byProvince how many citing documents per relation code and per province (34-list)
   */
  public record SymbolView(String number, DocumentView.DocRef document, Known known, List<DocumentView.Citing> citedBy,
      Map<String, Integer> byRelation, Map<String, Integer> byProvince, List<Map<String, String>> relations) {}

  /** One document of a chain: the symbol it implements ({@code parent}), how, and how long after the source. */
  public record ChainRow(int depth, String parent, DocumentView.DocRef document, String level, String relation,
      String relationLabel, Long lagDays) {}

  /** One of the 34 provinces in a chain: its documents, the first and its lag, the former provinces in it. */
  public record ProvinceRow(String province, List<String> formerProvinces, int documents, String firstDate,
      Long firstLagDays, String firstId) {}

  /**
   * @param sourceDate the date of the source document (the archive's, else read from citing sentences), may be null
   * @param rows every document of the chain the caller may read, in order of depth, then date
   * @param provinces the 34 provinces, each with its documents in the chain (for shading a map)
   * @param missingProvinces the provinces with no document in the chain (none the caller may read)
   */
  public record ChainView(String number, DocumentView.DocRef source, Known known, String sourceDate,
      List<ChainRow> rows, List<ProvinceRow> provinces, List<String> missingProvinces) {}

  /** The canonical symbol of what the user wrote ("48-kl/tw", "Kết luận 48-KL/TW"), or 400 naming the parameter. */
  public static String canonical(String param, String written) {
    List<DocumentNumbers.Found> found = written == null ? List.of() : DocumentNumbers.findAll(written.strip());
    if (found.isEmpty() && written != null) {
      found = DocumentNumbers.findAll(written.strip().toUpperCase(java.util.Locale.ROOT));
    }
    if (found.isEmpty()) {
      throw new BadRequestException(param, "không phải số hiệu văn bản (ví dụ 48-KL/TW, 45/2013/QH13): “"
          + (written == null ? "" : written) + "”");
    }
    return found.get(0).number();
  }

  public SymbolView symbol(String number) throws IOException {
    String key = key(number);
    try (Reads v = index.acquire()) {
      Optional<ArchivedDocument> held = v.holder(key);
      List<Cited> citing = citing(v, key, number, MAX_CITING, held.isEmpty()); // texts only for known()
      List<DocumentView.Citing> out = new ArrayList<>();
      Map<String, Integer> byRelation = new LinkedHashMap<>();
      relations.all().forEach(r -> byRelation.put(r.code(), 0));
      Map<String, Integer> byProvince = new LinkedHashMap<>();
      for (Cited c : citing) {
        out.add(DocumentView.Citing.of(c.doc, c.typed));
        byRelation.merge(c.typed.relation().code(), 1, Integer::sum);
        String p = c.doc.meta().provinceCurrent();
        if (p != null) {
          byProvince.merge(p, 1, Integer::sum);
        }
      }
      byRelation.values().removeIf(n -> n == 0);
      List<Map<String, String>> vocabulary = relations.all().stream()
          .map(r -> Map.of("code", r.code(), "label", r.label())).toList();
      return new SymbolView(number, held.map(DocumentView.DocRef::of).orElse(null), known(number, held, citing), out,
          byRelation, byProvince, vocabulary);
    }
  }

  /**
   * The chain, found through the index ({@link Schema#CITES_RELATION_KEY}: no text is read but for what the
   * citing sentences say of the source): the documents citing the symbol with a chain relation, then those
   * citing them so, {@link #MAX_DEPTH} steps down at most.
   */
  public ChainView chain(String number) throws IOException {
    List<io.vankien.cite.Relation> chainRelations = relations.all().stream().filter(io.vankien.cite.Relation::chain).toList();
    Provinces provinces = Provinces.load();
    try (Reads v = index.acquire()) {
      String key = key(number);
      Optional<ArchivedDocument> held = v.holder(key);
      Known known = known(number, held, held.isPresent() ? List.of() : citing(v, key, number, KNOWN_FROM, true));
      LocalDate start = day(known.date());
      List<ChainRow> rows = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      held.ifPresent(d -> seen.add(d.id()));
      Deque<String[]> queue = new ArrayDeque<>();
      queue.add(new String[] {number, key, "1"});
      Set<String> expanded = new HashSet<>(Set.of(key));
      while (!queue.isEmpty() && rows.size() < MAX_CHAIN) {
        String[] next = queue.poll();
        int depth = Integer.parseInt(next[2]);
        for (io.vankien.cite.Relation r : chainRelations) { // strongest first: a document keeps its strongest
          for (ArchivedDocument d : v.citingAs(r.code() + ":" + next[1], MAX_CITING)) {
            if (!seen.add(d.id()) || rows.size() >= MAX_CHAIN) {
              continue;
            }
            DocumentMetadata m = d.meta();
            LocalDate day = day(m.date());
            rows.add(new ChainRow(depth, next[0], DocumentView.DocRef.of(d), m.level(), r.code(), r.label(),
                start == null || day == null ? null : ChronoUnit.DAYS.between(start, day)));
            Optional<String> own = m.number() == null ? Optional.empty() : DocumentSymbol.key(m.number());
            if (depth < MAX_DEPTH && own.isPresent() && expanded.add(own.get())) {
              queue.add(new String[] {m.number(), own.get(), String.valueOf(depth + 1)});
            }
          }
        }
      }
      rows.sort(Comparator.comparingInt(ChainRow::depth)
          .thenComparing(r -> r.document().date() == null ? "9999" : r.document().date()));
      List<ProvinceRow> byProvince = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      Map<String, List<String>> former = provinces.oldNames().stream()
          .collect(Collectors.groupingBy(o -> String.valueOf(provinces.currentOf(o)), LinkedHashMap::new,
              Collectors.toList()));
      Map<String, List<ChainRow>> rowsOf = rows.stream().filter(r -> r.document().provinceCurrent() != null)
          .collect(Collectors.groupingBy(r -> r.document().provinceCurrent()));
      for (String p : provinces.currentNames()) {
        List<ChainRow> in = rowsOf.getOrDefault(p, List.of());
        ChainRow firstRow = in.stream().filter(r -> r.document().date() != null)
            .min(Comparator.comparing(r -> r.document().date())).orElse(in.isEmpty() ? null : in.get(0));
        byProvince.add(new ProvinceRow(p, former.getOrDefault(p, List.of()).stream().filter(o -> !o.equals(p)).toList(),
            in.size(), firstRow == null ? null : firstRow.document().date(),
            firstRow == null ? null : firstRow.lagDays(), firstRow == null ? null : firstRow.document().id()));
        if (in.isEmpty()) {
          missing.add(p);
        }
      }
      return new ChainView(number, held.map(DocumentView.DocRef::of).orElse(null), known,
          start == null ? null : start.toString(), rows, byProvince, missing);
    }
  }

  /**
   * A citing document (with its text when asked for) and its relation to the symbol.
   *
   * @param doc the citing document
   * @param typed its relation to the symbol and the sentence naming it
   */
  public record Cited(ArchivedDocument doc, TypedCitation typed) {}

  private List<Cited> citing(Reads v, String key, String number, int max, boolean withText) throws IOException {
    List<Cited> out = new ArrayList<>();
    for (Cited c : v.citing(key, number, max, withText)) {
      DocumentMetadata m = c.doc().meta();
      if (m.number() != null && DocumentSymbol.key(m.number()).map(key::equals).orElse(false)) {
        continue; // the document itself
      }
      out.add(c);
    }
    return out;
  }

  private static Known known(String number, Optional<ArchivedDocument> held, List<Cited> citing) {
    if (held.isPresent()) {
      DocumentMetadata m = held.get().meta();
      return new Known(m.type(), m.date(), m.issuer(), m.title());
    }
    List<CitedFacts> facts = citing.stream()
        .flatMap(c -> CitedFacts.readAll(c.doc.text(), c.typed.number()).stream()).toList();
    String type = DocumentTypeNames.typeOfCode(RelationReader.typeCode(number)).orElse(null);
    return new Known(type, mostFrequent(facts, CitedFacts::date), mostFrequent(facts, CitedFacts::issuer),
        mostFrequent(facts, CitedFacts::title));
  }

  private static String mostFrequent(List<CitedFacts> facts, Function<CitedFacts, String> part) {
    Map<String, Integer> counts = new HashMap<>();
    String best = null;
    for (CitedFacts f : facts) {
      String value = part.apply(f);
      if (value != null) {
        int n = counts.merge(value, 1, Integer::sum);
        if (best == null || n > counts.get(best)) {
          best = value;
        }
      }
    }
    return best;
  }

  private static String key(String number) {
    return DocumentSymbol.key(number).orElseThrow(() -> new BadRequestException("symbol", "không phải số hiệu: " + number));
  }

  private static LocalDate day(String date) {
    if (date == null || date.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(date.substring(0, 10));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
