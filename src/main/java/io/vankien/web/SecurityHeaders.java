package io.vankien.web;

import io.javalin.plugin.bundled.GlobalHeadersConfig;
import java.util.Map;

/**
 * Headers on every response, UI and API: a Content-Security-Policy that allows only the server's own
 * scripts, styles and connections (no inline script, no framing), nosniff, X-Frame-Options DENY and no
 * referrer. Made with Javalin's GlobalHeadersConfig; set by {@link RequestGuard} first thing (so that
 * errors raised by later handlers carry them too), and by {@link JsonErrorHandler} on Jetty's own errors.
 */
final class SecurityHeaders {
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
      + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
      + " frame-ancestors 'none'";
  private static final Map<String, String> ALL = build();

  private SecurityHeaders() {}

  static void configure(GlobalHeadersConfig c) {
    c.contentSecurityPolicy(CONTENT_SECURITY_POLICY);
    c.xContentTypeOptionsNoSniff();
    c.xFrameOptions(GlobalHeadersConfig.XFrameOptions.DENY);
    c.referrerPolicy(GlobalHeadersConfig.ReferrerPolicy.NO_REFERRER);
  }

  /** The headers, name to value. */
  static Map<String, String> all() {
    return ALL;
  }

  private static Map<String, String> build() {
    GlobalHeadersConfig c = new GlobalHeadersConfig();
    configure(c);
    return Map.copyOf(c.getHeaders());
  }
}
