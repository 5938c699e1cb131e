package io.vankien.cli;

import io.vankien.config.Setting;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option every command takes. */
public final class DataDirOption {
  @Option(names = "--index", paramLabel = "DIR", defaultValue = Setting.DEFAULT_DATA_DIR,
      description = "Data folder: Lucene index, original files, reports (default: ${DEFAULT-VALUE}).")
  Path dir;

  public Path dir() {
    return dir;
  }
}
