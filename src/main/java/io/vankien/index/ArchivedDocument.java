package io.vankien.index;

import io.vankien.meta.DocumentMetadata;
import java.util.ArrayList;
import java.util.List;

/**
 * One document of the archive: where it came from, its metadata, how its text was obtained, and the
 * cleaned text.
 *
 * @param id stable id (content hash prefix)
 * @param sha256 SHA-256 of the original bytes; the original is stored under it
 * @param sources every file this content was ingested from
 * @param mediaType detected type of the original
 * @param sizeBytes size of the original
 * @param extraction how the text was obtained ({@code plain-text}, {@code tika}, {@code ocr})
 * @param extractionNotes what was done on the way (encoding, repairs)
 * @param ingestedAt ISO instant of first ingestion
 * @param meta metadata with provenance
 * @param text cleaned text (not part of the stored record JSON; stored in its own field)
 */
public record ArchivedDocument(
    String id,
    String sha256,
    List<Source> sources,
    String mediaType,
    long sizeBytes,
    String extraction,
    List<String> extractionNotes,
    String ingestedAt,
    DocumentMetadata meta,
    @com.fasterxml.jackson.annotation.JsonIgnore String text) {

  /** A file the document was ingested from: its name (as shown) and absolute path (as found). */
  public record Source(String name, String path) {}

  public ArchivedDocument {
    sources = List.copyOf(sources);
    extractionNotes = extractionNotes == null ? List.of() : List.copyOf(extractionNotes);
  }

  public ArchivedDocument withSourceAdded(Source s) {
    List<Source> l = new ArrayList<>(sources);
    if (l.stream().noneMatch(x -> x.path().equals(s.path()))) {
      l.add(s);
    }
    return new ArchivedDocument(id, sha256, l, mediaType, sizeBytes, extraction, extractionNotes, ingestedAt,
        meta, text);
  }

  public ArchivedDocument withSourceRemoved(String path) {
    List<Source> l = new ArrayList<>(sources);
    l.removeIf(x -> x.path().equals(path));
    return new ArchivedDocument(id, sha256, l, mediaType, sizeBytes, extraction, extractionNotes, ingestedAt,
        meta, text);
  }

  public ArchivedDocument withMeta(DocumentMetadata m) {
    return new ArchivedDocument(id, sha256, sources, mediaType, sizeBytes, extraction, extractionNotes,
        ingestedAt, m, text);
  }

  public ArchivedDocument withText(String t) {
    return new ArchivedDocument(id, sha256, sources, mediaType, sizeBytes, extraction, extractionNotes,
        ingestedAt, meta, t);
  }

  /** The name of the first source, as shown in hits. */
  public String sourceName() {
    return sources.isEmpty() ? null : sources.get(0).name();
  }
}
