package io.vankien.cli;

import io.vankien.config.ConfigDefaultProvider;
import io.vankien.config.Setting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vankien} command line. */
@Command(
    name = "vankien",
    mixinStandardHelpOptions = true,
    version = "vankien 0.1.0",
    description = "Full-text search and archive for Vietnamese provincial Party documents.")
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
    return commandLine(ConfigDefaultProvider.system(), args.length == 0 ? null : args[0]).execute(args);
  }

  /**
   * The subcommands, in the order the usage lists them; each built only when asked for, since picocli reflects
   * over every option of every command it registers (a fifth of the server's start-up before this was lazy).
   */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> m = new LinkedHashMap<>();
    m.put("ingest", IngestCommand::new);
    m.put("search", SearchCommand::commandLine);
    m.put("show", ShowCommand::new);
    m.put("export", ExportCommand::commandLine);
    m.put("serve", ServeCommand::new);
    m.put("demo", DemoCommand::new);
    m.put("eval", EvalCommand::new);
    m.put("extract-eval", ExtractEvalCommand::new);
    m.put("relations-eval", RelationsEvalCommand::new);
    m.put("bench", BenchCommand::new);
    m.put("bench-corpus", BenchCorpusCommand::new);
    m.put("user", UserCommand::new);
    m.put("audit", AuditCommand::new);
    m.put("backup", BackupCommand::new);
    m.put("restore", RestoreCommand::new);
    m.put("upgrade", UpgradeCommand::new);
    m.put("compact", CompactCommand::new);
    m.put("startup-training", StartupTrainingCommand::new);
    m.put("package", PackageCommand::new);
    m.put("help", CommandLine.HelpCommand::new);
    m.put("config", ConfigCommand::commandLine);
    return m;
  }

  /**
   * Exit status of a command refused because the archive is of another format (sysexits' EX_CONFIG): the
   * systemd unit does not restart the service on it ({@code RestartPreventExitStatus}), since only {@code
   * vankien upgrade} can change the answer.
   */
  static final int ARCHIVE_FORMAT_EXIT = 78;

  /** The commands whose options take their defaults from the configuration (vankien.properties). */
  static final List<String> CONFIGURED = List.of("serve", "demo", "ingest", "config");
  /**
   * The commands that take only the data folder from the configuration (the file in ./index or /etc/vankien), so
   * that on an installed server they open /var/lib/vankien without --index.
   */
  static final List<String> DATA_FOLDER_ONLY = List.of("search", "show", "export", "backup", "restore", "audit",
      "user", "upgrade", "compact");

  public static CommandLine commandLine() {
    return commandLine(ConfigDefaultProvider.system());
  }

  /** The command line, its configuration read through the given provider (another folder and environment in tests). */
  public static CommandLine commandLine(ConfigDefaultProvider config) {
    return commandLine(config, null);
  }

  /**
   * The command line with only the subcommand {@code first} names, when it names one (the others are not
   * needed to run it); with all of them otherwise, so usage, help and mistakes list every command.
   */
  static CommandLine commandLine(ConfigDefaultProvider config, String first) {
    CommandLine cl = new CommandLine(new Main());
    boolean all = first == null || !COMMANDS.containsKey(first) || "help".equals(first);
    for (Map.Entry<String, Supplier<Object>> c : COMMANDS.entrySet()) {
      if (all || first.equals(c.getKey())) {
        cl.addSubcommand(c.getKey(), c.getValue().get());
      }
    }
    for (Map.Entry<String, CommandLine> sub : cl.getSubcommands().entrySet()) {
      if (CONFIGURED.contains(sub.getKey())) {
        sub.getValue().setDefaultValueProvider(config);
      } else if (DATA_FOLDER_ONLY.contains(sub.getKey())) { // user: its subcommands too
        sub.getValue().setDefaultValueProvider(config.only(Set.of(Setting.DATA)));
      }
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
      if (ex instanceof io.vankien.index.ArchiveFormatException) {
        return ARCHIVE_FORMAT_EXIT;
      }
      return ex instanceof io.vankien.search.BadRequestException ? 2 : 1;
    });
    return cl;
  }
}
