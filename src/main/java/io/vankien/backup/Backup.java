package io.vankien.backup;

import io.vankien.index.DocumentMapper;
import io.vankien.index.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * A consistent copy of a data folder, made while a server or an ingest may be writing it: the latest
 * Lucene commit ({@link CommitCopy}), the originals of every document in that commit, earlier versions
 * included (each checked
 * against its SHA-256 name), then the other files (accounts, the audit log up to its last complete
 * line, reports), and last {@code manifest.json} ({@link BackupManifest}). A backup folder is laid out
 * like a data folder.
 */
public final class Backup {
  static final String LUCENE = "lucene";
  static final String STORE = "store";
  /** Top-level folders of a data folder that are not copied as files: the index and store (copied above), temp files. */
  static final Set<String> NOT_PLAIN_FILES = Set.of(LUCENE, STORE, "tmp");
  /** Originals copied at once. */
  static final int COPY_THREADS = 4;

  private final Path dataDir;
  private final Path dest;

  private Backup(Path dataDir, Path dest) {
    this.dataDir = dataDir.toAbsolutePath().normalize();
    this.dest = dest.toAbsolutePath().normalize();
  }

  /** Backs {@code dataDir} up into {@code dest} (absent or empty) and returns the manifest written there. */
  public static BackupManifest run(Path dataDir, Path dest) throws IOException {
    return new Backup(dataDir, dest).run();
  }

  private BackupManifest run() throws IOException {
    checkFolders();
    Files.createDirectories(dest);
    Map<String, BackupManifest.Entry> entries = new HashMap<>();
    CommitCopy.Copied commit;
    int originals;
    try (Directory from = FSDirectory.open(dataDir.resolve(LUCENE));
        Directory to = FSDirectory.open(Files.createDirectories(dest.resolve(LUCENE)))) {
      int attempt = 0;
      while (true) {
        commit = CommitCopy.latest(from, to);
        List<String> missing = new ArrayList<>();
        originals = copyOriginals(to, entries, missing);
        if (missing.isEmpty()) {
          break;
        }
        // An original of the copied commit is gone: a newer commit dropped its document, or the store is damaged.
        if (++attempt >= CommitCopy.MAX_ATTEMPTS || SegmentInfos.readLatestCommit(from).getGeneration() == commit.generation()) {
          throw new BackupException(missing.size() + " original(s) of the archive's documents are missing from "
              + dataDir.resolve(STORE) + " (the archive is damaged; no backup written): " + first(missing));
        }
      }
      for (String f : commit.files()) {
        FileCopy.Digest d = FileCopy.digest(dest.resolve(LUCENE).resolve(f));
        entries.put(LUCENE + "/" + f, new BackupManifest.Entry(LUCENE + "/" + f, d.size(), d.sha256()));
      }
    }
    copyPlainFiles(entries);
    List<BackupManifest.Entry> files = new ArrayList<>(entries.values());
    files.sort(Comparator.comparing(BackupManifest.Entry::path));
    BackupManifest m = new BackupManifest(BackupManifest.FORMAT, Instant.now().toString(), dataDir.toString(),
        commit.generation(), commit.segmentsFile(), commit.userData().get("vankien.schema"), commit.maxDoc(),
        commit.numDocs(), originals, files);
    m.writeTo(dest);
    return m;
  }

  private void checkFolders() throws IOException {
    boolean exists = false;
    if (Files.isDirectory(dataDir.resolve(LUCENE))) {
      try (Directory d = FSDirectory.open(dataDir.resolve(LUCENE))) {
        exists = DirectoryReader.indexExists(d);
      }
    }
    if (!exists) {
      throw new BackupException("no archive at " + dataDir + " (no Lucene commit in " + dataDir.resolve(LUCENE) + ")");
    }
    if (dest.startsWith(dataDir) || dataDir.startsWith(dest)) {
      throw new BackupException("the backup folder " + dest + " must be outside the data folder " + dataDir);
    }
    if (Files.exists(dest)) {
      if (!Files.isDirectory(dest)) {
        throw new BackupException(dest + " is a file, not a folder");
      }
      try (Stream<Path> s = Files.list(dest)) {
        if (s.findAny().isPresent()) {
          throw new BackupException(dest + " is not empty: back up into a new or empty folder");
        }
      }
    }
  }

