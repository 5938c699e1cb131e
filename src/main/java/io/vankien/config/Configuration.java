package io.vankien.config;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The effective settings: each one's value and where it came from. A flag beats the environment, which beats
 * the file, which beats the default.
 */
public final class Configuration {
  /** A setting's effective value (canonical spelling) and its source. */
  public record Value(String value, Source source) {}

  private final Optional<ConfigFile> file;
  private final Map<Setting, Value> values;

  private Configuration(Optional<ConfigFile> file, Map<Setting, Value> values) {
    this.file = file;
    this.values = Collections.unmodifiableMap(values);
  }

  /**
   * @param file the configuration file read, if any
   * @param env the environment (System::getenv, or a map's get in tests)
   * @param flags values given on the command line, by setting, with the option that gave each
   * @throws ConfigException for a bad value in the environment or a flag
   */
  public static Configuration resolve(Optional<ConfigFile> file, Function<String, String> env,
      Map<Setting, Map.Entry<String, String>> flags) {
    Map<Setting, Value> out = new EnumMap<>(Setting.class);
    for (Setting s : Setting.values()) {
      Value v = new Value(s.defaultValue(), Source.DEFAULT);
      if (file.isPresent() && file.get().values().containsKey(s)) {
        v = new Value(file.get().values().get(s), Source.file(file.get().path()));
      }
      Optional<String> variable = s.env();
      String fromEnv = variable.map(env).orElse(null);
      if (fromEnv != null && !fromEnv.isBlank()) {
        v = new Value(check(s, fromEnv, "environment variable " + variable.get()), Source.environment(variable.get()));
      }
      Map.Entry<String, String> flag = flags.get(s);
      if (flag != null) {
        v = new Value(check(s, flag.getValue(), "option " + flag.getKey()), Source.flag(flag.getKey()));
      }
      out.put(s, v);
    }
    return new Configuration(file, out);
  }

  private static String check(Setting s, String raw, String where) {
    try {
      return s.canonical(raw);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(where + " (" + s.key() + ") = '" + raw + "': " + e.getMessage(), e);
    }
  }

  public Value get(Setting s) {
    return values.get(s);
  }

  public String value(Setting s) {
    return values.get(s).value();
  }

  public Optional<ConfigFile> file() {
    return file;
  }

  /**
   * The effective configuration as a {@code vankien.properties} that reads back to the same values: each
   * setting with its description and source in a comment above it.
   */
  public String render() {
    StringBuilder b = new StringBuilder();
    b.append("# vankien effective configuration (").append(file.map(f -> "file " + f.path()).orElse("no file"))
        .append(")\n");
    for (Setting s : Setting.values()) {
      Value v = values.get(s);
      b.append('\n').append("# ").append(s.description()).append('\n');
      b.append("# from: ").append(v.source()).append(v.source().kind() == Source.Kind.DEFAULT ? "" : "; default: "
          + (s.defaultValue().isEmpty() ? "(none)" : s.defaultValue())).append('\n');
      b.append(ConfigFile.line(s, v.value())).append('\n');
    }
    return b.toString();
  }
}
