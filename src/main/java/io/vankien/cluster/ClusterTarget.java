package io.vankien.cluster;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * An OpenSearch cluster and the index vankien writes to: its address (settings cluster-url, cluster-index),
 * and the user and password of HTTP basic authentication, if any. {@link #toString} never shows the password.
 */
public record ClusterTarget(URI url, String index, String user, String password) {
  public ClusterTarget {
    String s = url.toString();
    if (s.endsWith("/")) {
      url = URI.create(s.substring(0, s.length() - 1));
    }
    user = user == null || user.isBlank() ? null : user.strip();
    password = password == null ? null : password.strip();
  }

  /** The {@code Authorization} header, when a user is set. */
  Optional<String> authorization() {
    if (user == null) {
      return Optional.empty();
    }
    String pair = user + ":" + (password == null ? "" : password);
    return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
  }

  /** The address of a path on the cluster ("/vankien/_refresh"). */
  URI resolve(String path) {
    return URI.create(url + path);
  }

  @Override
  public String toString() {
    return url + " index " + index + (user == null ? "" : " as " + user);
  }
}