  /**
   * Copies the original of every live document of the copied index into {@code dest/store}, each checked
   * against its name; records the SHA-256 of each one missing in the source in {@code missing}. Removes
   * originals an earlier attempt copied that this commit does not reference. Returns how many were copied.
   */
  private int copyOriginals(Directory index, Map<String, BackupManifest.Entry> entries, List<String> missing)
      throws IOException {
    Set<String> shas = referencedOriginals(index);
    entries.keySet().removeIf(p -> p.startsWith(STORE + "/") && !shas.contains(p.substring(p.lastIndexOf('/') + 1)));
    deleteUnlisted(dest.resolve(STORE), entries);
    List<String> toCopy = shas.stream().filter(sha -> !entries.containsKey(storePath(sha))).toList();
    // several at once: each copy ends in an fsync, and their waits overlap
    ExecutorService pool = Executors.newFixedThreadPool(COPY_THREADS);
    try {
      List<Future<BackupManifest.Entry>> copies = new ArrayList<>();
      for (String sha : toCopy) {
        copies.add(pool.submit(() -> copyOriginal(sha)));
      }
      for (int i = 0; i < copies.size(); i++) {
        BackupManifest.Entry e = Futures.get(copies.get(i));
        if (e == null) {
          missing.add(toCopy.get(i));
        } else {
          entries.put(e.path(), e);
        }
      }
    } finally {
      Futures.stop(pool); // no copy still writing when the caller cleans up after a failure
    }
    return shas.size();
  }

  private static String storePath(String sha) {
    return STORE + "/" + sha.substring(0, 2) + "/" + sha;
  }

  /** Copies one original and checks it against its name; null when the source has none. */
  private BackupManifest.Entry copyOriginal(String sha) throws IOException {
    String rel = storePath(sha);
    FileCopy.Digest d;
    try {
      d = FileCopy.copy(dataDir.resolve(rel), dest.resolve(rel));
    } catch (NoSuchFileException e) {
      return null;
    }
    if (!d.sha256().equals(sha)) {
      throw new BackupException("the original " + dataDir.resolve(rel) + " does not match its SHA-256 name (its"
          + " bytes hash to " + d.sha256() + "): the store is damaged; no backup written");
    }
    return new BackupManifest.Entry(rel, d.size(), d.sha256());
  }

  /** The SHA-256 of every original of every live document (earlier versions too), read from the stored records. */
  static Set<String> referencedOriginals(Directory index) throws IOException {
    Set<String> shas = new TreeSet<>();
    Set<String> fields = Set.of(Schema.ID, Schema.RECORD);
    try (DirectoryReader r = DirectoryReader.open(index)) {
      for (LeafReaderContext leaf : r.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live == null || live.get(d)) {
            shas.addAll(DocumentMapper.recordOf(stored.document(d, fields)).allSha256()); // every version's
          }
        }
      }
    }
    return shas;
  }

  private void deleteUnlisted(Path storeCopy, Map<String, BackupManifest.Entry> entries) throws IOException {
    if (!Files.isDirectory(storeCopy)) {
      return;
    }
    try (Stream<Path> s = Files.walk(storeCopy)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        if (!entries.containsKey(relative(p))) {
          Files.delete(p);
        }
      }
    }
  }

  /**
   * Every other file of the data folder, as it is now: JSON Lines files (the audit log, appended to while
   * this runs) up to their last complete line, others whole (files replaced by rename, such as the
   * accounts, are copied as they were when opened). Temp files ({@code *.tmp}, {@code tmp/}) are left out.
   */
  private void copyPlainFiles(Map<String, BackupManifest.Entry> entries) throws IOException {
    for (Path p : plainFiles()) {
      Path rel = dataDir.relativize(p);
      Path target = dest.resolve(rel);
      FileCopy.Digest d;
      try {
        d = p.getFileName().toString().endsWith(".jsonl")
            ? FileCopy.copy(p, target, FileCopy.completeLinesLength(p))
            : FileCopy.copy(p, target);
      } catch (NoSuchFileException e) {
        continue; // removed meanwhile (a report or temp file)
      }
      String r = relative(target);
      entries.put(r, new BackupManifest.Entry(r, d.size(), d.sha256()));
    }
    syncFolders(dest);
  }

  /**
   * The regular files of the data folder outside {@link #NOT_PLAIN_FILES} (not entered at all: the writer
   * creates and deletes files there all the time), temp files left out.
   */
  private List<Path> plainFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(dataDir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        return dir.getParent() != null && dir.getParent().equals(dataDir)
            && NOT_PLAIN_FILES.contains(dir.getFileName().toString())
            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile() && !file.getFileName().toString().endsWith(".tmp")) {
          files.add(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        if (e instanceof NoSuchFileException) {
          return FileVisitResult.CONTINUE; // removed meanwhile
        }
        throw e;
      }
    });
    files.sort(null);
    return files;
  }

  private String relative(Path inDest) {
    return dest.relativize(inDest).toString().replace(java.io.File.separatorChar, '/');
  }

  private static void syncFolders(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(Files::isDirectory).forEach(FileCopy::syncFolder);
    }
  }

  private static String first(List<String> l) {
    return l.size() <= 5 ? String.join(", ", l) : String.join(", ", l.subList(0, 5)) + ", ...";
  }
}
