package io.vankien.meta;

/** Text to metadata. PLACEHOLDER (foundation): title only; the full extractor replaces it. */
public class MetadataExtractor {

  public DocumentMetadata extract(String text) {
    String title = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(null);
    return DocumentMetadata.empty().withOverrides(java.util.Map.of("title", title == null ? "" : title),
        DocumentMetadata.EXTRACTED);
  }
}
