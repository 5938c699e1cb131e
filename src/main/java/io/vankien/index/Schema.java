package io.vankien.index;

import io.vankien.analysis.VietnameseAnalyzer;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/** Every Lucene field of the archive, and how it is analyzed. The one place that names them. */
public final class Schema {
  private Schema() {}

  /**
   * Version of the fields below. Raise it whenever a field is added or indexed differently: an archive
   * written under another version is refused until {@code vankien upgrade} re-indexes it from its stored
   * records ({@link ArchiveFormat}, {@link ArchiveUpgrade}). 2: the version is recorded (archives without it count as 1). 3: completion
   * fields ({@link #SUGGEST_TITLE}, {@link #SUGGEST_NUMBER}, {@link #SUGGEST_SIGNER}, {@link #ID_VALUE}). 4: the signer group ({@link #SIGNER_KEY}). 5: word pairs (exact, "text_pairs", and folded,
   * {@link #TEXT_PAIRS_FOLDED}). 6: the access level ({@link #ACCESS}). 7: {@link #F_ISSUER} and
   * {@link #F_TERM} hold one value per body and per term ({@code IssuerKey}, {@code TermKey}), not the typed
   * form. 8: the id of every version of a document ({@link #VERSION_ID}), so an old link finds a corrected
   * document. 9: {@link #SUGGEST_TITLE} holds the citation title ({@code CitationTitle}: "Nghị quyết số
   * 01-NQ/TU ngày 26/11/2020 của Tỉnh ủy Hưng Yên về ..."), so a suggestion matches the type, number, date and
   * issuer too; its whole words in {@link #SUGGEST_TITLE_WORDS}. 10: the word pairs are folded only ({@link
   * #TEXT_PAIRS_FOLDED}; the exact pair field is gone). 11: the subjects facet ({@link #F_SUBJECT}). 12: each cited
   * symbol with the relation the document has to it ({@link #CITES_RELATION_KEY}: "implements:48-kl/tw"), for {@code
   * implements:48-KL/TW} in a query. 13: the province evidence of each signer group and the documents open to
   * inference ({@link #PROVINCE_EVIDENCE}, {@link #PROVINCE_OPEN}), so inference reads no stored record to find them.
   * 14: the fields an archivist should check ({@link #REVIEW}), so the review queue reads no stored record to find
   * them. 15: the typed citations stored beside the record ({@link #CITATIONS}), so a list of citing documents reads
   * no text.
   */
  public static final int VERSION = 15;

