package io.vankien.cli;

import io.vankien.ops.DebianPackager;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code package}: the Debian package (jlink'd runtime, jpackage .deb, systemd unit). */
@Command(name = "package", mixinStandardHelpOptions = true,
    description = "Build the Debian package target/package/vankien_VERSION_amd64.deb with jpackage: its own"
        + " Java runtime (jlink), the vankien command, the systemd unit vankien.service, /etc/vankien. Needs a"
        + " JDK 21+ (the launcher's), dpkg-deb and fakeroot. See README, \"Operating\".")
public final class PackageCommand implements Callable<Integer> {
  @Option(names = "--dest", paramLabel = "DIR", description = "Output folder (default: target/package of the"
      + " installation).")
  Path dest;

  @Option(names = "--compression", defaultValue = "xz", paramLabel = "TYPE",
      description = "dpkg-deb compressor: xz (default, smallest), zstd, gzip or none (quickest, for tests).")
  String compression;

  @Override
  public Integer call() throws Exception {
    String version = DebianPackager.versionOf(Main.class.getAnnotation(Command.class).version()[0]);
    DebianPackager packager = new DebianPackager(Home.dir(), Path.of(System.getProperty("java.home")), version,
        compression);
    Path out = dest == null ? Home.dir().resolve("target/package") : dest;
    System.err.println("vankien: building the Debian package (jlink, jpackage, dpkg-deb; minutes with xz)...");
    Path deb = packager.build(out);
    System.out.println(deb);
    return 0;
  }
}
