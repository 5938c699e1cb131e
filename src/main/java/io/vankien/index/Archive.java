package io.vankien.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The data folder: the Lucene index ({@code lucene/}) and the original files ({@code store/}). Opened for
 * writing by one process at a time (ingest, serve); read-only opens (search, show, export) need no lock.
 */
public final class Archive implements Closeable, DocumentSink {
  private final Path dataDir;
  private final Directory directory;
  private final IndexWriter writer; // null when read-only
  private final SearcherManager searchers;
  private final ContentStore store;
  private final FacetsConfig facetsConfig = Schema.facetsConfig();
  private final DocumentMapper mapper = new DocumentMapper(facetsConfig);
  private final ArchiveSearcher archiveSearcher;
  private final ArchiveFormat recordedFormat; // of the last commit when opened (CURRENT for a new archive)
  private boolean rolledBack;
  private volatile DocumentSink mirror; // null: this archive only
  private final boolean bulk; // opened to read and rewrite whole files: see IndexReadAdvice

  /**
   * @param bulk whether the opener reads and rewrites whole files (a bulk ingest, compaction, an upgrade) rather than
   *     serving searches: see {@link IndexReadAdvice}
   */
  private Archive(Path dataDir, boolean writable, boolean upgrading, boolean bulk) throws IOException {
    this.dataDir = dataDir;
    this.bulk = bulk;
    Path luceneDir = dataDir.resolve("lucene");
    if (!writable && !Files.isDirectory(luceneDir)) {
      throw noArchive(dataDir); // looked at first: opening an FSDirectory creates its folder
    }
    Files.createDirectories(luceneDir);
    this.directory = bulk ? FSDirectory.open(luceneDir) : IndexReadAdvice.open(luceneDir);
    boolean committed = DirectoryReader.indexExists(directory);
    if (!writable && !committed) {
      directory.close();
      throw noArchive(dataDir);
    }
    this.recordedFormat = committed ? SchemaUpgrade.recorded(directory) : ArchiveFormat.CURRENT;
    if (!upgrading && !recordedFormat.equals(ArchiveFormat.CURRENT)) {
      directory.close(); // refused rather than answering or writing under another format
      throw new ArchiveFormatException(dataDir, recordedFormat);
    }
    this.store = new ContentStore(dataDir.resolve("store"));
    if (writable) {
      IndexWriterConfig cfg = new IndexWriterConfig(Schema.indexAnalyzer());
      cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      cfg.setSimilarity(Schema.similarity());
      cfg.setRAMBufferSizeMB(64);
      if (!bulk) { // merges read the files the searches read a page at a time through mappings of their own
        cfg.setMergePolicy(new MergeMappings(cfg.getMergePolicy(), luceneDir));
      }
      try {
        this.writer = new IndexWriter(directory, cfg);
        writer.setLiveCommitData(recordedFormat.userData().entrySet()); // also what a commit on close records
      } catch (LockObtainFailedException e) {
        directory.close();
        throw new ArchiveException("the archive at " + dataDir.toAbsolutePath()
            + " is in use by another vankien process (stop the server or the other ingest first)", e);
      }
      StoreTempFiles.sweep(dataDir.resolve("store")); // left by a killed writer; the lock is ours now
      this.searchers = new SearcherManager(writer, new SearcherFactory());
    } else {
      this.writer = null;
      this.searchers = new SearcherManager(directory, new SearcherFactory());
    }
    this.archiveSearcher = new ArchiveSearcher(searchers, facetsConfig);
  }

  private static ArchiveException noArchive(Path dataDir) {
    return new ArchiveException("no archive at " + dataDir.toAbsolutePath()
        + " (ingest documents first: ./vankien ingest --index " + dataDir + " PATH)");
  }

  /**
   * For writing and searching (the server); refuses an archive of another {@link ArchiveFormat} ({@link
   * ArchiveFormatException}). The files a search reads at scattered places are read a page at a time ({@link
   * IndexReadAdvice}).
   */
  public static Archive openForWriting(Path dataDir) throws IOException {
    return new Archive(dataDir, true, false, false);
  }

