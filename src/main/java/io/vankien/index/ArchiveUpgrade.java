package io.vankien.index;

import io.vankien.extract.ExtractedText;
import io.vankien.extract.ExtractionException;
import io.vankien.meta.DocumentMetadata;
import io.vankien.extract.TextCleaner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Rebuilds an archive of an older {@link ArchiveFormat} into the current one, keeping every document's id,
 * versions, sources, edits, sidecar values, access level and first ingestion (and the audit log, which it does
 * not touch): what changed decides what is done again, for every document.
 *
 * <ul>
 *   <li>schema or analysis: the stored records are indexed again as they are;
 *   <li>metadata rules: the metadata is read again from the stored cleaned text ({@link
 *       Ingester#rereadForUpgrade});
 *   <li>text extractor: the text is parsed again from the stored original (by SHA-256), then the metadata read
 *       again; a document whose original cannot be parsed keeps its stored text, and is listed.
 * </ul>
 *
 * The index is committed once, at the end: an upgrade interrupted (an exception, a kill, a power cut) leaves
 * the archive as it was, in its old format, and can simply be run again.
 */
public final class ArchiveUpgrade {
  private ArchiveUpgrade() {}

  /** Told of the work as it goes (may throw to stop it: nothing is then changed). */
  public interface Progress {
    Progress NONE = new Progress() {};

    default void started(int documents, ArchiveFormat from) {}

    default void advanced(int done) {}
  }

  /**
   * What an upgrade did.
   *
   * @param reread documents whose metadata was read again
   * @param metadataChanged of those, the ones whose metadata came out different
   * @param reparsed documents whose text was parsed again from the original
   * @param keptText documents that kept their stored text, each with the reason ("id: reason")
   */
  public record Summary(ArchiveFormat from, ArchiveFormat to, int documents, int reread, int metadataChanged,
      int reparsed, List<String> keptText) {
    public boolean changedNothing() {
      return from.equals(to);
    }

    /** One line for the operator. */
    public String line() {
      if (changedNothing()) {
        return "kho đã ở định dạng hiện tại (" + to + "): không cần nâng cấp";
      }
      StringBuilder b = new StringBuilder("đã nâng cấp " + documents + " văn bản từ định dạng (" + from
          + ") lên (" + to + "): đánh chỉ mục lại " + documents);
      if (reread > 0) {
        b.append(", đọc lại siêu dữ liệu ").append(reread).append(" (").append(metadataChanged).append(" thay đổi)");
      }
      if (from.needsText(to)) {
        b.append(", trích lại văn bản ").append(reparsed);
      }
      if (!keptText.isEmpty()) {
        b.append(", giữ văn bản cũ của ").append(keptText.size());
      }
      return b.toString();
    }
  }

  /**
   * Upgrades the archive at {@code dataDir} when its format is older than this vankien's; nothing when it is
   * current. {@code ingesters} gives the ingester whose extractors read the documents again.
   *
   * @throws ArchiveFormatException when a newer vankien wrote it
   * @throws ArchiveException when another process holds it
   */
  public static Summary upgrade(Path dataDir, Function<Archive, Ingester> ingesters, Progress progress)
      throws IOException {
    try (Archive archive = Archive.openForUpgrade(dataDir)) {
      ArchiveFormat from = archive.recordedFormat();
      ArchiveFormat to = ArchiveFormat.CURRENT;
      if (from.equals(to)) {
        return new Summary(from, to, 0, 0, 0, 0, List.of());
      }
      if (from.newerThan(to)) {
        throw new ArchiveFormatException(dataDir, from);
      }
      try {
        Summary s = rebuild(archive, ingesters.apply(archive), from, progress);
        archive.commit(); // the one commit: it records the current format
        return s;
      } catch (IOException | RuntimeException | Error e) {
        archive.rollback();
        throw e;
      }
    }
  }

  private static Summary rebuild(Archive archive, Ingester ingester, ArchiveFormat from, Progress progress)
      throws IOException {
    ArchiveFormat to = ArchiveFormat.CURRENT;
    progress.started(SchemaUpgrade.count(archive.directory()), from);
    List<String> kept = new ArrayList<>();
    int[] counts = new int[4]; // done, reread, changed, reparsed
    SchemaUpgrade.forEachStored(archive.directory(), stored -> {
      ArchivedDocument d = stored;
      if (from.needsText(to)) {
        ArchivedDocument parsed = reparsed(archive, ingester, d, kept);
        counts[3] += parsed == d ? 0 : 1;
        d = parsed;
      }
      if (from.needsMetadata(to)) {
        DocumentMetadata m = ingester.rereadForUpgrade(d, d.text());
        counts[1]++;
        counts[2] += m.equals(d.meta()) ? 0 : 1;
        d = d.withMeta(m);
      }
      archive.put(d);
      progress.advanced(++counts[0]);
    });
    return new Summary(from, to, counts[0], counts[1], counts[2], counts[3], List.copyOf(kept));
  }

  /** The document with its text parsed again from its stored original; itself (listed in kept) when that fails. */
  private static ArchivedDocument reparsed(Archive archive, Ingester ingester, ArchivedDocument d, List<String> kept)
      throws IOException {
    Path original = archive.store().pathOf(d.sha256());
    if (!Files.isRegularFile(original)) {
      kept.add(d.id() + ": bản gốc " + d.sha256() + " không có trong kho");
      return d;
    }
    Path dir = Files.createTempDirectory("vankien-upgrade");
    Path named = dir.resolve(fileName(d)); // the extractor reads the file name's extension, as at ingest
    try {
      Files.createSymbolicLink(named, original.toAbsolutePath());
      ExtractedText x = ingester.textExtractor().extract(named);
      return new ArchivedDocument(d.id(), d.sha256(), d.sources(), x.mediaType(), d.sizeBytes(), x.method(),
          x.notes(), d.ingestedAt(), d.meta(), d.versions(), TextCleaner.clean(x.text()));
    } catch (ExtractionException e) {
      kept.add(d.id() + ": " + e.getMessage());
      return d;
    } finally {
      Files.deleteIfExists(named);
      Files.deleteIfExists(dir);
    }
  }

  private static String fileName(ArchivedDocument d) {
    String name = d.sourceName() == null ? "" : d.sourceName();
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    return name.isBlank() || name.startsWith(".") ? "original" + name : name;
  }
}