  /**
   * Permanent document id: the first 16 hex digits of the SHA-256 of the document's first original, kept when
   * a corrected version replaces it ({@link ArchivedDocument#versions}).
   */
  public static final String ID = "id";
  /**
   * The id of every version of the document's original (the first 16 hex digits of each one's SHA-256, the
   * permanent {@link #ID} among them), exact, not stored: a link made before a corrected version replaced
   * the original still finds the document ({@link ArchiveSearcher.View#resolve}).
   */
  public static final String VERSION_ID = "version_id";
  /** The whole archived-document record (sources, metadata, extraction), as stored JSON. */
  public static final String RECORD = "record";
  /**
   * The document's typed citations ({@code RelationReader}: for each symbol it cites, in the order of its {@code
   * cites}, its relation to it and the sentence naming it) as stored JSON ({@code StoredCitations}), derived from the
   * text at indexing and stored after the record, before the text: a document's "cited by" list, a symbol's page and
   * an export read them without loading the citing documents' texts (since schema 15).
   */
  public static final String CITATIONS = "citations";
  /** Absolute path of every file this document was ingested from (one value per source). */
  public static final String SOURCE_PATH = "source_path";
  /** Cleaned full text: analyzed with the Vietnamese chain, stored, offsets in postings for highlights. */
  public static final String TEXT = "text";
  /** The title (trích yếu), analyzed like the text, for field queries and title boosts. */
  public static final String TITLE = "title";
  /** The signer's name, analyzed like the text, for {@code signer:} queries. */
  public static final String SIGNER_TEXT = "signer_text";
  /** The document's own symbol as a {@code DocumentSymbol} key ("1-nq/tu"), exact. */
  public static final String NUMBER_KEY = "number_key";
  /** Keys of every symbol the document cites, exact. */
  public static final String CITES_KEY = "cites_key";
  /**
   * Every cited symbol's keys, each after the relation the document has to it ({@code RelationReader}):
   * "implements:48-kl/tw", exact.
   */
  public static final String CITES_RELATION_KEY = "cites_relation_key";
  // Completion (Suggester): the folded prefixes of every word of the citation title, the number and the
  // signer (VietnameseAnalyzer.forPrefixes()), not stored, so the main index answers what a user is typing.
  /**
   * Prefixes of the words of the citation title ({@code CitationTitle}: type, number, date, issuer and
   * subject); binary doc values: that title as a suggestion shows it.
   */
  public static final String SUGGEST_TITLE = "suggest_title";
  /**
   * The words of the same citation title, analyzed like the text, terms only: a typed word before the last
   * matches a whole word of it (since schema 9).
   */
  public static final String SUGGEST_TITLE_WORDS = "suggest_title_words";
  /** Prefixes of the document number's key and parts; binary doc values: the number as shown. */
  public static final String SUGGEST_NUMBER = "suggest_number";
  /**
   * The id again, in binary doc values, for lists that read no stored field (its own field: the doc-values
   * type of {@link #ID} cannot change in an existing index).
   */
  public static final String ID_VALUE = "id_value";
  /** Prefixes of the signer's name. */
  public static final String SUGGEST_SIGNER = "suggest_signer";
  /**
   * The signer group "name|role" (role in lower case) of documents with both, exact, not stored: province
   * inference recomputes only the groups a change touched ({@link ProvinceInference}).
   */
  public static final String SIGNER_KEY = "signer_key";
  /**
   * "name|role U+001F province" of a document whose province is stated (not inferred), exact, not stored: the
   * provinces a signer group's evidence names are the live terms after its key ({@link ProvinceInference}).
   */
  public static final String PROVINCE_EVIDENCE = "province_evidence";
  /**
   * The signer group (empty without one) of a document whose province inference may set or take back, exact, not
   * stored: the documents inference reads whole are those of this field, not every document of a group.
   */
  public static final String PROVINCE_OPEN = "province_open";
  /**
   * Each of the document's metadata fields an archivist should check, missing or uncertain ({@code
   * ReviewProblems}: "number", "date", "title", "province", "issuer"), exact, not stored: the review queue counts
   * and pages the documents holding a problem as a search does, without reading every record.
   */
  public static final String REVIEW = "review";
  /**
   * Every two adjacent words of the text as one term in the folded space ({@code
   * VietnameseAnalyzer.forPairs(false)}: "\u0001ngan \u0001sach"): phrases and proximity boosts are term
   * queries, which Lucene can skip through, instead of position checks on every document holding the words
   * (since schema 5). Folded only since schema 9 (the exact pair field beside it was a fifth to a quarter
   * of ingest CPU): an exact phrase matches a subset of its folded phrase's documents, and ranking tells
   * them apart in the second pass ({@code TwoPassRanking}), on the text's positions.
   */
  public static final String TEXT_PAIRS_FOLDED = "text_pairs_folded";
  /**
   * Who may read the document: the {@code AccessLevel} code ("public", "internal", "restricted"), exact, not
   * stored (the record holds the label). Every read filters on it ({@link ArchiveSearcher}).
   */
  public static final String ACCESS = "access";
  /** Date of issue as epoch day: point for ranges, doc values for sorting. */
  public static final String DATE_DAY = "date_day";

