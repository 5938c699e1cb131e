package io.vankien.cluster;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An OpenSearch cluster and the index vankien writes to: the addresses of one or more of its nodes (settings
 * cluster-url, comma-separated: {@link ClusterClient} turns to the next when one cannot be reached), cluster-index,
 * and the user and password of HTTP basic authentication, if any. {@link #toString} never shows the password.
 */
public record ClusterTarget(List<URI> urls, String index, String user, String password) {
  public ClusterTarget {
    if (urls == null || urls.isEmpty()) {
      throw new IllegalArgumentException("a cluster needs at least one node address");
    }
    List<URI> trimmed = new ArrayList<>(urls.size());
    for (URI url : urls) {
      String s = url.toString();
      trimmed.add(s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : url);
    }
    urls = List.copyOf(trimmed);
    user = user == null || user.isBlank() ? null : user.strip();
    password = password == null ? null : password.strip();
  }

  /** A cluster reached through one node's address. */
  public ClusterTarget(URI url, String index, String user, String password) {
    this(List.of(url), index, user, password);
  }

  /** The addresses of a setting's value: one, or several separated by commas ("http://a:9200,http://b:9200"). */
  public static List<URI> parseUrls(String value) {
    List<URI> out = new ArrayList<>();
    for (String part : value.split(",")) {
      if (!part.isBlank()) {
        out.add(URI.create(part.strip()));
      }
    }
    return out;
  }

  /** The first node's address (where requests go first). */
  public URI url() {
    return urls.get(0);
  }

  /** The nodes' addresses as the setting writes them, comma-separated: for messages. */
  public String address() {
    return urls.stream().map(URI::toString).collect(Collectors.joining(","));
  }

  /** The {@code Authorization} header, when a user is set. */
  Optional<String> authorization() {
    if (user == null) {
      return Optional.empty();
    }
    String pair = user + ":" + (password == null ? "" : password);
    return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
  }

  /** The address of a path ("/vankien/_refresh") on node number {@code node} (0 is the first). */
  URI resolve(int node, String path) {
    return URI.create(urls.get(node) + path);
  }

  @Override
  public String toString() {
    return address() + " index " + index + (user == null ? "" : " as " + user);
  }
}
