package io.vankien.config;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Picocli's defaults of a command's options from the configuration: for an option that sets a {@link Setting}
 * and is not on the command line, the environment's value, else the file's, else the setting's default. Picocli
 * asks after parsing the command line, so the file is found from the {@code --config} and {@code --index}
 * given there.
 */
public final class ConfigDefaultProvider implements IDefaultValueProvider {
  /** The option naming the configuration file. */
  public static final String CONFIG_OPTION = "--config";

  private final ConfigLocator locator;
  private final Function<String, String> env;
  private final Set<Setting> settings;
  private final Map<CommandSpec, Configuration> resolved = new IdentityHashMap<>();

  /** A provider of every setting's option. */
  public ConfigDefaultProvider(ConfigLocator locator, Function<String, String> env) {
    this(locator, env, EnumSet.allOf(Setting.class));
  }

  private ConfigDefaultProvider(ConfigLocator locator, Function<String, String> env, Set<Setting> settings) {
    this.locator = locator;
    this.env = env;
    this.settings = Set.copyOf(settings);
  }

  /** The same file and environment, for the options of these settings only (others keep their own defaults). */
  public ConfigDefaultProvider only(Set<Setting> these) {
    return new ConfigDefaultProvider(locator, env, these);
  }

  /** The system's: /etc/vankien and the process environment. */
  public static ConfigDefaultProvider system() {
    return new ConfigDefaultProvider(ConfigLocator.system(), System::getenv);
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    if (!(arg instanceof OptionSpec option)) {
      return null;
    }
    Optional<Setting> setting = Setting.byOption(option.longestName()).filter(settings::contains);
    if (setting.isEmpty()) {
      return null;
    }
    return picocliValue(setting.get(), configuration(arg.command(), Map.of()).value(setting.get()));
  }

  /**
   * The configuration of a command whose command line has been parsed: its {@code --config} file, else the
   * one found from its {@code --index}, and the given flags.
   */
  public Configuration configuration(CommandSpec command, Map<Setting, Map.Entry<String, String>> flags) {
    if (!flags.isEmpty()) {
      return resolve(command, flags);
    }
    return resolved.computeIfAbsent(command, c -> resolve(c, Map.of()));
  }

  private Configuration resolve(CommandSpec command, Map<Setting, Map.Entry<String, String>> flags) {
    String explicit = given(command, CONFIG_OPTION);
    String data = given(command, Setting.DATA.options().get(0));
    Optional<Path> file = locator.find(explicit == null ? null : Path.of(explicit),
        Path.of(data == null ? Setting.DEFAULT_DATA_DIR : data));
    return Configuration.resolve(file.map(ConfigFile::read), env, flags);
  }

  /** Whether the environment holds a non-blank value for the variable. */
  public boolean environmentSets(String variable) {
    String v = env.apply(variable);
    return v != null && !v.isBlank();
  }

  /** The value an option was given on the command line, or null. */
  private static String given(CommandSpec command, String name) {
    OptionSpec o = command.findOption(name);
    return o == null || o.originalStringValues().isEmpty() ? null : o.originalStringValues().get(0);
  }

  /** A setting's value as picocli takes it for the option; null leaves the option to its command. */
  static String picocliValue(Setting s, String value) {
    if (s.type() == SettingType.THREADS && SettingType.AUTO.equals(value)) {
      return null; // the command chooses from the cores
    }
    return value.isEmpty() ? null : value;
  }
}
