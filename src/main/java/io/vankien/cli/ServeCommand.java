package io.vankien.cli;

import io.vankien.index.Archive;
import io.vankien.meta.AccessLevel;
import io.vankien.web.WebServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: the HTTP API and web UI. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the HTTP API and web UI.")
public final class ServeCommand implements Callable<Integer> {
  @Mixin DataDirOption data;

  @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
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

  @Override
  public Integer call() throws Exception {
    return serve(data.dir(), host, port, web == null ? Home.webDir() : web, staffToken(staffTokenFile),
        defaultAccess, secureCookies);
  }

  static String staffToken(Path file) throws java.io.IOException {
    if (file != null) {
      String t = java.nio.file.Files.readString(file).strip();
      if (t.length() < 12) {
        throw new IllegalArgumentException("--staff-token-file: the token in " + file
            + " is too short (at least 12 characters)");
      }
      return t;
    }
    String env = System.getenv("VANKIEN_STAFF_TOKEN");
    return env == null || env.isBlank() ? null : env.strip();
  }

  static int serve(Path dataDir, String host, int port, Path web, String staffToken, AccessLevel defaultAccess,
      boolean secureCookies) throws Exception {
    Archive archive = Archive.openForWriting(dataDir);
    WebServer server = new WebServer(archive, web, staffToken, defaultAccess, secureCookies);
    server.start(host, port);
    System.err.printf("vankien serving %s at http://%s:%d/ (Ctrl+C to stop)%n", dataDir.toAbsolutePath(),
        host.equals("0.0.0.0") ? "localhost" : host, server.port());
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
}
