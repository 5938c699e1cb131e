package io.vankien.cli;

import io.vankien.index.Archive;
import io.vankien.meta.AccessLevel;
import io.vankien.web.WebOptions;
import io.vankien.web.WebServer;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: the HTTP API and web UI. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the HTTP API and web UI.")
public final class ServeCommand implements Callable<Integer> {
  /** The shortest staff token accepted, from a file or the environment. */
  static final int MIN_TOKEN_CHARS = 12;

  @Mixin DataDirOption data;

  @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0: every interface,"
          + " see README on exposing the service).")
  String host;

  @Option(names = "--web", paramLabel = "DIR", description = "Folder of the UI's static files (default: web/ of the installation).")
  Path web;

  @Option(names = "--staff-token-file", paramLabel = "FILE",
      description = "File holding the token staff send (Authorization: Bearer ...) to upload, edit and delete"
          + " documents; or set VANKIEN_STAFF_TOKEN. Without either, those endpoints are disabled.")
  Path staffTokenFile;

  @Option(names = "--default-access", paramLabel = "LEVEL", converter = AccessLevelConverter.class,
      defaultValue = "${env:VANKIEN_DEFAULT_ACCESS:-internal}",
      description = "Access level of an uploaded document that states none: public, internal or restricted"
          + " (default: $VANKIEN_DEFAULT_ACCESS, else internal).")
  AccessLevel defaultAccess;

  @Option(names = "--secure-cookies", description = "Mark the session cookie Secure (when users reach the"
      + " service over HTTPS, through a reverse proxy).")
  boolean secureCookies;

  @Option(names = "--cors-origin", paramLabel = "ORIGIN",
      description = "An origin (https://host[:port]) whose web pages may call this API from a browser; repeat"
          + " for several. Default: none (browsers allow only the UI served here).")
  List<String> corsOrigins = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    WebOptions options = WebOptions.defaults().withCorsOrigins(corsOrigins(corsOrigins))
        .withDefaultAccess(defaultAccess).withSecureCookies(secureCookies);
    return serve(data.dir(), host, port, web == null ? Home.webDir() : web, staffToken(staffTokenFile), options);
  }

  /** The origins as given, checked: scheme://host[:port], nothing else. */
  static List<String> corsOrigins(List<String> given) {
    List<String> out = new ArrayList<>();
    for (String o : given) {
      String s = o.strip();
      URI u;
      try {
        u = URI.create(s);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--cors-origin: not an origin: '" + o + "'");
      }
      boolean plain = ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null
          && (u.getRawPath() == null || u.getRawPath().isEmpty()) && u.getRawQuery() == null && u.getUserInfo() == null;
      if (!plain) {
        throw new IllegalArgumentException("--cors-origin: must be scheme://host[:port] (no path, no '*'), got '" + o + "'");
      }
      out.add(s);
    }
    return out;
  }

  static String staffToken(Path file) throws java.io.IOException {
    if (file != null) {
      String t = java.nio.file.Files.readString(file).strip();
      if (t.length() < MIN_TOKEN_CHARS) {
        throw new IllegalArgumentException("--staff-token-file: the token in " + file
            + " is too short (at least " + MIN_TOKEN_CHARS + " characters)");
      }
      return t;
    }
    return envToken(System.getenv("VANKIEN_STAFF_TOKEN"));
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
    Archive archive = Archive.openForWriting(dataDir);
    WebServer server = new WebServer(archive, web, staffToken, options);
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
