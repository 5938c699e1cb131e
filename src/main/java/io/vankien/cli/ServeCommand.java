package io.vankien.cli;

import io.vankien.index.Archive;
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

  @Override
  public Integer call() throws Exception {
    return serve(data.dir(), host, port, web == null ? Home.webDir() : web);
  }

  static int serve(Path dataDir, String host, int port, Path web) throws Exception {
    Archive archive = Archive.openForWriting(dataDir);
    WebServer server = new WebServer(archive, web);
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
