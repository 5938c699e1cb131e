package io.vankien.index;

import io.vankien.extract.ExtractedText;
import io.vankien.extract.ExtractionException;
import io.vankien.extract.TextExtractor;
import io.vankien.meta.AccessLevel;
import io.vankien.meta.DocumentMetadata;
import io.vankien.meta.MetadataExtractor;
import io.vankien.meta.SidecarMetadata;
import io.vankien.extract.TextCleaner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Files into the archive: walk, hash, extract in parallel, extract metadata, store the original, index,
 * commit in batches. A file that fails is reported and skipped; the others go on.
 *
 * <p>Idempotent and crash-safe: a new document's id is its content hash, originals are stored before the
 * index entry that points to them, and store files are deleted only after the index commit that drops
 * them. Running the same ingest again after a crash ingests each file exactly once.
 *
 * <p>Versions: a document keeps its id when a corrected file replaces its original, and only so: (1) the
 * path rule, a file ingested again from the same path with other bytes, when that path is the document's
 * only source, becomes the document's new version; (2) an upload of a new version of a named document
 * ({@link #ingestNewVersion}). Nothing else merges two files into one document (a same number, issuer or
 * date does not). The earlier originals stay in the store, listed in {@link ArchivedDocument#versions} with
 * who replaced them, when and how; any version's id finds the document ({@link Schema#VERSION_ID}). The
 * bytes of an earlier version ingested or uploaded as a document of their own are refused ({@link
 * EarlierVersionException}).
 */
public final class Ingester {
  /** Files ending so are metadata sidecars, read with their document, never ingested on their own. */
  public static final String SIDECAR_SUFFIX = ".meta.json";

  private final Archive archive;
  private final TextExtractor textExtractor;
  private final MetadataExtractor metadataExtractor;
  private final IngestOptions options;

  // Guards the bookkeeping below; lookups and plans are made under it, index writes run outside it
  // (ordered by `order`), so analysis and indexing use every ingest thread.
  private final Object lock = new Object();
  private final WriteOrder order = new WriteOrder();
  // Changes since the last commit+refresh, so that lookups see them (guarded by lock).
  private final Map<String, String> pathOverlay = new HashMap<>();
  private final Map<String, Optional<ArchivedDocument>> docOverlay = new HashMap<>();
  /** Version id to the id of the document written since the last commit that holds it. */
  private final Map<String, String> contentOverlay = new HashMap<>();
  private volatile long generation; // commits so far (written under lock)
  private final Set<String> storeDeletesAfterCommit = new HashSet<>();
  private int writesSinceCommit;
  /** Set while one thread flushes and commits a full batch: the others go on writing instead of waiting for it. */
  private final AtomicBoolean committingBatch = new AtomicBoolean();
  private long overlayChars; // text held by docOverlay: a batch also ends when it holds this much
  /**
   * Text the overlays may hold before a commit (48 M chars, about 96 MB of heap), whatever the batch size.
   * A commit flushes the writer's buffer into small segments that are merged again later, so a bulk load
   * commits as seldom as the heap allows and lets the writer flush by its RAM buffer.
   */
  static final long MAX_OVERLAY_CHARS = 48L << 20;
  // What province inference must look at again since it last ran (guarded by lock).
  private final Set<String> touchedSignerKeys = new HashSet<>();
  private final Set<String> touchedIds = new HashSet<>();

  public Ingester(Archive archive, TextExtractor textExtractor, MetadataExtractor metadataExtractor,
      IngestOptions options) {
    this.archive = archive;
    this.textExtractor = textExtractor;
    this.metadataExtractor = metadataExtractor;
    this.options = options;
  }

  /** An ingester with the standard text and metadata extractors. */
  public static Ingester standard(Archive archive, IngestOptions options) {
    return new Ingester(archive, new TextExtractor(), new MetadataExtractor(), options);
  }

  /** Every regular file under the given paths (recursively), sidecars and hidden files left out. */
  public static List<Path> collectFiles(List<Path> roots, IngestReport report) {
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        report.fail(root.toString(), "no such file or folder");
        continue;
      }
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(Files::isRegularFile)
            .filter(p -> !p.getFileName().toString().endsWith(SIDECAR_SUFFIX))
            .filter(p -> !p.getFileName().toString().startsWith("."))
            .sorted()
            .forEach(files::add);
      } catch (IOException | UncheckedIOException e) {
        report.fail(root.toString(), "cannot list folder: " + e.getMessage());
      }
    }
    return files;
  }

  public IngestReport ingest(List<Path> roots, IngestListener listener) throws IOException {
    IngestReport report = new IngestReport();
    List<Path> files = collectFiles(roots, report);
    long totalBytes = 0;
    for (Path f : files) {
      try {
        totalBytes += Files.size(f);
      } catch (IOException ignored) {
        // reported when the file is processed
      }
    }
    listener.started(files.size(), totalBytes);
    archive.boundMergesFor(totalBytes);
    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    List<Future<?>> futures = new ArrayList<>();
    try {
      for (Path f : files) {
        futures.add(pool.submit(() -> processOne(f, report, listener)));
      }
      awaitAll(futures, "ingest aborted");
      flushInParallel(pool);
    } finally {
      // Cancel what has not started but never interrupt a running file: an interrupt inside
      // IndexWriter's file I/O closes the channel and invalidates the write lock, and the
      // commit below would then lose what was already ingested.
      futures.forEach(f -> f.cancel(false));
      pool.shutdown();
      awaitQuietly(pool);
      synchronized (lock) {
        commitAndInferLocked();
      }
      report.finish();
    }
    return report;
  }

  /**
   * Writes the documents still buffered in memory to new segments, on every thread of the pool at once:
   * otherwise the commit that follows flushes each thread's buffer in turn on one core (about 5% of the
   * ingest's CPU, while the other cores wait).
   */
  private void flushInParallel(ExecutorService pool) throws IOException {
    List<Future<?>> flushes = new ArrayList<>();
    for (int i = 0; i < options.threads(); i++) {
      flushes.add(pool.submit(() -> {
        while (archive.flushNextBuffer()) {
          // one buffer per call; the other threads take the others
        }
        return null;
      }));
    }
    awaitAll(flushes, "flush failed");
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      pool.awaitTermination(10, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits for every task; the first that failed ends the wait as an IOException ("{@code what}: cause"). */
  private static void awaitAll(List<Future<?>> tasks, String what) throws IOException {
    for (Future<?> f : tasks) {
      try {
        f.get();
      } catch (ExecutionException e) {
        throw new IOException(what + ": " + e.getCause().getMessage(), e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("ingest interrupted", e);
      }
    }
  }

  private void processOne(Path file, IngestReport report, IngestListener listener) {
    String name = file.toString();
    try {
      IngestReport.Outcome o = ingestFile(file);
      report.record(o, Files.size(file));
      listener.fileDone(name, o, null);
    } catch (ExtractionException | IOException | RuntimeException | StackOverflowError e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      report.fail(name, reason);
      listener.fileDone(name, IngestReport.Outcome.FAILED, reason);
    }
  }

  /** Ingests one file; throws with a message naming the problem when it cannot. */
  public IngestReport.Outcome ingestFile(Path file) throws IOException, ExtractionException {
    Path abs = file.toAbsolutePath().normalize();
    byte[] bytes = readLimited(abs);
    ArchivedDocument.Source source = new ArchivedDocument.Source(abs.getFileName().toString(), abs.toString());
    return ingest(source, Original.of(bytes), abs, SidecarMetadata.read(abs), DocumentMetadata.SIDECAR, ANY)
        .outcome();
  }

  /** Who replaces a document's version under the path rule: the system user running this ingest. */
  private static final String INGEST_USER = System.getProperty("user.name", "?");

  /** What ingesting one file did, and the id of the document it went to. */
  private record Done(IngestReport.Outcome outcome, String id) {}

  /**
   * What an upload did: the document's id and the outcome ({@code SOURCE_ADDED}: the same bytes were
   * archived before under another name; the metadata sent was then applied to that document as an edit).
   */
  public record UploadResult(String id, IngestReport.Outcome outcome) {}

  /**
   * Ingests an uploaded file, typed by the uploader as {@code typedName}, with metadata fields set by the
   * uploader (recorded as edited), and commits. The file is read as a stream, never whole into memory;
   * the caller owns it (and deletes it). The typed name is the document's source name only (see {@link
   * UploadName}); the file keeps the name the caller gave it. The same content uploaded again is unchanged;
   * when it is already archived under another name, the metadata sent is applied to that document.
   */
  public UploadResult ingestUpload(String typedName, Path file, Map<String, Object> overrides)
      throws IOException, ExtractionException {
    return ingestUpload(typedName, file, overrides, ANY);
  }

  /** Every document may be written. */
  private static final Predicate<DocumentMetadata> ANY = m -> true;

  /**
   * As {@link #ingestUpload(String, Path, Map)}, writing only when {@code admit} accepts the document's
   * metadata as it would be written (the uploader's provinces, say): else nothing is written and {@link
   * NotAdmittedException} says so.
   */
  public UploadResult ingestUpload(String typedName, Path file, Map<String, Object> overrides,
      Predicate<DocumentMetadata> admit) throws IOException, ExtractionException {
    String name = checkedUploadName(typedName, file);
    Original original = Original.of(file);
    ArchivedDocument.Source source = new ArchivedDocument.Source(name, "upload:" + original.sha256() + "/" + name);
    Done done = ingest(source, original, file, overrides, DocumentMetadata.EDITED, admit);
    IngestReport.Outcome outcome = done.outcome();
    String id = done.id();
    if (outcome == IngestReport.Outcome.SOURCE_ADDED && overrides != null && !overrides.isEmpty()) {
      editMetadata(id, overrides, admit); // the same bytes were archived before under another name: ingest kept its metadata
    }
    commit();
    return new UploadResult(id, outcome);
  }

  /** The name an upload is shown under; refused when the file is over the size limit. */
  private String checkedUploadName(String typedName, Path file) throws IOException, ExtractionException {
    String name = UploadName.display(typedName);
    long size = Files.size(file);
    if (size > options.maxFileBytes()) {
      throw new ExtractionException(String.format("%s: file too large: %d bytes (limit %d)", name, size,
          options.maxFileBytes()));
    }
    return name;
  }

  /**
   * What uploading a new version did: the document's id, {@code REPLACED} (or {@code UNCHANGED} when the bytes
   * are the current version's already), the number of the current version, its SHA-256, and the SHA-256 of
   * the version it replaced (null when unchanged).
   */
  public record VersionResult(String id, IngestReport.Outcome outcome, int version, String sha256,
      String replacedSha256) {}

  /**
   * Makes an uploaded file the new version of document {@code id} (its permanent id), and commits: the
   * document keeps its id, the current original stays downloadable as an earlier version, and the new
   * version's metadata is read from its text, keeping what staff edited (and {@code overrides}, recorded as
   * edited). The uploaded file becomes the document's only source. {@code account} is recorded as who
   * replaced the version. Written only when {@code admit} accepts the metadata before and after.
   *
   * @throws java.util.NoSuchElementException no document with this id
   * @throws EarlierVersionException the bytes are another document's
   */
  public VersionResult ingestNewVersion(String id, String typedName, Path file, Map<String, Object> overrides,
      Predicate<DocumentMetadata> admit, String account) throws IOException, ExtractionException {
    String name = checkedUploadName(typedName, file);
    Original original = Original.of(file);
    String sha = original.sha256();
    ArchivedDocument.Source source = new ArchivedDocument.Source(name, "upload:" + sha + "/" + name);
    ArchivedDocument before;
    synchronized (lock) {
      before = versionTargetLocked(id, sha, admit);
      if (before.sha256().equals(sha)) {
        return new VersionResult(id, IngestReport.Outcome.UNCHANGED, before.versionNumber(), sha, null);
      }
    }
    ExtractedText extracted = textExtractor.extract(file);
    String text = TextCleaner.clean(extracted.text());
    DocumentMetadata fresh = metadataExtractor.extract(text);
    // refused before anything is stored (checked again below, should the document change meanwhile)
    admitOrThrow(admit, versionMeta(before.meta(), fresh, overrides, DocumentMetadata.EDITED));
    original.storeIn(archive.store()); // the original before the index entry that points to it
    Planned w;
    ArchivedDocument next;
    String replaced;
    synchronized (lock) {
      ArchivedDocument target = versionTargetLocked(id, sha, admit); // looked up again: it may have changed
      if (target.sha256().equals(sha)) {
        return new VersionResult(id, IngestReport.Outcome.UNCHANGED, target.versionNumber(), sha, null);
      }
      DocumentMetadata meta = versionMeta(target.meta(), fresh, overrides, DocumentMetadata.EDITED);
      admitOrThrow(admit, meta);
      if (!archive.store().contains(sha)) {
        original.storeIn(archive.store()); // a commit meanwhile deleted it
      }
      next = target.withNewVersion(sha, List.of(source), extracted.mediaType(), original.size(), extracted.method(),
          extracted.notes(), meta, text, Instant.now().toString(), account, ArchivedDocument.Version.VIA_UPLOAD);
      w = planLocked(next, source.path(), null, target);
      replaced = target.sha256();
    }
    run(w);
    commit();
    return new VersionResult(id, IngestReport.Outcome.REPLACED, next.versionNumber(), sha, replaced);
  }

  /**
   * The document a new version with these bytes goes to, checked: it exists, the caller may write it, and
   * the bytes are no other document's. Call under the lock.
   */
  private ArchivedDocument versionTargetLocked(String id, String sha, Predicate<DocumentMetadata> admit)
      throws IOException {
    ArchivedDocument target = byId(id).orElseThrow(
        () -> new java.util.NoSuchElementException("no document with id " + id));
    admitOrThrow(admit, target.meta());
    Optional<ArchivedDocument> holder = byContent(ArchivedDocument.idOf(sha), null);
    if (holder.isPresent() && !holder.get().id().equals(target.id())) {
      throw new EarlierVersionException("the same file is archived as another document: it cannot be a version"
          + " of " + id);
    }
    return target;
  }

  /** The bytes of a file being ingested: in memory (files read from disk) or in a file (uploads, streamed). */
  private record Original(String sha256, long size, byte[] bytes, Path file) {
    static Original of(byte[] bytes) {
      return new Original(ContentStore.sha256(bytes), bytes.length, bytes, null);
    }

    static Original of(Path file) throws IOException {
      return new Original(ContentStore.sha256(file), Files.size(file), null, file);
    }

    void storeIn(ContentStore store) throws IOException {
      if (bytes != null) {
        store.put(sha256, bytes);
      } else {
        store.put(sha256, file);
      }
    }
  }

  /** Sets or corrects metadata fields of a document (recorded as edited) and commits. */
  public ArchivedDocument editMetadata(String id, Map<String, Object> fields) throws IOException {
    return editMetadata(id, fields, ANY);
  }

  /**
   * As {@link #editMetadata(String, Map)}, when {@code admit} accepts the metadata both before and after
   * the edit (else {@link NotAdmittedException}, nothing written).
   */
  public ArchivedDocument editMetadata(String id, Map<String, Object> fields, Predicate<DocumentMetadata> admit)
      throws IOException {
    synchronized (lock) {
      ArchivedDocument d = byId(id).orElseThrow(() -> new java.util.NoSuchElementException("no document with id " + id));
      admitOrThrow(admit, d.meta());
      ArchivedDocument edited = d.withMeta(SidecarMetadata.apply(d.meta(), fields, DocumentMetadata.EDITED));
      admitOrThrow(admit, edited.meta());
      Planned w = new Planned();
      w.put(edited);
      touch(d);
      touch(edited);
      run(w.reserve());
      commitAndInferLocked();
      return edited;
    }
  }

  /** Removes a document from the index and its original from the store. */
  public boolean delete(String id) throws IOException {
    synchronized (lock) {
      Optional<ArchivedDocument> d = byId(id);
      if (d.isEmpty()) {
        return false;
      }
      Planned w = new Planned();
      w.delete(d.get());
      touch(d.get());
      run(w.reserve());
      commitAndInferLocked();
      return true;
    }
  }

  /** Commits what was written so far, and infers provinces in the signer groups it touched. */
  public void commit() throws IOException {
    synchronized (lock) {
      commitAndInferLocked();
    }
  }

  private byte[] readLimited(Path abs) throws IOException, ExtractionException {
    if (Files.isDirectory(abs)) {
      throw new ExtractionException("is a folder, not a file");
    }
    long size = Files.size(abs);
    if (size > options.maxFileBytes()) {
      throw new ExtractionException(String.format("file too large: %d bytes (limit %d, set --max-file-mb)",
          size, options.maxFileBytes()));
    }
    return Files.readAllBytes(abs);
  }

  private Done ingest(ArchivedDocument.Source source, Original original, Path forExtraction,
      Map<String, Object> overrides, String overrideSource, Predicate<DocumentMetadata> admit)
      throws IOException, ExtractionException {
    String path = source.path();
    String sha = original.sha256();
    String id = ArchivedDocument.idOf(sha);

    Committed c = committed(path, id); // index lookups outside the lock
    while (true) {
      ArchivedDocument same = null;
      Planned w = null;
      String holderId = null;
      synchronized (lock) {
        Optional<ArchivedDocument> prior = bySource(path, c);
        if (prior.isPresent() && prior.get().sha256().equals(sha)) {
          same = prior.get();
        } else {
          Optional<ArchivedDocument> holder = byContent(id, c);
          if (holder.isPresent() && holder.get().sha256().equals(sha)) {
            admitSameContentOrThrow(admit, holder.get().meta());
            w = planLocked(holder.get().withSourceAdded(source), path, prior.orElse(null), null);
            holderId = holder.get().id();
          } else if (holder.isPresent() && !(pathRule(prior) && prior.get().id().equals(holder.get().id()))) {
            throw earlierVersion(holder.get(), sha, admit);
          }
        }
      }
      if (w != null) {
        run(w);
        return new Done(IngestReport.Outcome.SOURCE_ADDED, holderId);
      }
      if (same == null) {
        break; // new content: extract
      }
      DocumentMetadata updated = apply(reread(same), overrides, overrideSource); // outside the lock
      synchronized (lock) {
        Optional<ArchivedDocument> now = bySource(path, c);
        if (now.isEmpty() || !now.get().sha256().equals(sha) || !now.get().meta().equals(same.meta())) {
          continue; // another writer changed it meanwhile: look again
        }
        if (updated.equals(same.meta())) {
          return new Done(IngestReport.Outcome.UNCHANGED, same.id());
        }
        admitOrThrow(admit, updated);
        w = planLocked(now.get().withMeta(updated), path, null, same);
      }
      run(w);
      return new Done(IngestReport.Outcome.REPLACED, same.id());
    }

    ExtractedText extracted = textExtractor.extract(forExtraction);
    String text = TextCleaner.clean(extracted.text());
    DocumentMetadata fresh = metadataExtractor.extract(text);
    DocumentMetadata meta = apply(fresh, overrides, overrideSource);
    admitOrThrow(admit, meta);
    original.storeIn(archive.store()); // the original before the index entry that points to it
    ArchivedDocument doc = new ArchivedDocument(id, sha, List.of(source), extracted.mediaType(), original.size(),
        extracted.method(), extracted.notes(), Instant.now().toString(), meta, text);

    Planned w;
    IngestReport.Outcome outcome;
    String docId;
    if (c.generation() != generation) {
      c = committed(path, id); // a commit since: look again outside the lock
    }
    synchronized (lock) {
      Optional<ArchivedDocument> prior = bySource(path, c);
      Optional<ArchivedDocument> holder = byContent(id, c); // another thread may have added it meanwhile
      if (holder.isPresent() && holder.get().sha256().equals(sha)) {
        admitSameContentOrThrow(admit, holder.get().meta());
        w = planLocked(holder.get().withSourceAdded(source), path, prior.orElse(null), null);
        outcome = IngestReport.Outcome.SOURCE_ADDED;
        docId = holder.get().id();
      } else if (holder.isPresent() && !(pathRule(prior) && prior.get().id().equals(holder.get().id()))) {
        throw earlierVersion(holder.get(), sha, admit);
      } else {
        if (!archive.store().contains(sha)) {
          original.storeIn(archive.store()); // a commit meanwhile deleted it (the same content, dropped elsewhere)
        }
        if (pathRule(prior)) {
          // the path's one document, corrected: its new version, under the same id
          ArchivedDocument p = prior.get();
          DocumentMetadata carried = versionMeta(p.meta(), fresh, overrides, overrideSource);
          admitOrThrow(admit, p.meta());
          admitOrThrow(admit, carried);
          ArchivedDocument next = p.withNewVersion(sha, List.of(source), extracted.mediaType(), original.size(),
              extracted.method(), extracted.notes(), carried, text, Instant.now().toString(), INGEST_USER,
              ArchivedDocument.Version.VIA_INGEST);
          w = planLocked(next, path, null, p);
          outcome = IngestReport.Outcome.REPLACED;
          docId = p.id();
        } else {
          // No version of this id anywhere (holder empty): the writer may add it without looking for an old copy.
          boolean isNew = !docOverlay.containsKey(id);
          w = planLocked(doc, isNew, path, prior.orElse(null), null);
          outcome = prior.isPresent() ? IngestReport.Outcome.REPLACED : IngestReport.Outcome.INGESTED;
          docId = id;
        }
      }
    }
    run(w);
    return new Done(outcome, docId);
  }

  /**
   * The path rule: a file with new bytes at a path becomes the new version of the document holding that
   * path when the path is that document's only source (a document whose same bytes are also at other paths
   * stays as it is, and the new bytes become a document of their own).
   */
  private static boolean pathRule(Optional<ArchivedDocument> prior) {
    return prior.isPresent() && prior.get().sources().size() == 1;
  }

  /** Bytes that are an earlier version of {@code holder}: what the refusal may say of it. */
  private static EarlierVersionException earlierVersion(ArchivedDocument holder, String sha,
      Predicate<DocumentMetadata> admit) {
    if (!admit.test(holder.meta())) {
      return new EarlierVersionException("the same file is archived as an earlier version of a document this"
          + " account may not change");
    }
    int n = holder.allSha256().indexOf(sha) + 1;
    return new EarlierVersionException("the same bytes are version " + n + " of document " + holder.id()
        + ", replaced since by a corrected version: not ingested again (to make them current again, upload"
        + " them as a new version of " + holder.id() + ")");
  }

  private static void admitOrThrow(Predicate<DocumentMetadata> admit, DocumentMetadata m) {
    if (!admit.test(m)) {
      throw new NotAdmittedException("the document's metadata is outside what this account may write"
          + " (province " + m.province() + ")");
    }
  }

  /** As {@link #admitOrThrow}, for an archived document: the message names nothing of it. */
  private static void admitSameContentOrThrow(Predicate<DocumentMetadata> admit, DocumentMetadata m) {
    if (!admit.test(m)) {
      throw new NotAdmittedException("the same file is archived as a document this account may not change");
    }
  }

  /**
   * The metadata of an archived document read again from its stored text, as the extractor reads it
   * now: fields staff edited are kept, a province inferred from the archive is kept while the text still
   * states none, and sidecar values are dropped (the caller applies the sidecar as it is now, so a
   * removed sidecar, or a field removed from it, gives the extracted value back).
   */
  private DocumentMetadata reread(ArchivedDocument p) {
    return carry(p.meta(), metadataExtractor.extract(p.text()));
  }

  /**
   * Metadata read from a text ({@code fresh}) with what stays of the document's metadata before ({@code
   * old}): see {@link #reread}. Also a new version's metadata.
   */
  private static DocumentMetadata carry(DocumentMetadata old, DocumentMetadata fresh) {
    return carry(old, fresh, false);
  }

  /**
   * The metadata of an archived document read again by {@code vankien upgrade} (new metadata rules), from
   * {@code text}: its stored text, or the text parsed again from its original (new extractor). As {@link
   * #reread}, and the sidecar values are kept as recorded too: the upgrade reads no sidecar files.
   */
  public DocumentMetadata rereadForUpgrade(ArchivedDocument p, String text) {
    DocumentMetadata m = carry(p.meta(), metadataExtractor.extract(text), true);
    AccessLevel before = DocumentMapper.accessOf(p.meta());
    if (m.accessLevel().map(now -> now.compareTo(before) < 0).orElse(true)) {
      // new rules never open a document wider (a stamp no longer read): its level stays as it was
      m = m.withOverrides(Map.of("access", before.label()), p.meta().sourceOf("access"));
    }
    return m;
  }

  /** The text extractor of this ingester (the upgrade parses stored originals again with it). */
  public TextExtractor textExtractor() {
    return textExtractor;
  }

  private static DocumentMetadata carry(DocumentMetadata old, DocumentMetadata fresh, boolean keepSidecar) {
    Map<String, Object> oldValues = old.toMap();
    Map<String, Object> edited = new LinkedHashMap<>();
    Map<String, Object> sidecar = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : old.provenance().entrySet()) {
      if (DocumentMetadata.EDITED.equals(e.getValue())) {
        edited.put(e.getKey(), oldValues.get(e.getKey()));
      } else if (keepSidecar && DocumentMetadata.SIDECAR.equals(e.getValue())) {
        sidecar.put(e.getKey(), oldValues.get(e.getKey()));
      }
    }
    DocumentMetadata m = sidecar.isEmpty() ? fresh : fresh.withOverrides(sidecar, DocumentMetadata.SIDECAR);
    if (fresh.access() == null && DocumentMetadata.DEFAULT.equals(old.sourceOf("access"))) {
      // the default a document got when first ingested stays: a later configuration applies to new ones only
      m = m.withOverrides(Map.of("access", old.access()), DocumentMetadata.DEFAULT);
    }
    if (fresh.province() == null && DocumentMetadata.INFERRED.equals(old.sourceOf("province"))) {
      Map<String, Object> inferred = new LinkedHashMap<>();
      inferred.put("province", old.province());
      inferred.put("provinceCurrent", old.provinceCurrent());
      m = m.withOverrides(inferred, DocumentMetadata.INFERRED);
    }
    return edited.isEmpty() ? m : m.withOverrides(edited, DocumentMetadata.EDITED);
  }

  /**
   * The metadata of a new version: read from its text ({@code fresh}) with what {@link #carry} keeps of the
   * document's, then {@code overrides}. A new version never opens the document wider by itself: when its
   * text states a more open level than the document had (or none, so the default would apply), the
   * document's level stays, since its earlier versions are read under it too; an override (sidecar, or the
   * uploader's meta), or a later edit, sets it as stated.
   */
  private DocumentMetadata versionMeta(DocumentMetadata old, DocumentMetadata fresh, Map<String, Object> overrides,
      String overrideSource) {
    DocumentMetadata m = carry(old, fresh);
    AccessLevel before = DocumentMapper.accessOf(old);
    AccessLevel now = m.accessLevel().orElse(options.defaultAccess());
    if (now.compareTo(before) < 0) { // declared from the most open to the least
      m = m.withOverrides(Map.of("access", before.label()), old.sourceOf("access"));
    }
    return apply(m, overrides, overrideSource);
  }

  /** Overrides applied to extracted metadata, and the configured access level when none is stated. */
  private DocumentMetadata apply(DocumentMetadata m, Map<String, Object> overrides, String source) {
    DocumentMetadata out = SidecarMetadata.apply(m, overrides, source);
    return out.access() != null ? out
        : out.withAccess(options.defaultAccess().label(), DocumentMetadata.DEFAULT);
  }

  /**
   * Index writes planned under the lock (the overlays already show them), run outside it by {@link
   * #run}: puts and deletes in order, with the ids reserved so that writes of one id keep plan order.
   */
  private final class Planned {
    private final List<ArchivedDocument> puts = new ArrayList<>();
    private final Set<String> newIds = new HashSet<>(); // puts of ids in neither the index nor the overlays
    private final List<String> deletes = new ArrayList<>();
    private final List<Runnable> undo = new ArrayList<>();
    private WriteOrder.Reservation reservation;

    /** Plans writing d; {@code isNew}: its id is neither committed nor written since (added, not replaced). */
    void put(ArchivedDocument d, boolean isNew) {
      puts.add(d);
      if (isNew) {
        newIds.add(d.id());
      }
      undo.add(overlayDoc(d.id(), Optional.of(d)));
      for (String versionId : d.versionIds()) {
        String before = contentOverlay.put(versionId, d.id());
        undo.add(() -> {
          if (d.id().equals(contentOverlay.get(versionId))) {
            if (before == null) {
              contentOverlay.remove(versionId);
            } else {
              contentOverlay.put(versionId, before);
            }
          }
        });
      }
    }

    void put(ArchivedDocument d) {
      put(d, false);
    }

    void delete(ArchivedDocument d) {
      deletes.add(d.id());
      undo.add(overlayDoc(d.id(), Optional.empty()));
      List<String> shas = d.allSha256(); // every version's original goes with the document
      storeDeletesAfterCommit.addAll(shas);
      undo.add(() -> storeDeletesAfterCommit.removeAll(shas));
    }

    void path(String path, String id) {
      String before = pathOverlay.put(path, id);
      undo.add(() -> {
        if (id.equals(pathOverlay.get(path))) {
          if (before == null) {
            pathOverlay.remove(path);
          } else {
            pathOverlay.put(path, before);
          }
        }
      });
    }

    private Runnable overlayDoc(String id, Optional<ArchivedDocument> value) {
      Optional<ArchivedDocument> before = docOverlay.put(id, value);
      return () -> {
        if (docOverlay.get(id) == value) {
          if (before == null) {
            docOverlay.remove(id);
          } else {
            docOverlay.put(id, before);
          }
        }
      };
    }

    Planned reserve() {
      List<String> ids = new ArrayList<>(deletes);
      puts.forEach(d -> ids.add(d.id()));
      reservation = order.reserve(ids);
      return this;
    }
  }

  /**
   * Plans writing doc (whose previous version was {@code before}, when its metadata changes); when the
   * path moved away from another document, detaches it there. Call under the lock.
   */
  private Planned planLocked(ArchivedDocument doc, String path, ArchivedDocument previousHolder,
      ArchivedDocument before) throws IOException {
    return planLocked(doc, false, path, previousHolder, before);
  }

  /** As above; {@code isNew}: doc's id is in neither the committed view nor the overlays. */
  private Planned planLocked(ArchivedDocument doc, boolean isNew, String path, ArchivedDocument previousHolder,
      ArchivedDocument before) throws IOException {
    ArchivedDocument rest = null;
    if (previousHolder != null && !previousHolder.id().equals(doc.id())) {
      rest = byId(previousHolder.id()).orElse(previousHolder).withSourceRemoved(path);
    }
    Planned w = new Planned();
    w.put(doc, isNew);
    w.path(path, doc.id());
    doc.allSha256().forEach(storeDeletesAfterCommit::remove); // its originals are needed again
    touch(doc);
    if (before != null) {
      touch(before);
    }
    if (rest != null) {
      if (rest.sources().isEmpty()) {
        w.delete(rest);
        touch(rest);
      } else {
        w.put(rest);
      }
    }
    writesSinceCommit++;
    for (ArchivedDocument d : w.puts) {
      overlayChars += d.text() == null ? 0 : d.text().length();
    }
    return w.reserve();
  }

  /** Runs planned writes outside the lock; commits when the batch is full. */
  private void run(Planned w) throws IOException {
    try (WriteOrder.Reservation r = w.reservation) {
      for (ArchivedDocument d : w.puts) {
        if (w.newIds.contains(d.id())) {
          archive.add(d);
        } else {
          archive.put(d);
        }
      }
      for (String id : w.deletes) {
        archive.deleteUncommitted(id);
      }
    } catch (IOException | RuntimeException e) {
      synchronized (lock) { // the reservation is released first (closed before this block runs)
        for (int i = w.undo.size() - 1; i >= 0; i--) {
          w.undo.get(i).run();
        }
      }
      throw e;
    }
    boolean full;
    synchronized (lock) {
      full = batchFullLocked();
    }
    if (full && committingBatch.compareAndSet(false, true)) {
      try {
        // The buffered documents are written to segments before the commit takes the lock: the other ingest
        // threads go on meanwhile (and help), where under the lock they would wait for this one to write them all.
        archive.flush();
        synchronized (lock) {
          if (batchFullLocked()) {
            commitLocked();
          }
        }
      } finally {
        committingBatch.set(false);
      }
    }
  }

  private boolean batchFullLocked() {
    return writesSinceCommit >= options.batchSize() || overlayChars >= MAX_OVERLAY_CHARS;
  }

  /** Notes the signer group (or, without one, the id) of a written document for province inference. */
  private void touch(ArchivedDocument d) {
    String key = ProvinceInference.signerKey(d.meta());
    if (key != null) {
      touchedSignerKeys.add(key);
    } else if (DocumentMetadata.INFERRED.equals(d.meta().sourceOf("province"))) {
      touchedIds.add(d.id());
    }
  }

  private void commitLocked() throws IOException {
    order.awaitIdle();
    archive.commit();
    for (String sha : storeDeletesAfterCommit) {
      archive.store().delete(sha);
    }
    storeDeletesAfterCommit.clear();
    generation++; // after the refresh: lookups made before it are stale
    pathOverlay.clear();
    docOverlay.clear();
    contentOverlay.clear();
    writesSinceCommit = 0;
    overlayChars = 0;
  }

  /** Commits, then infers provinces in the signer groups written since the last inference, and commits those. */
  private void commitAndInferLocked() throws IOException {
    commitLocked();
    if (touchedSignerKeys.isEmpty() && touchedIds.isEmpty()) {
      return;
    }
    int changed = ProvinceInference.apply(archive, touchedSignerKeys, touchedIds);
    touchedSignerKeys.clear();
    touchedIds.clear();
    if (changed > 0) {
      commitLocked();
    }
  }

  /**
   * What the committed view says about a path and a version id, looked up outside the lock; valid while no
   * commit happened since (then the overlays hold every change after it).
   */
  private record Committed(long generation, String path, Optional<ArchivedDocument> byPath, String versionId,
      Optional<ArchivedDocument> byContent) {}

  private Committed committed(String path, String versionId) throws IOException {
    long g = generation; // read first: a commit during the lookups makes them stale, never wrong
    return new Committed(g, path, archive.bySourcePath(path), versionId, archive.resolve(versionId));
  }

  private Optional<ArchivedDocument> committedByContent(String versionId, Committed c) throws IOException {
    return c != null && c.generation() == generation && c.versionId().equals(versionId) ? c.byContent()
        : archive.resolve(versionId);
  }

  private Optional<ArchivedDocument> committedBySource(String path, Committed c) throws IOException {
    return c != null && c.generation() == generation && c.path().equals(path) ? c.byPath() : archive.bySourcePath(path);
  }

  private Optional<ArchivedDocument> byId(String id) throws IOException {
    Optional<ArchivedDocument> o = docOverlay.get(id);
    return o != null ? o : archive.get(id);
  }

  /**
   * The document with a version of this id (its permanent id included), as written so far: the overlays
   * first, then the committed view (seen through the overlay of the document it names).
   */
  private Optional<ArchivedDocument> byContent(String versionId, Committed c) throws IOException {
    String holder = contentOverlay.get(versionId);
    if (holder != null) {
      Optional<ArchivedDocument> d = byId(holder);
      if (d.isPresent() && d.get().versionIds().contains(versionId)) {
        return d;
      }
    }
    Optional<ArchivedDocument> own = docOverlay.get(versionId);
    if (own != null && own.isPresent()) {
      return own;
    }
    Optional<ArchivedDocument> committed = committedByContent(versionId, c);
    if (committed.isPresent() && docOverlay.containsKey(committed.get().id())) {
      return docOverlay.get(committed.get().id()).filter(d -> d.versionIds().contains(versionId));
    }
    return committed;
  }

  private Optional<ArchivedDocument> bySource(String path, Committed c) throws IOException {
    String id = pathOverlay.get(path);
    if (id != null) {
      return byId(id);
    }
    Optional<ArchivedDocument> committed = committedBySource(path, c);
    // A document written in this run may have taken over the path's old document.
    if (committed.isPresent() && docOverlay.containsKey(committed.get().id())) {
      return docOverlay.get(committed.get().id())
          .filter(d -> d.sources().stream().anyMatch(s -> s.path().equals(path)));
    }
    return committed;
  }
}
