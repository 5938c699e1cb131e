package io.vankien.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which {@code vankien.properties} a command reads: the one named by {@code --config}, else the one in the data
 * folder, else the one in the system folder (/etc/vankien); exactly one file, or none.
 *
 * @param systemDir the system folder (/etc/vankien; another in tests)
 */
public record ConfigLocator(Path systemDir) {
  public static final Path SYSTEM_DIR = Path.of("/etc/vankien");

  public static ConfigLocator system() {
    return new ConfigLocator(SYSTEM_DIR);
  }

  /**
   * @param explicit the file given with {@code --config}, or null
   * @param dataDir the data folder the command line names, or the default one
   * @throws ConfigException when the explicit file does not exist
   */
  public Optional<Path> find(Path explicit, Path dataDir) {
    if (explicit != null) {
      if (!Files.isRegularFile(explicit)) {
        throw new ConfigException("--config: no such file: " + explicit);
      }
      return Optional.of(explicit);
    }
    for (Path candidate : new Path[] {dataDir.resolve(Setting.FILE_NAME), systemDir.resolve(Setting.FILE_NAME)}) {
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
