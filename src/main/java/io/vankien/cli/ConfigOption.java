package io.vankien.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --config FILE} option of the commands that read {@code vankien.properties}. */
public final class ConfigOption {
  @Option(names = io.vankien.config.ConfigDefaultProvider.CONFIG_OPTION, paramLabel = "FILE",
      description = "Configuration file (default: DATA/vankien.properties, else /etc/vankien/vankien.properties,"
          + " if present). Flags and environment variables override it.")
  Path file;
}
