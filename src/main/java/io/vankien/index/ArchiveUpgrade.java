package io.vankien.index;

import io.vankien.extract.ExtractedText;
import io.vankien.extract.ExtractionException;
import io.vankien.meta.DocumentMetadata;
import io.vankien.extract.TextCleaner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
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
 * Documents are read in order and done by {@code threads} workers (extraction and metadata reading dominate the
 * cost; Lucene's writer takes documents from several threads). When the metadata was read again, provinces are
 * then inferred again over the whole archive, as after a first ingest: a re-read drops an inferred province, and
 * its evidence may have changed.
 *
 * <p>The index is committed once, at the end: an upgrade interrupted (an exception, a kill, a power cut) leaves
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
   * @param inferred documents whose province the inference pass after a re-read set or took back
   */
  public record Summary(ArchiveFormat from, ArchiveFormat to, int documents, int reread, int metadataChanged,
      int reparsed, List<String> keptText, int inferred) {
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
      if (inferred > 0) {
        b.append(", suy ra lại tỉnh của ").append(inferred);
      }
      return b.toString();
    }
  }

  /**
   * Upgrades the archive at {@code dataDir} when its format is older than this vankien's; nothing when it is
   * current. {@code ingesters} gives the ingester whose extractors read the documents again; {@code threads}
   * documents are done at once.
   *
   * @throws ArchiveFormatException when a newer vankien wrote it
   * @throws ArchiveException when another process holds it
   */
  public static Summary upgrade(Path dataDir, Function<Archive, Ingester> ingesters, int threads,
      Progress progress) throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    try (Archive archive = Archive.openForUpgrade(dataDir)) {
      ArchiveFormat from = archive.recordedFormat();
      ArchiveFormat to = ArchiveFormat.CURRENT;
      if (from.equals(to)) {
        return new Summary(from, to, 0, 0, 0, 0, List.of(), 0);
      }
      if (from.newerThan(to)) {
        throw new ArchiveFormatException(dataDir, from);
      }
      try {
        Summary s = rebuild(archive, ingesters.apply(archive), from, threads, progress);
        archive.commit(); // the one commit: it records the current format
        return s;
      } catch (IOException | RuntimeException | Error e) {
        archive.rollback();
        throw e;
      }
    }
  }

  private static Summary rebuild(Archive archive, Ingester ingester, ArchiveFormat from, int threads,
      Progress progress) throws IOException {
    ArchiveFormat to = ArchiveFormat.CURRENT;
    progress.started(SchemaUpgrade.count(archive.directory()), from);
    List<String> kept = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger reread = new AtomicInteger();
    AtomicInteger changed = new AtomicInteger();
    AtomicInteger reparsed = new AtomicInteger();
    int[] done = {0}; // guarded by itself: progress is told in order, one worker at a time
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Semaphore inFlight = new Semaphore(2 * threads); // documents read ahead of the workers, text included
    ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "vankien-upgrade");
      t.setDaemon(true);
      return t;
    });
    try {
      SchemaUpgrade.forEachStored(archive.directory(), stored -> {
        rethrow(failure.get());
        inFlight.acquireUninterruptibly();
        workers.execute(() -> {
          try {
            if (failure.get() != null) {
              return;
            }
            ArchivedDocument d = stored;
            if (from.needsText(to)) {
              ArchivedDocument parsed = reparsed(archive, ingester, d, kept);
              reparsed.addAndGet(parsed == d ? 0 : 1);
              d = parsed;
            }
            if (from.needsMetadata(to)) {
              DocumentMetadata m = ingester.rereadForUpgrade(d, d.text());
              reread.incrementAndGet();
              changed.addAndGet(m.equals(d.meta()) ? 0 : 1);
              d = d.withMeta(m);
            }
            archive.put(d);
            synchronized (done) {
              progress.advanced(++done[0]);
            }
          } catch (Throwable t) {
            failure.compareAndSet(null, t);
          } finally {
            inFlight.release();
          }
        });
      });
    } finally {
      workers.shutdown();
      awaitUninterruptibly(workers);
    }
    rethrow(failure.get());
    int inferred = 0;
    if (from.needsMetadata(to) || from.needsText(to)) {
      archive.refreshUncommitted(); // the inference reads the re-read records, not the old commit
      inferred = ProvinceInference.applyAll(archive);
    }
    return new Summary(from, to, done[0], reread.get(), changed.get(), reparsed.get(), List.copyOf(kept), inferred);
  }

  private static void awaitUninterruptibly(ExecutorService workers) {
    boolean interrupted = false;
    while (true) {
      try {
        if (workers.awaitTermination(1, TimeUnit.DAYS)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static void rethrow(Throwable t) throws IOException {
    if (t instanceof IOException e) {
      throw e;
    } else if (t instanceof RuntimeException e) {
      throw e;
    } else if (t instanceof Error e) {
      throw e;
    } else if (t != null) {
      throw new IOException(t);
    }
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
