package io.vankien.cli;

import io.vankien.backup.Backup;
import io.vankien.backup.BackupManifest;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code backup DEST}: a consistent copy of the data folder, also while a server writes it. */
@Command(name = "backup", mixinStandardHelpOptions = true,
    description = "Copy the data folder into DEST (a new or empty folder), also while a server or an ingest"
        + " writes it: the last index commit, the original of every document in it, the other files, and"
        + " DEST/manifest.json with every file's size and SHA-256.")
public final class BackupCommand implements Callable<Integer> {
  @Mixin DataDirOption data;

  @Parameters(index = "0", paramLabel = "DEST", description = "Backup folder (created; must be absent or empty).")
  Path dest;

  @Override
  public Integer call() throws Exception {
    long t = System.nanoTime();
    BackupManifest m = Backup.run(data.dir(), dest);
    System.out.printf("backup of %s: %d documents (index commit %d), %d originals, %d files, %.1f MB in %.1f s"
            + " -> %s%n", data.dir().toAbsolutePath(), m.numDocs(), m.generation(), m.originals(), m.files().size(),
        m.bytes() / 1e6, (System.nanoTime() - t) / 1e9, dest.toAbsolutePath());
    return 0;
  }
}
