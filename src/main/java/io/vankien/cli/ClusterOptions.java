package io.vankien.cli;

import io.vankien.cluster.ClusterTarget;
import io.vankien.config.Setting;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The cluster options of {@code ingest} (writes into the cluster too) and {@code serve} (answers from it): its
 * address, index and credentials, each also a setting ({@link Setting#CLUSTER_URL} ...).
 */
public final class ClusterOptions {
  @Option(names = "--cluster", paramLabel = "URL", description = "OpenSearch cluster (http[s]://host:port, or several"
      + " nodes' addresses separated by commas, each tried in turn when one cannot be reached; the"
      + " analysis-vankien plugin installed): ingest also writes the documents to it through its bulk API, the"
      + " data folder kept as always; serve answers searches from it (README, \"On a cluster\") (setting"
      + " cluster-url, $VANKIEN_CLUSTER_URL). Default: none.")
  String url;

  @Option(names = "--cluster-index", paramLabel = "NAME", description = "The cluster's index, created from the"
      + " index template when missing (default: ${DEFAULT-VALUE}; setting cluster-index).")
  String index;

  @Option(names = "--cluster-user", paramLabel = "USER", description = "User of the cluster, HTTP basic"
      + " authentication (setting cluster-user, $VANKIEN_CLUSTER_USER).")
  String user;

  @Option(names = "--cluster-password-file", paramLabel = "FILE", description = "File holding the cluster user's"
      + " password; or set VANKIEN_CLUSTER_PASSWORD, which overrides the setting cluster-password-file (not this"
      + " option).")
  Path passwordFile;

  /** The cluster the options and the configuration name; null for none. */
  ClusterTarget target(CommandSpec spec) throws java.io.IOException {
    if (url == null || url.isBlank()) {
      return null;
    }
    String canonicalUrl;
    String canonicalIndex;
    try {
      canonicalUrl = Setting.CLUSTER_URL.canonical(url);
      canonicalIndex = Setting.CLUSTER_INDEX.canonical(index == null ? Setting.CLUSTER_INDEX.defaultValue() : index);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "cluster setting: " + e.getMessage());
    }
    boolean fileFlag = spec.commandLine().getParseResult().hasMatchedOption("--cluster-password-file");
    return new ClusterTarget(ClusterTarget.parseUrls(canonicalUrl), canonicalIndex, user,
        password(passwordFile, fileFlag, System.getenv("VANKIEN_CLUSTER_PASSWORD")));
  }

  /**
   * The cluster password: from the file named by the option, else VANKIEN_CLUSTER_PASSWORD, else the file the
   * configuration names (flag beats environment beats file); null for none.
   */
  static String password(Path file, boolean fromFlag, String env) throws java.io.IOException {
    String fromEnv = env == null || env.isBlank() ? null : env.strip();
    if (file == null || (fromEnv != null && !fromFlag)) {
      return fromEnv;
    }
    return java.nio.file.Files.readString(file).strip();
  }
}
