package io.vankien.config;

import io.vankien.meta.AccessLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The kinds of value a setting takes: each checks a value and gives its canonical spelling. */
public enum SettingType {
  /** A TCP port, 0 (any free port) to 65535. */
  PORT {
    @Override
    String canonical(String v) {
      int p = wholeNumber(v);
      if (p < 0 || p > 65_535) {
        throw new IllegalArgumentException("not a port (0 to 65535)");
      }
      return Integer.toString(p);
    }
  },
  /** Text that may not be blank. */
  TEXT {
    @Override
    String canonical(String v) {
      if (v.isBlank()) {
        throw new IllegalArgumentException("must not be empty");
      }
      return v.strip();
    }
  },
  /** A file or folder; empty means none. */
  OPTIONAL_PATH {
    @Override
    String canonical(String v) {
      return v.strip();
    }
  },
  /** Text, or empty for none. */
  OPTIONAL_TEXT {
    @Override
    String canonical(String v) {
      return v.strip();
    }
  },
  /**
   * One or more http or https addresses with a host, separated by commas (the nodes of a cluster), each with its
   * trailing slash dropped; empty means none.
   */
  OPTIONAL_URLS {
    @Override
    String canonical(String v) {
      String s = v.strip();
      if (s.isEmpty()) {
        return s;
      }
      List<String> out = new ArrayList<>();
      for (String part : s.split(",", -1)) {
        if (part.isBlank()) {
          throw new IllegalArgumentException("an empty address in a list separated by commas");
        }
        out.add(url(part.strip()));
      }
      return String.join(",", out);
    }

    private static String url(String s) {
      java.net.URI u;
      try {
        u = new java.net.URI(s);
      } catch (java.net.URISyntaxException e) {
        throw new IllegalArgumentException("not an address: " + e.getReason());
      }
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
        throw new IllegalArgumentException("not an http:// or https:// address with a host");
      }
      if (u.getQuery() != null || u.getFragment() != null || u.getUserInfo() != null) {
        throw new IllegalArgumentException("an address without user, query or fragment (the user is a setting"
            + " of its own)");
      }
      return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
  },
  /** An OpenSearch index name: lower case, no spaces, none of \\ / * ? " < > | , #, not starting with _ - +. */
  INDEX_NAME {
    @Override
    String canonical(String v) {
      String s = v.strip();
      if (s.isEmpty() || !s.matches("[a-z0-9][a-z0-9._-]{0,199}") || s.equals(".") || s.equals("..")) {
        throw new IllegalArgumentException("not an index name (lower-case letters, digits, '.', '_', '-';"
            + " starting with a letter or digit)");
      }
      return s;
    }
  },
  /** A whole number of at least 1. */
  POSITIVE {
    @Override
    String canonical(String v) {
      int n = wholeNumber(v);
      if (n < 1) {
        throw new IllegalArgumentException("must be at least 1");
      }
      return Integer.toString(n);
    }
  },
  /** A number of threads, or {@code auto} (chosen from the machine's cores). */
  THREADS {
    @Override
    String canonical(String v) {
      return AUTO.equalsIgnoreCase(v.strip()) ? AUTO : POSITIVE.canonical(v);
    }
  },
  /** {@code true} or {@code false}. */
  BOOLEAN {
    @Override
    String canonical(String v) {
      String s = v.strip().toLowerCase(Locale.ROOT);
      if (!s.equals("true") && !s.equals("false")) {
        throw new IllegalArgumentException("must be true or false");
      }
      return s;
    }
  },
  /** An access level: public, internal or restricted (or their Vietnamese names). */
  ACCESS_LEVEL {
    @Override
    String canonical(String v) {
      return AccessLevel.require(v.strip()).code();
    }
  },
  /** Comma-separated origins (scheme://host[:port]); empty means none. */
  ORIGINS {
    @Override
    String canonical(String v) {
      List<String> given = new ArrayList<>();
      for (String o : v.split(",")) {
        if (!o.isBlank()) {
          given.add(o);
        }
      }
      return String.join(",", Origins.check(given));
    }
  };

  /** The value of a {@link #THREADS} setting that leaves the choice to the machine's cores. */
  public static final String AUTO = "auto";

  /**
   * The value as it is printed and passed on.
   *
   * @throws IllegalArgumentException saying why the value is not one of this type
   */
  abstract String canonical(String value);

  private static int wholeNumber(String v) {
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a whole number");
    }
  }
}
