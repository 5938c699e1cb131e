package io.vankien.cli;

import io.vankien.config.ConfigDefaultProvider;
import io.vankien.config.Setting;
import java.util.List;
import java.util.Set;
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
      PackageCommand.class,
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

  /** The commands whose options take their defaults from the configuration (vankien.properties). */
  static final List<String> CONFIGURED = List.of("serve", "demo", "ingest", "config");
  /**
   * The commands that take only the data folder from the configuration (the file in ./index or /etc/vankien), so
   * that on an installed server they open /var/lib/vankien without --index.
   */
  static final List<String> DATA_FOLDER_ONLY = List.of("search", "show", "export", "backup", "restore", "audit",
      "user");

  public static CommandLine commandLine() {
    return commandLine(ConfigDefaultProvider.system());
  }

  /** The command line, its configuration read through the given provider (another folder and environment in tests). */
  public static CommandLine commandLine(ConfigDefaultProvider config) {
    CommandLine cl = new CommandLine(new Main());
    cl.addSubcommand("config", ConfigCommand.commandLine());
    for (String name : CONFIGURED) {
      cl.getSubcommands().get(name).setDefaultValueProvider(config);
    }
    for (String name : DATA_FOLDER_ONLY) { // user: its subcommands too
      cl.getSubcommands().get(name).setDefaultValueProvider(config.only(Set.of(Setting.DATA)));
    }
    CommandLine.IParameterExceptionHandler usage = cl.getParameterExceptionHandler();
    cl.setParameterExceptionHandler((ex, args) -> {
      for (Throwable t = ex; t != null; t = t.getCause()) {
        if (t instanceof io.vankien.config.ConfigException bad) { // a bad file is not a usage mistake
          ex.getCommandLine().getErr().println("error: " + bad.getMessage());
          return 2;
        }
      }
      return usage.handleParseException(ex, args);
    });
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
