package io.vankien.cli;

import io.vankien.audit.AuditLog;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code audit}: the last events of the audit log, one JSON line each, oldest first. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "Print the last events of the audit log (sign-ins, uploads, edits, deletes, views and"
        + " downloads of restricted documents, account changes), one JSON line each.")
public final class AuditCommand implements Callable<Integer> {
  @Mixin DataDirOption data;

  @Option(names = {"-n", "--tail"}, defaultValue = "50", description = "How many events (default: ${DEFAULT-VALUE}).")
  int tail;

  @Override
  public Integer call() throws Exception {
    for (String line : new AuditLog(data.dir()).tailLines(tail)) {
      System.out.println(line);
    }
    return 0;
  }
}
