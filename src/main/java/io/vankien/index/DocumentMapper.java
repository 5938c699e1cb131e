package io.vankien.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vankien.analysis.DocumentSymbol;
import io.vankien.cite.CitationTitle;
import io.vankien.cite.RelationReader;
import io.vankien.cite.StoredCitations;
import io.vankien.cite.TypedCitation;
import io.vankien.meta.AccessLevel;
import io.vankien.meta.DocumentMetadata;
import io.vankien.meta.ReviewProblems;
import io.vankien.meta.IssuerKey;
import io.vankien.meta.TermKey;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/** {@link ArchivedDocument} to Lucene document (fields per {@link Schema}) and back. */
public final class DocumentMapper {
  static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final FacetsConfig facets;

  public DocumentMapper(FacetsConfig facets) {
    this.facets = facets;
  }

  public Document toLucene(ArchivedDocument d) throws IOException {
    return facets.build(fieldsOf(d));
  }

  /**
   * The document's fields before the facets configuration turns the facet fields into their doc values: what
   * {@link #toLucene} indexes, one place for the values every index of the archive holds (the OpenSearch index
   * of io.vankien.cluster reads them from here too).
   */
  public static Document fieldsOf(ArchivedDocument d) throws IOException {
    DocumentMetadata m = d.meta();
    Document doc = new Document();
    doc.add(new StringField(Schema.ID, d.id(), Field.Store.YES));
    doc.add(new StoredField(Schema.RECORD, JSON.writeValueAsString(d)));
    List<TypedCitation> typed = RelationReader.standard().read(d.text(), m.title(), m.type(), m.cites());
    doc.add(new StoredField(Schema.CITATIONS, StoredCitations.encode(typed))); // before the text: read without it
    for (String versionId : d.versionIds()) {
      doc.add(new StringField(Schema.VERSION_ID, versionId, Field.Store.NO));
    }
    doc.add(new StringField(Schema.ACCESS, accessOf(m).code(), Field.Store.NO));
    for (ArchivedDocument.Source s : d.sources()) {
      doc.add(new StringField(Schema.SOURCE_PATH, s.path(), Field.Store.NO));
    }
    doc.add(new Field(Schema.TEXT, d.text(), Schema.TEXT_TYPE));
    doc.add(new Field(Schema.TEXT_PAIRS_FOLDED, d.text(), Schema.PAIRS_TYPE));
    if (m.title() != null) {
      doc.add(new Field(Schema.TITLE, m.title(), Schema.TEXT_TYPE));
    }
    if (m.signer() != null) {
      doc.add(new Field(Schema.SIGNER_TEXT, m.signer(), Schema.TEXT_TYPE));
    }
    ProvinceInference.addFields(doc, m); // the signer group, its evidence, and whether inference may set this one
    for (String problem : ReviewProblems.of(m)) { // each field once: missing or uncertain, never both
      doc.add(new StringField(Schema.REVIEW, ReviewProblems.fieldOf(problem), Field.Store.NO));
    }
    addSymbolKeys(doc, Schema.NUMBER_KEY, m.number());
    // completion (Suggester): prefixes of the citation title (type, number, date, issuer, subject), the number
    // and the signer; the citation title, the number and the id as shown also in doc values, so a
    // suggestion reads neither the stored record nor the text
    String citation = CitationTitle.ofRecord(m, d.sourceName());
    prefixes(doc, Schema.SUGGEST_TITLE, citation, true);
    if (citation != null) {
      doc.add(new Field(Schema.SUGGEST_TITLE_WORDS, citation, Schema.PREFIX_TYPE));
    }
    prefixes(doc, Schema.SUGGEST_NUMBER, m.number(), true);
    prefixes(doc, Schema.SUGGEST_SIGNER, m.signer(), false);
    doc.add(new BinaryDocValuesField(Schema.ID_VALUE, new BytesRef(d.id())));
    for (String c : m.cites()) {
      addSymbolKeys(doc, Schema.CITES_KEY, c);
    }
    for (TypedCitation t : typed) {
      java.util.Set<String> keys = new java.util.LinkedHashSet<>();
      DocumentSymbol.key(t.number()).ifPresent(keys::add);
      DocumentSymbol.foldedKey(t.number()).ifPresent(keys::add);
      keys.forEach(k -> doc.add(new StringField(Schema.CITES_RELATION_KEY, t.relation().code() + ":" + k, Field.Store.NO)));
    }
    LocalDate date = parseDate(m.date());
    if (date != null) {
      doc.add(new LongPoint(Schema.DATE_DAY, date.toEpochDay()));
      doc.add(new NumericDocValuesField(Schema.DATE_DAY, date.toEpochDay()));
      facet(doc, Schema.F_YEAR, String.valueOf(date.getYear()));
      facet(doc, Schema.F_MONTH, yearMonth(date));
    }
    facet(doc, Schema.F_PROVINCE, m.province());
    if (m.provinceCurrent() != null && !m.provinceCurrent().isBlank()) {
      doc.add(m.province() == null || m.province().isBlank()
          ? new SortedSetDocValuesFacetField(Schema.F_PROVINCE_CURRENT, m.provinceCurrent().strip())
          : new SortedSetDocValuesFacetField(Schema.F_PROVINCE_CURRENT, m.provinceCurrent().strip(),
              m.province().strip()));
    }
    facet(doc, Schema.F_TYPE, m.type());
    facet(doc, Schema.F_SIGNER, m.signer());
    facet(doc, Schema.F_LEVEL, m.level());
    m.subjects().forEach(s -> facet(doc, Schema.F_SUBJECT, s));
    keyedFacets(m).forEach((dim, value) -> facet(doc, dim, value));
    return doc;
  }

