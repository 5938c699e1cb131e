package io.vankien.cli;

import io.vankien.cluster.ClusterClient;
import io.vankien.cluster.ClusterMirror;
import io.vankien.cluster.ClusterSearch;
import io.vankien.cluster.OpenSearchSink;
import io.vankien.index.DocumentSink;
import io.vankien.config.Origins;
import io.vankien.index.Archive;
import io.vankien.meta.AccessLevel;
import io.vankien.search.SearchBackend;
import io.vankien.web.WebOptions;
import io.vankien.web.WebServer;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: the HTTP API and web UI. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the HTTP API and web UI.")
public final class ServeCommand implements Callable<Integer> {
  /** The shortest staff token accepted, from a file or the environment. */
  static final int MIN_TOKEN_CHARS = 12;

  @Mixin DataDirOption data;
  @Mixin ConfigOption config;
  @Mixin ClusterOptions clusterOptions;
  @Spec CommandSpec spec;

  @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; setting port).")
  int port;

  @Option(names = "--host",
      description = "Address to bind (default: ${DEFAULT-VALUE}; setting host; 127.0.0.1: this machine only;"
          + " 0.0.0.0: every interface, see README on exposing the service).")
  String host;

  @Option(names = "--web", paramLabel = "DIR", description = "Folder of the UI's static files (default: web/ of the installation).")
  Path web;

  @Option(names = "--staff-token-file", paramLabel = "FILE",
      description = "File holding the token staff send (Authorization: Bearer ...) to upload, edit and delete"
          + " documents; or set VANKIEN_STAFF_TOKEN, which overrides the setting staff-token-file (not this"
          + " option). Without either, those endpoints are disabled.")
  Path staffTokenFile;

  @Option(names = "--default-access", paramLabel = "LEVEL", converter = AccessLevelConverter.class,
      description = "Access level of an uploaded document that states none: public, internal or restricted"
          + " (default: ${DEFAULT-VALUE}; setting default-access, $VANKIEN_DEFAULT_ACCESS).")
  AccessLevel defaultAccess;

  @Option(names = "--secure-cookies", negatable = true, fallbackValue = "true",
      description = "Mark the session cookie Secure (when users reach the service over HTTPS, through a reverse"
          + " proxy; setting secure-cookies).")
  boolean secureCookies;

  @Option(names = "--cors-origin", paramLabel = "ORIGIN", split = ",",
      description = "An origin (https://host[:port]) whose web pages may call this API from a browser; repeat"
          + " for several (setting cors-origins). Default: none (browsers allow only the UI served here).")
  List<String> corsOrigins = new ArrayList<>();

  @Option(names = "--max-upload-mb", paramLabel = "MB",
      description = "Largest file one upload may carry, in MB (default: ${DEFAULT-VALUE}; setting max-upload-mb).")
  long maxUploadMb;

  @Option(names = "--upload-threads", paramLabel = "N",
      description = "Uploads received and extracted at once; more wait, then get 503 (default: half the cores;"
          + " setting upload-threads).")
  Integer uploadThreads;

  @Override
  public Integer call() throws Exception {
    WebOptions defaults = WebOptions.defaults();
    WebOptions options = new WebOptions(maxUploadMb << 20,
        uploadThreads == null ? defaults.concurrentUploads() : uploadThreads, defaults.uploadWait(),
        corsOrigins(corsOrigins), defaultAccess, secureCookies);
    boolean fileFlag = spec.commandLine().getParseResult().hasMatchedOption("--staff-token-file");
    io.vankien.cluster.ClusterTarget target = clusterOptions.target(spec);
    SearchBackend backend = null; // the data folder's own archive
    DocumentSink mirror = null;
    if (target != null) {
      ClusterClient client = new ClusterClient(target);
      io.vankien.cluster.ClusterIndex.check(client); // reached, the index there and of this schema, before serving
      ClusterSearch cluster = new ClusterSearch(client);
      System.err.println("vankien: searches answered by cluster " + target + " (README, \"On a cluster\")");
      backend = cluster;
      mirror = new ClusterMirror(new OpenSearchSink(client));
    }
    return serve(data.dir(), host, port, web == null ? Home.webDir() : web,
        staffToken(staffTokenFile, fileFlag, System.getenv("VANKIEN_STAFF_TOKEN")), options, backend, mirror);
  }

  /** The origins as given, checked: scheme://host[:port], nothing else. */
  static List<String> corsOrigins(List<String> given) {
    try {
      return Origins.check(given);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--cors-origin: " + e.getMessage());
    }
  }

  /**
   * The staff token: from the file named by the option, else from the environment, else from the file the
   * configuration names (flag beats environment beats file).
   *
   * @param file the token file, from the option or the configuration; null for none
   * @param fromFlag whether the file was named on the command line
   * @param env the value of VANKIEN_STAFF_TOKEN, or null
   */
  static String staffToken(Path file, boolean fromFlag, String env) throws java.io.IOException {
    String fromEnv = envToken(env);
    if (file == null || (fromEnv != null && !fromFlag)) {
      return fromEnv;
    }
    String t = java.nio.file.Files.readString(file).strip();
    if (t.length() < MIN_TOKEN_CHARS) {
      throw new IllegalArgumentException("staff token file: the token in " + file
          + " is too short (at least " + MIN_TOKEN_CHARS + " characters)");
    }
    return t;
  }

  /** The token in the file if one is named, else VANKIEN_STAFF_TOKEN's. */
  static String staffToken(Path file) throws java.io.IOException {
    return staffToken(file, true, System.getenv("VANKIEN_STAFF_TOKEN"));
  }

  /** The token from VANKIEN_STAFF_TOKEN; null when unset or blank; refused when shorter than the file token's minimum. */
  static String envToken(String env) {
    if (env == null || env.isBlank()) {
      return null;
    }
    String t = env.strip();
    if (t.length() < MIN_TOKEN_CHARS) {
      throw new IllegalArgumentException("VANKIEN_STAFF_TOKEN is too short (at least " + MIN_TOKEN_CHARS
          + " characters)");
    }
    return t;
  }

  static int serve(Path dataDir, String host, int port, Path web, String staffToken) throws Exception {
    return serve(dataDir, host, port, web, staffToken, WebOptions.defaults());
  }

  static int serve(Path dataDir, String host, int port, Path web, String staffToken, WebOptions options)
      throws Exception {
    return serve(dataDir, host, port, web, staffToken, options, null, null);
  }

  /**
   * @param backend where searches are answered from; null: the data folder's archive
   * @param mirror where the server's writes go besides the data folder (the cluster's {@link ClusterMirror}); null:
   *     the data folder only
   */
  static int serve(Path dataDir, String host, int port, Path web, String staffToken, WebOptions options,
      SearchBackend backend, DocumentSink mirror) throws Exception {
    Archive archive = Archive.openForWriting(dataDir);
    if (mirror != null) {
      archive.mirrorTo(mirror); // what the server writes to the data folder, it writes to the cluster too
    }
    WebServer server = new WebServer(archive, web, staffToken, options, backend);
    server.start(host, port);
    List<String> urls = urls(host, server.port());
    System.err.printf("vankien serving %s at %s (Ctrl+C to stop)%n", dataDir.toAbsolutePath(), String.join(" , ", urls));
    if (!InetAddress.getByName(host).isLoopbackAddress()) {
      System.err.println("vankien: reachable from other machines; see README, \"Exposing the service\"");
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      try {
        archive.close();
      } catch (Exception e) {
        System.err.println("error closing archive: " + e.getMessage());
      }
    }));
    Thread.currentThread().join();
    return 0;
  }

  /** The URLs the server is reachable at: every interface's address for a wildcard host, else the host. */
  static List<String> urls(String host, int port) throws java.io.IOException {
    InetAddress bound = InetAddress.getByName(host);
    List<InetAddress> addresses = new ArrayList<>();
    if (bound.isAnyLocalAddress()) {
      try {
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
          if (ni.isUp()) {
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
              if (!a.isLinkLocalAddress() && (bound instanceof Inet6Address || !(a instanceof Inet6Address))) {
                addresses.add(a);
              }
            }
          }
        }
      } catch (SocketException e) {
        // fall back to the host as given
      }
    }
    if (addresses.isEmpty()) {
      addresses.add(bound);
    }
    addresses.sort((a, b) -> Boolean.compare(a.isLoopbackAddress(), b.isLoopbackAddress())); // reachable ones first
    List<String> urls = new ArrayList<>();
    for (InetAddress a : addresses) {
      String h = a instanceof Inet6Address ? "[" + a.getHostAddress().replaceAll("%.*", "") + "]" : a.getHostAddress();
      urls.add("http://" + h + ":" + port + "/");
    }
    return urls;
  }
}
