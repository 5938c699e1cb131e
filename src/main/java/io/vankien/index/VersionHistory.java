package io.vankien.index;

import java.util.ArrayList;
import java.util.List;

/** A document's versions as the API and the document page list them: the first to the current. */
public final class VersionHistory {
  private VersionHistory() {}

  /**
   * One version.
   *
   * @param number 1 for the first; the highest is the current one
   * @param id the id of this version's original (the first 16 hex digits of its SHA-256); it finds the
   *     document, whose permanent id is version 1's
   * @param sources the names of the files this version was ingested or uploaded as
   * @param since when it became current
   * @param replacedAt when the next version replaced it (null for the current one)
   * @param replacedBy who replaced it: a staff account, or the system user who ran the ingest
   * @param replacedVia {@code upload} (a staff upload of a new version) or {@code ingest} (the same file,
   *     corrected, ingested again)
   */
  public record Entry(int number, String id, String sha256, long sizeBytes, String mediaType, List<String> sources,
      String since, String replacedAt, String replacedBy, String replacedVia, boolean current) {}

  public static List<Entry> of(ArchivedDocument d) {
    List<Entry> out = new ArrayList<>();
    int n = 1;
    for (ArchivedDocument.Version v : d.versions()) {
      out.add(new Entry(n++, ArchivedDocument.idOf(v.sha256()), v.sha256(), v.sizeBytes(), v.mediaType(),
          names(v.sources()), v.since(), v.replacedAt(), v.replacedBy(), v.replacedVia(), false));
    }
    out.add(new Entry(n, ArchivedDocument.idOf(d.sha256()), d.sha256(), d.sizeBytes(), d.mediaType(),
        names(d.sources()), d.currentSince(), null, null, null, true));
    return out;
  }

  /** The name a download of version {@code number} is given: its first source's, else the id. */
  public static String fileName(ArchivedDocument d, int number) {
    List<ArchivedDocument.Source> sources = number == d.versionNumber() ? d.sources()
        : d.versions().get(number - 1).sources();
    return sources.isEmpty() ? ArchivedDocument.idOf(d.allSha256().get(number - 1)) : sources.get(0).name();
  }

  private static List<String> names(List<ArchivedDocument.Source> sources) {
    return sources.stream().map(ArchivedDocument.Source::name).toList();
  }
}
