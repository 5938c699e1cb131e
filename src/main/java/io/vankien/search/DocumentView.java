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
 * @param citedBy documents in the archive citing this one
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
    List<DocRef> citedBy,
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