  // Facet dimensions (sorted-set doc values), also usable as drill-down filters. Each holds the record's
  // value as typed, except F_ISSUER (IssuerKey: "Ban Chấp hành Đảng bộ tỉnh X" and "Tỉnh uỷ X" are
  // "Tỉnh ủy X") and F_TERM (TermKey: "khóa XIX" of 2017 is "Đại hội XIX (2015-2020)"); a filter on those
  // two goes through the same key (SearchRequest).
  public static final String F_PROVINCE = "province";
  public static final String F_PROVINCE_CURRENT = "provinceCurrent";
  public static final String F_TYPE = "type";
  public static final String F_YEAR = "year";
  public static final String F_MONTH = "month";
  public static final String F_SIGNER = "signer";
  public static final String F_ISSUER = "issuer";
  public static final String F_LEVEL = "level";
  public static final String F_TERM = "term";
  /** The document's subjects (lĩnh vực, {@code SubjectReader}) by label: the one multi-valued dimension. */
  public static final String F_SUBJECT = "subject";

  public static final List<String> FACET_DIMS =
      List.of(F_PROVINCE, F_PROVINCE_CURRENT, F_TYPE, F_YEAR, F_MONTH, F_SIGNER, F_ISSUER, F_LEVEL, F_TERM,
          F_SUBJECT);

  /** Text fields: positions and offsets in postings, so highlights need no re-analysis. */
  public static final FieldType TEXT_TYPE;

  static {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    TEXT_TYPE = t;
  }

  /** Word-pair fields: frequencies and positions (phrases of three words and more), nothing stored. */
  public static final FieldType PAIRS_TYPE;

  static {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    t.freeze();
    PAIRS_TYPE = t;
  }

  /**
   * Completion fields: terms only (no frequencies, positions or stored value); norms kept, so a shorter
   * title ranks above a longer one with the same words.
   */
  public static final FieldType PREFIX_TYPE;

  static {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setIndexOptions(IndexOptions.DOCS);
    t.freeze();
    PREFIX_TYPE = t;
  }

  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : FACET_DIMS) {
      config.setMultiValued(dim, false);
    }
    // provinceCurrent holds the path [province after 2025, province as named then]: old grouped under new
    config.setHierarchical(F_PROVINCE_CURRENT, true);
    config.setMultiValued(F_SUBJECT, true); // a document has one subject or several
    return config;
  }

  /**
   * Ranking of the text fields, the one place to set it: used by the index writer (norms) and by every
   * searcher. BM25 with k1 = 1.2, b = 0.75 (Lucene's defaults), kept by measurement (RelevanceSweep, table
   * in EVALUATION.md): weaker length normalization (b = 0.5, 0.3) lowered nDCG@10 by 0.006-0.008, b = 0.9
   * by 0.001; k1 = 1.6 or 2.0 changed it by +0.003, within noise.
   */
  public static Similarity similarity() {
    return new BM25Similarity(1.2f, 0.75f);
  }

  private static final Analyzer INDEX_ANALYZER = buildIndexAnalyzer();

  /**
   * The analyzer used when indexing (and by highlighting and more-like-this): Vietnamese for text
   * fields, keyword for everything else. One shared, thread-safe instance, so its token streams are
   * reused across calls.
   */
  public static Analyzer indexAnalyzer() {
    return INDEX_ANALYZER;
  }

  private static Analyzer buildIndexAnalyzer() {
    Analyzer vi = VietnameseAnalyzer.forIndex();
    Analyzer prefixes = VietnameseAnalyzer.forPrefixes();
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(TEXT, vi, TITLE, vi, SIGNER_TEXT, vi,
        SUGGEST_TITLE_WORDS, vi,
        SUGGEST_TITLE, prefixes, SUGGEST_NUMBER, prefixes, SUGGEST_SIGNER, prefixes,
        TEXT_PAIRS_FOLDED, VietnameseAnalyzer.forPairs(false)));
  }
}
