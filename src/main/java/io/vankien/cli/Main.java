package io.vankien.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vankien} command line. */
@Command(
    name = "vankien",
    mixinStandardHelpOptions = true,
    version = "vankien 0.1.0",
    description = "Full-text search and archive for Vietnamese provincial Party documents.",
    subcommands = {
      IngestCommand.class,
      SearchCommand.class,
      ShowCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      EvalCommand.class,
      ExtractEvalCommand.class,
      BenchCommand.class,
      BenchCorpusCommand.class,
      UserCommand.class,
      AuditCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      StartupTrainingCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  /** Held so the level set on it is not lost when the logger is garbage collected. */
  private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (for tests). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
      if (System.getenv("VANKIEN_DEBUG") != null) {
        ex.printStackTrace(commandLine.getErr());
      }
      return ex instanceof io.vankien.search.BadRequestException ? 2 : 1;
    });
    return cl;
  }
}
