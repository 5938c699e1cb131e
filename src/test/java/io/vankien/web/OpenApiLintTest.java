package io.vankien.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The API description passes Redocly CLI's recommended rules (every operation declares its security, every
 * schema is well formed). The linter comes from npm: .ci/run installs it into target/tools.
 */
class OpenApiLintTest {
  private static final Path REDOCLY = Path.of("target", "tools", "node_modules", ".bin", "redocly");
  private static final Path SPEC = Path.of("src", "main", "resources", "io", "vankien", "web", "openapi.json");

  @Test
  void theSpecPassesRedoclysRecommendedRules() throws Exception {
    assumeTrue(Files.isExecutable(REDOCLY), "no " + REDOCLY + " (.ci/run installs @redocly/cli with npm)");
    Process p = new ProcessBuilder(REDOCLY.toString(), "lint", SPEC.toString(), "--format", "stylish")
        .redirectErrorStream(true).start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    p.getInputStream().transferTo(out);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "redocly did not finish");
    String log = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), log);
    assertTrue(log.contains("is valid"), log);
  }
}
