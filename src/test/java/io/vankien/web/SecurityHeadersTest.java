package io.vankien.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Security headers on UI and API; CORS only for configured origins. */
@Timeout(60)
class SecurityHeadersTest {
  private static final Path WEB = Path.of("web");
  @TempDir Path tmp;

  private static void assertSecurityHeaders(HttpResponse<String> r) {
    String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
    assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
    assertEquals("deny", r.headers().firstValue("X-Frame-Options").orElse("").toLowerCase());
    assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(null));
  }

  @Test
  void uiAndApiCarryTheHeadersAndNoCorsByDefault() throws Exception {
    try (TestServer s = new TestServer(tmp.resolve("data"), WEB, WebOptions.defaults())) {
      HttpResponse<String> ui = s.get("/");
      assertEquals(200, ui.statusCode());
      assertSecurityHeaders(ui);
      assertSecurityHeaders(s.get("/js/app.js"));
      HttpResponse<String> api = s.send(s.request("/api/health").header("Origin", "https://evil.example"));
      assertSecurityHeaders(api);
      assertTrue(api.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), api.headers().toString());
      assertSecurityHeaders(s.get("/api/search?page=x")); // a 400 too
    }
  }

  @Test
  void theUiHasNoInlineScriptStyleOrHandlers() throws Exception {
    String html = Files.readString(WEB.resolve("index.html"));
    assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(html).find(), "inline <script>");
    assertFalse(html.contains("<style"), "inline <style>");
    assertFalse(Pattern.compile("\\s(on[a-z]+|style)\\s*=").matcher(html).find(), "inline handler or style attribute");
    try (var js = Files.list(WEB.resolve("js"))) {
      for (Path f : js.toList()) {
        String code = Files.readString(f);
        assertFalse(code.contains("setAttribute('style'"), f + ": a style attribute is refused by the CSP");
        assertFalse(code.contains("eval(") || code.contains("new Function("), f + ": eval is refused by the CSP");
      }
    }
  }

  @Test
  void corsOpensOnlyForConfiguredOrigins() throws Exception {
    WebOptions cors = WebOptions.defaults().withCorsOrigins(List.of("https://intranet.example"));
    try (TestServer s = new TestServer(tmp.resolve("data"), null, cors)) {
      HttpResponse<String> ok = s.send(s.request("/api/health").header("Origin", "https://intranet.example"));
      assertEquals("https://intranet.example", ok.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
      HttpResponse<String> other = s.send(s.request("/api/health").header("Origin", "https://evil.example"));
      assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), other.headers().toString());
    }
  }

}
