package io.vankien.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.cli.Main;
import io.vankien.index.Archive;
import io.vankien.index.ArchiveSearcher;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.ContentStore;
import io.vankien.index.Ingester;
import io.vankien.index.IngestListener;
import io.vankien.meta.DocumentMetadata;
import io.vankien.testing.TestArchives;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code backup} while another thread keeps writing the archive, {@code restore} into a new folder, and
 * every committed document, original, edit, account and audit line is there; a damaged backup, a folder
 * in use and a non-empty folder are refused and change nothing.
 */
class BackupRestoreTest {
  private static final Path SAMPLES = Path.of("samples");
  private static final String EDITED_TITLE = "Tiêu đề sửa trong kiểm thử sao lưu";
  private static final Set<java.nio.file.attribute.PosixFilePermission> OWNER_ONLY =
      java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");
  private static final String ACCOUNTS = "{\"users\":[{\"name\":\"lan\",\"role\":\"staff\"}]}\n";

  @TempDir Path tmp;
  @TempDir static Path shared;
  private static Path sharedBackup;

  /** One backup of the base archive, made once for the damaged-backup cases (each damages a copy). */
  private synchronized Path sharedBackup() throws IOException {
    if (sharedBackup == null) {
      Path data = shared.resolve("data");
      try (Archive a = Archive.openForWriting(data)) {
        buildBase(a, TestArchives.ingester(a), data);
      }
      Backup.run(data, shared.resolve("backup"));
      sharedBackup = shared.resolve("backup");
    }
    return sharedBackup;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }

  /** The test's archive: its state before the writer thread starts. */
  private record Base(Set<String> ids, String editedId, String deletedId, Map<String, byte[]> originals) {}

  private Base buildBase(Archive a, Ingester ing, Path data) throws IOException {
    assertEquals(0, ing.ingest(List.of(SAMPLES), IngestListener.NONE).failed());
    Map<String, byte[]> originals = new HashMap<>();
    try (Stream<Path> s = Files.list(SAMPLES)) {
      for (Path f : s.filter(p -> !p.toString().endsWith(".meta.json")).toList()) {
        byte[] b = Files.readAllBytes(f);
        originals.put(ContentStore.sha256(b).substring(0, 16), b);
      }
    }
    List<String> ids = new ArrayList<>(originals.keySet());
    ids.sort(null);
    String edited = ids.get(0);
    String deleted = ids.get(1);
    ing.editMetadata(edited, Map.of("title", EDITED_TITLE));
    assertTrue(ing.delete(deleted));
    originals.remove(deleted);
    Files.writeString(data.resolve("accounts.json"), ACCOUNTS);
    if (Files.getFileStore(data).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(data.resolve("accounts.json"), OWNER_ONLY);
    }
    Files.writeString(Files.createDirectories(data.resolve("reports")).resolve("ingest-test.json"), "{\"ingested\":28}\n");
    Files.writeString(data.resolve("audit.jsonl"), "{\"n\":0,\"action\":\"login\"}\n{\"n\":1,\"action\":\"edit\"}\n");
    return new Base(Set.copyOf(originals.keySet()), edited, deleted, originals);
  }