  /**
   * As {@link #openForWriting}, for a command that reads and rewrites whole index files (a bulk ingest, compaction):
   * its merges read through the same mappings, so every file keeps Lucene's default advice and the kernel's
   * read-ahead.
   */
  public static Archive openForBulkWriting(Path dataDir) throws IOException {
    return new Archive(dataDir, true, false, true);
  }

  /** Read-only; refuses an archive of another {@link ArchiveFormat} ({@link ArchiveFormatException}). */
  public static Archive openReadOnly(Path dataDir) throws IOException {
    return new Archive(dataDir, false, false, false);
  }

  /** For writing whatever its format, to upgrade it ({@link ArchiveUpgrade}): nothing else may use it so. */
  static Archive openForUpgrade(Path dataDir) throws IOException {
    return new Archive(dataDir, true, true, true);
  }

  /** The format of the archive's last commit when it was opened. */
  public ArchiveFormat recordedFormat() {
    return recordedFormat;
  }

  Directory directory() {
    return directory;
  }

  /** Drops every write since the last commit and closes the writer: the archive stays as committed. */
  void rollback() throws IOException {
    rolledBack = true;
    searchers.close();
    writer().rollback();
  }

  public Path dataDir() {
    return dataDir;
  }

  public ContentStore store() {
    return store;
  }

  /** The one read entry point: every search, count, facet, export goes through it. */
  public ArchiveSearcher searcher() {
    return archiveSearcher;
  }

  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  IndexWriter writer() { // package-private: tests look at its configuration
    if (writer == null) {
      throw new IllegalStateException("archive opened read-only");
    }
    return writer;
  }

  /**
   * From now on every write to this archive (put, add, delete) is also made to {@code sink}, and each commit
   * commits it after the archive's own: {@code ingest --cluster} keeps this archive (extraction, metadata, the
   * store, the lookups of ids, paths and versions) and mirrors its documents into the cluster.
   */
  public void mirrorTo(DocumentSink sink) {
    this.mirror = sink;
  }

  /**
   * Bounds the merges a bulk writer starts by the size of the ingest about to be made ({@link IngestMergeBound}): a
   * few files into a large archive do not wait at the end for a merge of gigabytes. Nothing for other writers.
   */
  public void boundMergesFor(long ingestBytes) {
    if (bulk && writer != null && writer.getConfig().getMergePolicy() instanceof TieredMergePolicy tiered) {
      tiered.setMaxMergedSegmentMB(IngestMergeBound.maxMergedSegmentMb(ingestBytes));
    }
  }

  /** Adds or replaces the document with this id (the original must already be in the store). */
  @Override
  public void put(ArchivedDocument doc) throws IOException {
    Document lucene = mapper.toLucene(doc);
    writer().updateDocument(new Term(Schema.ID, doc.id()), lucene);
    DocumentSink m = mirror;
    if (m != null) {
      m.put(doc);
    }
  }

  /**
   * Adds a document whose id is not in the index, committed or not (the caller knows it): unlike {@link
   * #put}, no delete of an older copy is buffered and resolved against every segment at each flush.
   */
  public void add(ArchivedDocument doc) throws IOException {
    writer().addDocument(mapper.toLucene(doc));
    DocumentSink m = mirror;
    if (m != null) {
      m.put(doc);
    }
  }

  /**
   * Writes the largest buffer of added documents to a new segment, on the calling thread (not committed);
   * false when nothing was buffered. Threads calling it together flush different buffers.
   */
  public boolean flushNextBuffer() throws IOException {
    return writer().flushNextBuffer();
  }

  /**
   * Writes every buffer of added documents to new segments (not committed). Other threads may go on adding
   * documents meanwhile, and help: a {@link #commit} right after has little left to write on its own thread.
   */
  public void flush() throws IOException {
    writer().flush();
  }

  /** Removes the document from the index at the next commit; the caller deletes the original after it. */
  public void deleteUncommitted(String id) throws IOException {
    writer().deleteDocuments(new Term(Schema.ID, id));
    DocumentSink m = mirror;
    if (m != null) {
      m.delete(id);
    }
  }

