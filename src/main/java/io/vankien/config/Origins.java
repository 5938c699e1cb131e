package io.vankien.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** CORS origins as a setting takes them: scheme://host[:port], nothing else. */
public final class Origins {
  private Origins() {}

  /**
   * The origins stripped of spaces, each checked.
   *
   * @throws IllegalArgumentException naming the first one that is not a plain http(s) origin
   */
  public static List<String> check(List<String> given) {
    List<String> out = new ArrayList<>();
    for (String o : given) {
      String s = o.strip();
      URI u;
      try {
        u = URI.create(s);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("not an origin: '" + o + "'");
      }
      boolean plain = ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null
          && (u.getRawPath() == null || u.getRawPath().isEmpty()) && u.getRawQuery() == null && u.getUserInfo() == null;
      if (!plain) {
        throw new IllegalArgumentException("must be scheme://host[:port] (no path, no '*'), got '" + o + "'");
      }
      out.add(s);
    }
    return out;
  }
}