  /** "2020-03": what {@code String.format("%04d-%02d", ...)} gives, without its parsing per document. */
  static String yearMonth(LocalDate date) {
    int y = date.getYear();
    int m = date.getMonthValue();
    if (y < 0 || y > 9999) {
      return String.format("%04d-%02d", y, m);
    }
    StringBuilder b = new StringBuilder(7);
    b.append(y < 10 ? "000" : y < 100 ? "00" : y < 1000 ? "0" : "");
    return b.append(y).append(m < 10 ? "-0" : "-").append(m).toString();
  }

  /**
   * The facets whose value is not the record's typed value but one value per body and per term: {@link
   * Schema#F_ISSUER} ({@link IssuerKey}) and {@link Schema#F_TERM} ({@link TermKey}), those the document
   * has. The record keeps the typed forms; a link "more from this issuer" filters by these.
   */
  public static java.util.Map<String, String> keyedFacets(DocumentMetadata m) {
    java.util.Map<String, String> keys = new java.util.LinkedHashMap<>();
    String issuer = IssuerKey.forDocument(m);
    if (issuer != null) {
      keys.put(Schema.F_ISSUER, issuer);
    }
    String term = TermKey.forDocument(m, parseDate(m.date()));
    if (term != null) {
      keys.put(Schema.F_TERM, term);
    }
    return keys;
  }

  /**
   * The level a document is filtered by: its own, or for a record that states none (written before levels
   * existed, or cleared by an edit) the default of new ingests, never public.
   */
  public static AccessLevel accessOf(DocumentMetadata m) {
    return m.accessLevel().orElse(IngestOptions.DEFAULT_ACCESS);
  }

  /** The symbol's key and its diacritic-free key ("30/2020/nđ-cp", "30/2020/nd-cp"), so either finds it. */
  private static void addSymbolKeys(Document doc, String field, String symbol) {
    java.util.Set<String> keys = new java.util.LinkedHashSet<>();
    DocumentSymbol.key(symbol).ifPresent(keys::add);
    DocumentSymbol.foldedKey(symbol).ifPresent(keys::add);
    keys.forEach(k -> doc.add(new StringField(field, k, Field.Store.NO)));
  }

  private static void prefixes(Document doc, String field, String value, boolean shown) {
    if (value != null && !value.isBlank()) {
      doc.add(new Field(field, value, Schema.PREFIX_TYPE));
      if (shown) {
        doc.add(new BinaryDocValuesField(field, new BytesRef(suggestionText(value))));
      }
    }
  }

  /** A title, number or name as a suggestion shows it: spaces collapsed, at most 300 characters. */
  public static String suggestionText(String value) {
    String t = value.strip().replaceAll("\\s+", " ");
    return t.length() > 300 ? t.substring(0, 300) : t;
  }

  private static void facet(Document doc, String dim, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new SortedSetDocValuesFacetField(dim, value.strip()));
    }
  }

  /** An ISO date (or its year / year-month prefix) as a LocalDate, or null. */
  public static LocalDate parseDate(String iso) {
    if (iso == null || iso.isBlank()) {
      return null;
    }
    String s = iso.strip();
    try {
      if (s.length() == 4) {
        return LocalDate.of(Integer.parseInt(s), 1, 1);
      }
      if (s.length() == 7) {
        return LocalDate.parse(s + "-01");
      }
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
  }

  /** The archived document held by a stored Lucene document (text included). */
  public static ArchivedDocument fromLucene(Document doc) {
    return fromRecord(doc.get(Schema.RECORD), doc.get(Schema.ID)).withText(doc.get(Schema.TEXT));
  }

  /** The stored record alone (text null): enough for metadata, sources and ids, without the text. */
  public static ArchivedDocument recordOf(Document doc) {
    return fromRecord(doc.get(Schema.RECORD), doc.get(Schema.ID));
  }

  /** The archived document of a stored record alone (text null); {@code where} names it in errors. */
  public static ArchivedDocument fromRecord(String record, Object where) {
    if (record == null) {
      throw new IllegalStateException("no stored record for document " + where);
    }
    try {
      return JSON.readValue(record, ArchivedDocument.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("corrupt stored record for document " + where, e);
    }
  }
}
