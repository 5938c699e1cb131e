package io.vankien.cli;

import io.vankien.config.ConfigDefaultProvider;
import io.vankien.config.Configuration;
import io.vankien.config.Setting;
import io.vankien.config.SettingType;
import io.vankien.config.Source;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code config}: the effective configuration, each value with where it came from, printed as a
 * {@code vankien.properties} that reads back the same. It takes every setting's option, so a flag's effect can
 * be seen before giving it to serve or ingest.
 */
@Command(name = "config", mixinStandardHelpOptions = true,
    description = "Print the effective configuration (default < configuration file < environment < flag), each"
        + " setting with its source, as a vankien.properties file. Takes the options of serve and ingest.")
public final class ConfigCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConfigOption config;
  @Mixin DataDirOption data;

  /** The command with an option for every setting but the data folder (which {@code --index} sets). */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new ConfigCommand());
    CommandSpec spec = cl.getCommandSpec();
    for (Setting s : Setting.values()) {
      if (s == Setting.DATA) {
        continue;
      }
      OptionSpec.Builder b = OptionSpec.builder(s.options().get(0)).description(s.description());
      if (s.type() == SettingType.BOOLEAN) {
        b.type(boolean.class).arity("0").negatable(true).fallbackValue("true"); // else picocli inverts a true default
      } else if (s.type() == SettingType.ORIGINS) {
        b.type(List.class).auxiliaryTypes(String.class).splitRegex(",").paramLabel("ORIGIN");
      } else {
        b.type(String.class).paramLabel(s.key().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
      }
      spec.addOption(b.build());
    }
    return cl;
  }

  @Override
  public Integer call() {
    ParseResult parsed = spec.commandLine().getParseResult();
    Map<Setting, Map.Entry<String, String>> flags = new EnumMap<>(Setting.class);
    for (Setting s : Setting.values()) {
      OptionSpec o = spec.findOption(s.options().get(0));
      if (o != null && parsed.hasMatchedOption(o)) {
        Object v = o.getValue();
        String text = v instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
            : String.valueOf(v);
        flags.put(s, Map.entry(o.longestName(), text));
      }
    }
    ConfigDefaultProvider provider = (ConfigDefaultProvider) spec.defaultValueProvider();
    Configuration c = provider.configuration(spec, flags);
    StringBuilder out = new StringBuilder(c.render());
    boolean fileFlag = c.get(Setting.STAFF_TOKEN_FILE).source().kind() == Source.Kind.FLAG;
    if (!fileFlag && provider.environmentSets("VANKIEN_STAFF_TOKEN")) {
      out.append("# VANKIEN_STAFF_TOKEN is set: serve uses it instead of staff-token-file\n");
    }
    boolean passwordFlag = c.get(Setting.CLUSTER_PASSWORD_FILE).source().kind() == Source.Kind.FLAG;
    if (!passwordFlag && provider.environmentSets("VANKIEN_CLUSTER_PASSWORD")) {
      out.append("# VANKIEN_CLUSTER_PASSWORD is set: ingest uses it instead of cluster-password-file\n");
    }
    spec.commandLine().getOut().print(out);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
