package io.vankien.index;

import io.vankien.meta.DocumentMetadata;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One document of the archive: where it came from, its metadata, how its text was obtained, and the
 * cleaned text. The fields describe the current version; earlier versions (a corrected file replaced
 * them) are listed in {@link #versions}, their originals kept in the store.
 *
 * @param id permanent id: the first 16 hex digits of the SHA-256 of the document's first version; kept when
 *     a corrected version replaces it (any version's own id, {@link #idOf}, finds the document too)
 * @param sha256 SHA-256 of the current original's bytes; the original is stored under it
 * @param sources every file this content was ingested from
 * @param mediaType detected type of the original
 * @param sizeBytes size of the original
 * @param extraction how the text was obtained ({@code plain-text}, {@code tika}, {@code ocr})
 * @param extractionNotes what was done on the way (encoding, repairs)
 * @param ingestedAt ISO instant of first ingestion
 * @param meta metadata with provenance
 * @param versions earlier versions, oldest first (empty for a document never replaced)
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
    List<Version> versions,
    @com.fasterxml.jackson.annotation.JsonIgnore String text) {

  /** A file the document was ingested from: its name (as shown) and absolute path (as found). */
  public record Source(String name, String path) {}

  /**
   * An earlier version of a document, and what replaced it.
   *
   * @param sha256 SHA-256 of that version's original (kept in the store)
   * @param sources the files that version was ingested from
   * @param since when it became the current version
   * @param replacedAt when the next version replaced it
   * @param replacedBy who replaced it: the staff account, or the system user who ran the ingest
   * @param replacedVia how: {@link #VIA_INGEST} (the same file, corrected, ingested again) or {@link
   *     #VIA_UPLOAD} (a new version uploaded by staff)
   */
  public record Version(String sha256, long sizeBytes, String mediaType, List<Source> sources, String since,
      String replacedAt, String replacedBy, String replacedVia) {
    public static final String VIA_INGEST = "ingest";
    public static final String VIA_UPLOAD = "upload";

    public Version {
      sources = sources == null ? List.of() : List.copyOf(sources);
    }
  }

  public ArchivedDocument {
    sources = List.copyOf(sources);
    extractionNotes = extractionNotes == null ? List.of() : List.copyOf(extractionNotes);
    versions = versions == null ? List.of() : List.copyOf(versions);
  }

  /** A document never replaced (no earlier versions). */
  public ArchivedDocument(String id, String sha256, List<Source> sources, String mediaType, long sizeBytes,
      String extraction, List<String> extractionNotes, String ingestedAt, DocumentMetadata meta, String text) {
    this(id, sha256, sources, mediaType, sizeBytes, extraction, extractionNotes, ingestedAt, meta, List.of(), text);
  }

  /** The id of the original with this SHA-256: its first 16 hex digits. */
  public static String idOf(String sha256) {
    return sha256.substring(0, 16);
  }

  /** The SHA-256 of every version's original, the current one last. */
  public List<String> allSha256() {
    List<String> out = new ArrayList<>();
    versions.forEach(v -> out.add(v.sha256()));
    out.add(sha256);
    return out;
  }

  /** The id of every version's original ({@link #idOf}), the permanent id first. */
  public Set<String> versionIds() {
    Set<String> out = new LinkedHashSet<>();
    out.add(id);
    allSha256().forEach(s -> out.add(idOf(s)));
    return out;
  }

  /** The number of the current version (1 for a document never replaced). */
  public int versionNumber() {
    return versions.size() + 1;
  }

  /** When the current version became current: the last replacement, or the first ingestion. */
  public String currentSince() {
    return versions.isEmpty() ? ingestedAt : versions.get(versions.size() - 1).replacedAt();
  }

  /**
   * This document with a new current version (same id, same first ingestion): the current one joins the
   * earlier versions, replaced at {@code at} by {@code by} via {@code via}.
   */
  public ArchivedDocument withNewVersion(String newSha256, List<Source> newSources, String newMediaType,
      long newSize, String newExtraction, List<String> newNotes, DocumentMetadata newMeta, String newText,
      String at, String by, String via) {
    List<Version> l = new ArrayList<>(versions);
    l.add(new Version(sha256, sizeBytes, mediaType, sources, currentSince(), at, by, via));
    return new ArchivedDocument(id, newSha256, newSources, newMediaType, newSize, newExtraction, newNotes,
        ingestedAt, newMeta, l, newText);
  }

  public ArchivedDocument withSourceAdded(Source s) {
    List<Source> l = new ArrayList<>(sources);
    if (l.stream().noneMatch(x -> x.path().equals(s.path()))) {
      l.add(s);
    }
    return new ArchivedDocument(id, sha256, l, mediaType, sizeBytes, extraction, extractionNotes, ingestedAt,
        meta, versions, text);
  }

  public ArchivedDocument withSourceRemoved(String path) {
    List<Source> l = new ArrayList<>(sources);
    l.removeIf(x -> x.path().equals(path));
    return new ArchivedDocument(id, sha256, l, mediaType, sizeBytes, extraction, extractionNotes, ingestedAt,
        meta, versions, text);
  }

  public ArchivedDocument withMeta(DocumentMetadata m) {
    return new ArchivedDocument(id, sha256, sources, mediaType, sizeBytes, extraction, extractionNotes,
        ingestedAt, m, versions, text);
  }

  public ArchivedDocument withText(String t) {
    return new ArchivedDocument(id, sha256, sources, mediaType, sizeBytes, extraction, extractionNotes,
        ingestedAt, meta, versions, t);
  }

  /** The name of the first source, as shown in hits. */
  public String sourceName() {
    return sources.isEmpty() ? null : sources.get(0).name();
  }
}
