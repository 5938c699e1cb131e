package io.vankien.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The format of an archive: the versions of what made its index, recorded in the user data of every Lucene
 * commit. An archive of another format is refused by every command but {@code upgrade} ({@link
 * ArchiveUpgrade}), which rebuilds what changed from the stored records and originals.
 *
 * <p>Each number is raised by whoever changes what it covers, in the same commit; the numbers are held here,
 * as data, so that the packages that own the code (analysis, meta, extract) stay free of archive concerns.
 * An archive written before a number was recorded counts as 1 for it.
 *
 * @param schema {@link Schema#VERSION}: the Lucene fields (raise it there)
 * @param analysis the analysis chain: raise {@link #ANALYSIS} when the tokens of a text change (tokenizer,
 *     folding, abbreviations, word pairs, stop words, any filter of {@code io.vankien.analysis} that index
 *     time uses); a query-time-only filter does not count. Upgrade: re-index from the stored records.
 * @param metadata the metadata rules: raise {@link #METADATA} when {@code io.vankien.meta.MetadataExtractor}
 *     reads a field differently from the same cleaned text (a reader fixed, a vocabulary extended). Upgrade:
 *     the metadata is read again from the stored text, keeping edited, sidecar, default and inferred values.
 * @param extractor the text extraction: raise {@link #EXTRACTOR} when {@code io.vankien.extract.TextExtractor}
 *     or {@code TextCleaner} gives another text for the same file (a parser, a reading order, an encoding
 *     repair). Upgrade: the text is parsed again from the stored originals, then the metadata read again.
 */
public record ArchiveFormat(int schema, int analysis, int metadata, int extractor) {
  /** 1: the analysis of schema 8 (VietnameseAnalyzer with word pairs, IYVariantFilter at query time only). */
  public static final int ANALYSIS = 1;
  /**
   * 1: the metadata rules of 2 December 2026 (IssuerKey, TermKey, PDF readers of h14-pdf). 2: subjects wrapped
   * over paragraphs that cannot end read on ("... của" / "Ban Chấp hành"), an ordinal wrapped alone, a congress
   * of another unit or a committee's khóa dated a term earlier not taken as the document's term (h14-finish).
   * 3: a province name wrapped across a line or a paragraph break is read as one name. 4: the subjects (lĩnh vực,
   * SubjectReader) and their reasons (h16-subjects). 5: subjects round 6 (h16-subj6): a body's own working, Party
   * bodies named by the state body they sit in, passing mentions in long texts, a broader vocabulary. 6: subjects
   * round 7: planning for a term ("quy hoạch nhiệm kỳ") is cadre planning; delegations abroad and the neighbouring
   * states' names are foreign relations.
   */
  public static final int METADATA = 6;
  /** 1: Tika 3.3.1 with the PDFBox reading-order text layer (PdfTextLayer). */
  public static final int EXTRACTOR = 1;

  public static final ArchiveFormat CURRENT = new ArchiveFormat(Schema.VERSION, ANALYSIS, METADATA, EXTRACTOR);

  static final String SCHEMA_KEY = "vankien.schema";
  static final String ANALYSIS_KEY = "vankien.analysis";
  static final String METADATA_KEY = "vankien.metadata";
  static final String EXTRACTOR_KEY = "vankien.extractor";

  /** What one number covers, in the words an operator reads. */
  private static final String[] NAMES = {"lược đồ chỉ mục", "chuỗi phân tích", "quy tắc đọc siêu dữ liệu",
      "bộ trích văn bản"};

  /** The format a commit's user data records; a number not recorded counts as 1. */
  public static ArchiveFormat of(Map<String, String> userData) {
    return new ArchiveFormat(number(userData, SCHEMA_KEY), number(userData, ANALYSIS_KEY),
        number(userData, METADATA_KEY), number(userData, EXTRACTOR_KEY));
  }

  private static int number(Map<String, String> userData, String key) {
    String v = userData.get(key);
    if (v == null) {
      return 1;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalStateException("the archive's commit records " + key + "=" + v + ", not a number");
    }
  }

  /** The user data a commit of this format carries. */
  public Map<String, String> userData() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(SCHEMA_KEY, String.valueOf(schema));
    m.put(ANALYSIS_KEY, String.valueOf(analysis));
    m.put(METADATA_KEY, String.valueOf(metadata));
    m.put(EXTRACTOR_KEY, String.valueOf(extractor));
    return m;
  }

  private int[] numbers() {
    return new int[] {schema, analysis, metadata, extractor};
  }

  /** Whether some number of this (recorded) format is higher than {@code current}'s: a newer vankien wrote it. */
  public boolean newerThan(ArchiveFormat current) {
    int[] a = numbers();
    int[] b = current.numbers();
    for (int i = 0; i < a.length; i++) {
      if (a[i] > b[i]) {
        return true;
      }
    }
    return false;
  }

  /** Each number that differs, named: "quy tắc đọc siêu dữ liệu 1 (phiên bản này: 2)". */
  public List<String> differences(ArchiveFormat current) {
    int[] a = numbers();
    int[] b = current.numbers();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        out.add(NAMES[i] + " " + a[i] + " (phiên bản này: " + b[i] + ")");
      }
    }
    return out;
  }

  /** The index must be built again from the stored records (new fields or tokens). */
  public boolean needsReindex(ArchiveFormat current) {
    return schema != current.schema || analysis != current.analysis || needsMetadata(current);
  }

  /** The metadata must be read again from the stored text (or from a text parsed again). */
  public boolean needsMetadata(ArchiveFormat current) {
    return metadata != current.metadata || needsText(current);
  }

  /** The text must be parsed again from the stored originals. */
  public boolean needsText(ArchiveFormat current) {
    return extractor != current.extractor;
  }

  @Override
  public String toString() {
    return "schema " + schema + ", analysis " + analysis + ", metadata " + metadata + ", extractor " + extractor;
  }
}
