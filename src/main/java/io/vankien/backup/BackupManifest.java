package io.vankien.backup;

import io.vankien.search.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code manifest.json} of a backup folder, written last: what was copied, from which commit, and every
 * file's size and SHA-256, so a restore can prove the copy whole before it replaces anything.
 *
 * @param format {@link #FORMAT}
 * @param created ISO instant the backup finished
 * @param source absolute path of the data folder backed up
 * @param generation generation of the copied Lucene commit
 * @param segmentsFile its segments file
 * @param schema the index schema version the commit records ({@code vankien.schema})
 * @param maxDoc documents in the commit, deleted ones included
 * @param numDocs live documents in the commit
 * @param originals original files copied (one per version of each live document)
 * @param files every file of the backup but this manifest, paths relative to the backup folder with {@code /}
 */
public record BackupManifest(String format, String created, String source, long generation, String segmentsFile,
    String schema, int maxDoc, int numDocs, int originals, List<Entry> files) {
  public static final String FILE_NAME = "manifest.json";
  public static final String FORMAT = "vankien-backup/1";

  /** One file: path relative to the backup folder, size in bytes, SHA-256 in hex. */
  public record Entry(String path, long size, String sha256) {}

  public BackupManifest {
    files = files == null ? List.of() : List.copyOf(files);
  }

  /** Total bytes of the listed files. */
  public long bytes() {
    return files.stream().mapToLong(Entry::size).sum();
  }

  /** Writes the manifest into the folder (temp file, fsync, rename). */
  void writeTo(Path folder) throws IOException {
    Path tmp = folder.resolve(FILE_NAME + ".tmp");
    Files.writeString(tmp, Json.pretty(this) + "\n");
    try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    Files.move(tmp, folder.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    FileCopy.syncFolder(folder);
  }

  /** Reads the manifest of a backup folder; a clear error when there is none or it is not one. */
  public static BackupManifest readFrom(Path folder) throws IOException {
    Path f = folder.resolve(FILE_NAME);
    BackupManifest m;
    try {
      m = Json.MAPPER.readValue(f.toFile(), BackupManifest.class);
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      throw new BackupException(folder + " has no " + FILE_NAME + ": it is not a vankien backup, or its backup"
          + " did not finish");
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new BackupException(f + " is not a readable backup manifest: " + e.getOriginalMessage(), e);
    }
    if (!FORMAT.equals(m.format()) || m.files().isEmpty()) {
      throw new BackupException(f + " is not a " + FORMAT + " manifest (format: " + m.format() + ")");
    }
    return m;
  }
}