  /** As {@link #deleteUncommitted}. */
  @Override
  public void delete(String id) throws IOException {
    deleteUncommitted(id);
  }

  /**
   * Commits the index, after forcing to disk every original its new documents point at (power loss safe).
   * The commit is prepared first, which fixes the documents it holds: each had its original put before it
   * was added, so before the sync that follows; documents added meanwhile wait for the next commit.
   */
  @Override
  public void commit() throws IOException {
    writer().setLiveCommitData(ArchiveFormat.CURRENT.userData().entrySet());
    writer().prepareCommit();
    store.syncWritten();
    writer().commit();
    searchers.maybeRefreshBlocking();
    DocumentSink m = mirror;
    if (m != null) {
      m.commit();
    }
  }

  /** Segments of the index before and after {@link #compact}. */
  public record Compaction(int segmentsBefore, int segmentsAfter) {}

  /**
   * Merges the index into at most {@code maxSegments} segments and commits. A search looks every term up, and
   * counts facets, once per segment: at 100,000 documents, 12 segments merged into one cost 16-17% less CPU a
   * search, with the same answers (BENCHMARKS.md, "Ninth session"). The merge rewrites the index once (43 s
   * there); searches go on meanwhile; an interrupted merge leaves the last commit as it was.
   *
   * @throws IllegalArgumentException when {@code maxSegments} is below 1 ({@link IndexWriter#forceMerge(int)})
   */
  public Compaction compact(int maxSegments) throws IOException {
    int before = committedSegments();
    writer().forceMerge(maxSegments);
    commit();
    return new Compaction(before, committedSegments());
  }

  private int committedSegments() throws IOException {
    return DirectoryReader.indexExists(directory) ? SegmentInfos.readLatestCommit(directory).size() : 0;
  }

  /** Refreshes the searchers to see every write made so far, committed or not (the upgrade's inference pass). */
  void refreshUncommitted() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /** Looks a document up by id in the current (refreshed) view. */
  public Optional<ArchivedDocument> get(String id) throws IOException {
    return archiveSearcher.byId(id);
  }

  /** The document with this permanent id or with a version of this id, in the current (refreshed) view. */
  public Optional<ArchivedDocument> resolve(String id) throws IOException {
    return archiveSearcher.resolve(id);
  }

  /** The document currently holding this source path, in the refreshed view. */
  public Optional<ArchivedDocument> bySourcePath(String path) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      TopDocs td = s.search(new TermQuery(new Term(Schema.SOURCE_PATH, path)), 1);
      if (td.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(DocumentMapper.fromLucene(s.storedFields().document(td.scoreDocs[0].doc)));
    } finally {
      searchers.release(s);
    }
  }

  public InputStream openOriginal(ArchivedDocument doc) throws IOException {
    return store.open(doc.sha256());
  }

  /** The original of one version of the document (1 is the first; {@link ArchivedDocument#versionNumber} the current). */
  public InputStream openOriginal(ArchivedDocument doc, int version) throws IOException {
    if (version < 1 || version > doc.versionNumber()) {
      throw new IllegalArgumentException("no version " + version + " of document " + doc.id());
    }
    return store.open(version == doc.versionNumber() ? doc.sha256() : doc.versions().get(version - 1).sha256());
  }

  @Override
  public void close() throws IOException {
    if (!rolledBack) {
      searchers.close();
      if (writer != null) {
        closeWriter();
      }
    }
    directory.close();
  }

  /**
   * Commits and closes the writer. A bulk writer finishes its merges first: they are part of what it builds. A serving
   * one (the server stopping) aborts a merge in progress instead of waiting for it, which at a million documents can
   * take longer than a service manager waits for a stop: every write is in the commit, and the next writer merges
   * again.
   */
  private void closeWriter() throws IOException {
    if (bulk || !writer.isOpen()) { // closing a closed writer does nothing: an archive may be closed twice
      writer.close();
      return;
    }
    try {
      writer.commit();
    } finally {
      writer.rollback(); // after the commit: aborts the merges, and nothing else
    }
  }
}
