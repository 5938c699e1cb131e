package io.vankien.cli;

import io.vankien.backup.Restore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code restore SRC}: a backup back into place as the data folder. */
@Command(name = "restore", mixinStandardHelpOptions = true,
    description = "Restore a backup folder (from `backup`) as the data folder: every file is checked against"
        + " the backup's manifest first, and a damaged backup changes nothing. Refuses a data folder in use by"
        + " a server or an ingest, and a non-empty one without --force.")
public final class RestoreCommand implements Callable<Integer> {
  @Mixin DataDirOption data;

  @Parameters(index = "0", paramLabel = "SRC", description = "Backup folder holding manifest.json.")
  Path src;

  @Option(names = "--force", description = "Replace a non-empty data folder (its contents are moved to a"
      + " sibling folder DIR.before-restore-TIME, not deleted).")
  boolean force;

  @Override
  public Integer call() throws Exception {
    Restore.Result r = Restore.run(src, data.dir(), force);
    System.out.printf("restored %d documents (index commit %d of %s, backed up %s) into %s%n", r.manifest().numDocs(),
        r.manifest().generation(), r.manifest().source(), r.manifest().created(), data.dir().toAbsolutePath());
    if (r.previous() != null) {
      System.out.println("the former contents of the data folder are in " + r.previous() + " (delete it once the"
          + " restored archive is checked)");
    }
    return 0;
  }
}