  @Test
  @Timeout(120)
  void backupWhileAWriterIngestsThenRestoreKeepsEveryCommittedDocument() throws Exception {
    Path data = tmp.resolve("data");
    Path in = Files.createDirectories(tmp.resolve("incoming"));
    Path backup;
    // what each commit holds (generation -> live ids), recorded by the only thread that writes
    NavigableMap<Long, Set<String>> idsByGeneration = new TreeMap<>();
    Map<String, byte[]> originals = new ConcurrentHashMap<>();
    BackupManifest m;
    String auditBefore;
    long generationAtStart;
    long generationAtEnd;
    int ops;
    Base base;
    try (Archive a = Archive.openForWriting(data)) {
      Ingester ing = TestArchives.ingester(a);
      base = buildBase(a, ing, data);
      originals.putAll(base.originals());
      Set<String> live = new HashSet<>(base.ids());
      synchronized (idsByGeneration) {
        idsByGeneration.put(generation(data), Set.copyOf(live));
      }
      auditBefore = Files.readString(data.resolve("audit.jsonl"));
      AtomicBoolean stop = new AtomicBoolean();
      AtomicReference<Throwable> failed = new AtomicReference<>();
      int[] count = new int[1];
      Thread writer = new Thread(() -> {
        try {
          List<String> mine = new ArrayList<>();
          for (int i = 0; !stop.get() || i < 6; i++) {
            if (i % 4 == 3) { // a delete: its original leaves the store after the commit
              String id = mine.remove(0);
              assertTrue(ing.delete(id));
              live.remove(id);
            } else {
              Path f = in.resolve("moi-" + i + ".txt");
              byte[] b = document(i).getBytes(StandardCharsets.UTF_8);
              Files.write(f, b);
              ing.ingestFile(f);
              ing.commit();
              String id = ContentStore.sha256(b).substring(0, 16);
              originals.put(id, b);
              mine.add(id);
              live.add(id);
            }
            synchronized (idsByGeneration) {
              idsByGeneration.put(generation(data), Set.copyOf(live));
            }
            // the audit log is appended in two writes: a backup may see half a line
            Files.writeString(data.resolve("audit.jsonl"), "{\"n\":" + (i + 2) + ",",
                StandardOpenOption.APPEND);
            Files.writeString(data.resolve("audit.jsonl"), "\"action\":\"upload\"}\n", StandardOpenOption.APPEND);
            count[0]++;
          }
        } catch (Throwable t) {
          failed.set(t);
        }
      }, "writer");
      writer.start();
      while (count[0] < 3 && writer.isAlive()) {
        Thread.sleep(5);
      }
      // back up until one backup overlapped a commit of the writer (almost always the first)
      int attempt = 0;
      do {
        backup = tmp.resolve("backup-" + attempt);
        generationAtStart = generation(data);
        m = Backup.run(data, backup);
        generationAtEnd = generation(data);
      } while (generationAtEnd == generationAtStart && ++attempt < 20);
      stop.set(true);
      writer.join(60_000);
      assertFalse(writer.isAlive(), "the writer thread ended");
      if (failed.get() != null) {
        throw new AssertionError("the writer failed", failed.get());
      }
      ops = count[0];
    }
    assertTrue(generationAtEnd > generationAtStart,
        "the writer committed while the backup ran (generations " + generationAtStart + " -> " + generationAtEnd + ")");
    assertTrue(m.generation() >= generationAtStart, "the backup holds a commit at least as new as at its start");
    Set<String> expected;
    synchronized (idsByGeneration) {
      expected = idsByGeneration.floorEntry(m.generation()).getValue();
    }

    Path restored = tmp.resolve("restored");
    Restore.Result r = Restore.run(backup, restored, false);
    assertEquals(null, r.previous());
    try (Archive a = Archive.openReadOnly(restored)) {
      Map<String, ArchivedDocument> docs = all(a);
      assertEquals(expected, docs.keySet(), "the restored archive holds exactly the documents of commit "
          + m.generation() + " (writer ops: " + ops + ")");
      assertEquals(m.numDocs(), docs.size());
      for (ArchivedDocument d : docs.values()) {
        try (InputStream o = a.openOriginal(d)) {
          assertArrayEquals(originals.get(d.id()), o.readAllBytes(), "original of " + d.id());
        }
      }
      ArchivedDocument edited = docs.get(base.editedId());
      assertEquals(EDITED_TITLE, edited.meta().title(), "the metadata edit survived");
      assertEquals(DocumentMetadata.EDITED, edited.meta().sourceOf("title"));
      assertFalse(docs.containsKey(base.deletedId()), "the deleted document stays deleted");
    }
    try (Stream<Path> s = Files.walk(restored.resolve("store"))) {
      assertEquals(expected.size(), s.filter(Files::isRegularFile).count(), "the store holds the commit's originals only");
    }
    assertEquals(ACCOUNTS, Files.readString(restored.resolve("accounts.json")));
    if (Files.getFileStore(data).supportsFileAttributeView("posix")) {
      assertEquals(OWNER_ONLY, Files.getPosixFilePermissions(backup.resolve("accounts.json")), "kept private in the backup");
      assertEquals(OWNER_ONLY, Files.getPosixFilePermissions(restored.resolve("accounts.json")), "and after the restore");
    }
    String audit = Files.readString(restored.resolve("audit.jsonl"));
    String auditNow = Files.readString(data.resolve("audit.jsonl"));
    assertTrue(audit.startsWith(auditBefore), "every audit line written before the backup is kept");
    assertTrue(auditNow.startsWith(audit), "the audit copy is a prefix of the log");
    assertTrue(audit.endsWith("\n"), "the audit copy ends with a complete line");
    assertEquals("{\"ingested\":28}\n", Files.readString(restored.resolve("reports/ingest-test.json")), "other files");
    // the restored folder is a working archive: it opens for writing and takes a new document
    try (Archive a = Archive.openForWriting(restored)) {
      Path f = Files.writeString(in.resolve("sau-khoi-phuc.txt"), document(10_000));
      TestArchives.ingester(a).ingest(List.of(f), IngestListener.NONE);
      assertEquals(expected.size() + 1, all(a).size());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"original", "index", "accounts", "audit", "truncated", "missing"})
  @Timeout(60)
  void aDamagedBackupIsRefusedNamingTheFileAndChangesNothing(String what) throws Exception {
    Path backup = tmp.resolve("backup");
    copyTree(sharedBackup(), backup);
    BackupManifest m = BackupManifest.readFrom(backup);
    String victim = switch (what) {
      case "original" -> m.files().stream().map(BackupManifest.Entry::path).filter(p -> p.startsWith("store/")).findFirst().orElseThrow();
      case "index", "truncated", "missing" -> m.files().stream().filter(e -> e.path().startsWith("lucene/_"))
          .max(java.util.Comparator.comparingLong(BackupManifest.Entry::size)).orElseThrow().path();
      case "accounts" -> "accounts.json";
      case "audit" -> "audit.jsonl";
      default -> throw new IllegalArgumentException(what);
    };
    Path file = backup.resolve(victim);
    switch (what) {
      case "truncated" -> {
        try (var ch = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
          ch.truncate(Files.size(file) - 1);
        }
      }
      case "missing" -> Files.delete(file);
      default -> {
        byte[] b = Files.readAllBytes(file);
        b[b.length / 2] ^= 0x01; // one bit of one byte
        Files.write(file, b);
      }
    }
    Path target = tmp.resolve("target");
    BackupException e = assertThrows(BackupException.class, () -> Restore.run(backup, target, false));
    assertTrue(e.getMessage().contains(file.toString()), "names the file: " + e.getMessage());
    assertFalse(Files.exists(target), "nothing restored");
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(Set.of("backup"), s.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()),
          "no staging folder left behind");
    }
    // through the command line: exit 1
    assertEquals(1, Main.run("restore", "--index", target.toString(), backup.toString()));
  }

  @Test
  @Timeout(60)
  void restoreRefusesAFolderInUseOrNotEmptyAndWithForceKeepsTheFormerContents() throws Exception {
    Path data = tmp.resolve("data");
    Path backup = tmp.resolve("backup");
    int docs;
    try (Archive a = Archive.openForWriting(data)) {
      buildBase(a, TestArchives.ingester(a), data);
      docs = all(a).size();
      assertEquals(0, Main.run("backup", "--index", data.toString(), backup.toString()), "backup while open for writing");
      BackupException inUse = assertThrows(BackupException.class, () -> Restore.run(backup, data, true));
      assertTrue(inUse.getMessage().contains("in use"), inUse.getMessage());
    }
    Files.writeString(data.resolve("accounts.json"), "{\"changed\":true}\n");
    BackupException notEmpty = assertThrows(BackupException.class, () -> Restore.run(backup, data, false));
    assertTrue(notEmpty.getMessage().contains("--force"), notEmpty.getMessage());
    assertEquals("{\"changed\":true}\n", Files.readString(data.resolve("accounts.json")), "unchanged when refused");

    Restore.Result r = Restore.run(backup, data, true);
    assertEquals(ACCOUNTS, Files.readString(data.resolve("accounts.json")));
    assertNotNull(r.previous());
    assertEquals("{\"changed\":true}\n", Files.readString(r.previous().resolve("accounts.json")), "former contents kept");
    try (Archive a = Archive.openReadOnly(data)) {
      assertEquals(docs, all(a).size());
    }
    BackupException notABackup = assertThrows(BackupException.class, () -> Restore.run(data, tmp.resolve("x"), false));
    assertTrue(notABackup.getMessage().contains("manifest.json"), notABackup.getMessage());
    BackupException nonEmptyDest = assertThrows(BackupException.class, () -> Backup.run(data, backup));
    assertTrue(nonEmptyDest.getMessage().contains("not empty"), nonEmptyDest.getMessage());
  }

  @Test
  @Timeout(60)
  void backupOfAnArchiveMissingAnOriginalFailsNamingIt() throws Exception {
    Path data = tmp.resolve("data");
    Base base;
    try (Archive a = Archive.openForWriting(data)) {
      base = buildBase(a, TestArchives.ingester(a), data);
    }
    String sha = ContentStore.sha256(base.originals().get(base.editedId()));
    Files.delete(data.resolve("store").resolve(sha.substring(0, 2)).resolve(sha));
    BackupException e = assertThrows(BackupException.class, () -> Backup.run(data, tmp.resolve("backup")));
    assertTrue(e.getMessage().contains(sha) && e.getMessage().contains("missing"), e.getMessage());
    assertFalse(Files.exists(tmp.resolve("backup/manifest.json")), "no manifest: not a backup");
  }

  @Test
  @Timeout(60)
  void aBackupCarriesEveryVersionsOriginalAndTheRestoredArchiveAnswersTheOldId() throws Exception {
    Path data = tmp.resolve("data");
    Path file = Files.createDirectories(tmp.resolve("in")).resolve("tb-mau.txt");
    String first = document(1);
    String corrected = first.replace("đoạn 3.", "đoạn 3, đã sửa.");
    Files.writeString(file, first, StandardCharsets.UTF_8);
    String oldSha = ContentStore.sha256(first.getBytes(StandardCharsets.UTF_8));
    String newSha = ContentStore.sha256(corrected.getBytes(StandardCharsets.UTF_8));
    try (Archive a = Archive.openForWriting(data)) {
      Ingester ing = TestArchives.ingester(a);
      ing.ingest(List.of(file), IngestListener.NONE);
      Files.writeString(file, corrected, StandardCharsets.UTF_8);
      assertEquals(1, ing.ingest(List.of(file), IngestListener.NONE).replaced());
    }
    BackupManifest m = Backup.run(data, tmp.resolve("backup"));
    Set<String> stored = new HashSet<>();
    m.files().forEach(e -> stored.add(e.path()));
    assertEquals(2, m.originals(), "both versions' originals");
    assertTrue(stored.contains("store/" + oldSha.substring(0, 2) + "/" + oldSha), "version 1's original in the backup");
    assertTrue(stored.contains("store/" + newSha.substring(0, 2) + "/" + newSha));

    Restore.run(tmp.resolve("backup"), tmp.resolve("restored"), false);
    try (Archive a = Archive.openReadOnly(tmp.resolve("restored"))) {
      ArchivedDocument d = a.resolve(ArchivedDocument.idOf(newSha)).orElseThrow();
      assertEquals(ArchivedDocument.idOf(oldSha), d.id(), "the permanent id is the first version's");
      assertEquals(2, d.versionNumber());
      try (InputStream in = a.openOriginal(d, 1)) {
        assertArrayEquals(first.getBytes(StandardCharsets.UTF_8), in.readAllBytes());
      }
    }
  }

  private static String document(int i) {
    StringBuilder sb = new StringBuilder("VĂN BẢN MẪU - dữ liệu kiểm thử sao lưu\nĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH UỶ HÀ NAM\n");
    sb.append("Số ").append(i + 100).append("-TB/TU\nTHÔNG BÁO\nvề kết quả kiểm tra số ").append(i).append('\n');
    for (int k = 0; k < 30; k++) {
      sb.append("Nội dung thông báo ").append(i).append(", đoạn ").append(k).append(".\n");
    }
    return sb.toString();
  }

  private static long generation(Path data) throws IOException {
    try (FSDirectory d = FSDirectory.open(data.resolve("lucene"))) {
      return SegmentInfos.readLatestCommit(d).getGeneration();
    }
  }

  private static Map<String, ArchivedDocument> all(Archive a) throws IOException {
    Map<String, ArchivedDocument> docs = new HashMap<>();
    try (ArchiveSearcher.View v = a.searcher().acquire()) {
      for (ScoreDoc sd : v.searcher().search(new MatchAllDocsQuery(), Integer.MAX_VALUE).scoreDocs) {
        ArchivedDocument d = v.load(sd.doc);
        docs.put(d.id(), d);
      }
    }
    return docs;
  }
}
