package io.vankien.search;

import io.vankien.cite.CitationTitle;
import io.vankien.cite.DownloadName;
import io.vankien.index.ArchivedDocument;
import io.vankien.meta.DocumentMetadata;
import java.util.List;
import java.util.Map;

/**
 * One document as the document page and {@code show --json} print it.
 *
 * @param citation the title staff cite it by ({@link CitationTitle}), never null
 * @param downloadName the file name its original downloads as ({@link DownloadName#utf8()})
 * @param cites every symbol the document cites, with the archive's document where it holds one
 * @param citedBy documents in the archive citing this one (as many as the caller may read, the latest first), each
 *     with its relation to this document and the sentence naming it ({@link Citing}): the page groups them by relation
 * @param similar more-like-this documents
 * @param matches where the query given with the request matches the text, as [start, end) offsets
 *     (empty without a query)
 * @param facets the values the document is counted under in the facets whose value is not the typed one
 *     ({@code issuer}, {@code term}: {@code DocumentMapper.keyedFacets}), for links to the documents of
 *     the same body or term; {@code meta} keeps the typed forms
 * @param versions every version of the document's original, the first to the current ({@code
 *     VersionHistory}); a document never replaced has one
 * @param requestedId the id the request named when it is not the document's permanent {@code id} but the
 *     own id of one of its versions (a link made before a corrected version replaced the original, or to
 *     the current version's bytes); else null
 */
public record DocumentView(
    String id,
    String citation,
    String downloadName,
    String source,
    List<String> sources,
    String sha256,
    String mediaType,
    long sizeBytes,
    String extraction,
    List<String> extractionNotes,
    String ingestedAt,
    DocumentMetadata meta,
    String text,
    List<Citation> cites,
    List<Citing> citedBy,
    List<DocRef> similar,
    List<int[]> matches,
    Map<String, String> facets,
    List<io.vankien.index.VersionHistory.Entry> versions,
    String requestedId) {

  /**
   * A cited symbol, the archived document with that number if there is one, the document's relation to it
   * ({@code RelationReader}: its code and label) and the sentence that names it (null when none does).
   */
  public record Citation(String number, DocRef document, String relation, String relationLabel, String sentence) {}

  /**
   * A document citing a symbol: the document, its level, the relation it has to the symbol ({@code RelationReader}:
   * code and label) and the sentence it was read from (null when the citation was given by hand with the metadata).
   * A document's "cited by" list and a symbol's page ({@code SymbolService}) list these.
   */
  public record Citing(DocRef document, String level, String relation, String relationLabel, String sentence) {
    /** {@code citing}, loaded with its text, as it cites {@code number}. */
    public static Citing of(ArchivedDocument citing, String number) {
      return of(citing, relationOf(citing, number));
    }

    /**
     * The relation of a citing document, loaded with its text, to {@code number} and the sentence naming it, read from
     * that text ({@code RelationReader#relationTo}): where the archive stores no typed citations for it.
     */
    public static io.vankien.cite.TypedCitation relationOf(ArchivedDocument citing, String number) {
      return io.vankien.cite.RelationReader.standard().relationTo(citing.text(), citing.meta().title(),
          citing.meta().type(), citing.meta().cites(), number);
    }

    /** {@code citing} and the relation already read ({@code RelationReader#relationTo}). */
    public static Citing of(ArchivedDocument citing, io.vankien.cite.TypedCitation typed) {
      return new Citing(DocRef.of(citing), citing.meta().level(), typed.relation().code(), typed.relation().label(),
          typed.sentence());
    }
  }

  /** A short reference to an archived document, with the title it is cited by. */
  public record DocRef(String id, String citation, String number, String title, String type, String date,
      String province, String provinceCurrent, String source) {
    public static DocRef of(ArchivedDocument d) {
      DocumentMetadata m = d.meta();
      return new DocRef(d.id(), CitationTitle.of(m, d.sourceName(), d.id()), m.number(), m.title(), m.type(),
          m.date(), m.province(), m.provinceCurrent(), d.sourceName());
    }
  }
}
