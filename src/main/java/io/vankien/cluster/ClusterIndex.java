package io.vankien.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vankien.index.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The cluster's index: created when missing from the index template (resource
 * io/vankien/opensearch/index-template.json, the one the analysis-vankien plugin ships and checks against
 * Schema), whatever its name; one of an earlier Schema version is refused.
 */
public final class ClusterIndex {
  static final String TEMPLATE = "/io/vankien/opensearch/index-template.json";

  private ClusterIndex() {}

  /** The template resource. */
  public static ObjectNode template() {
    try (InputStream in = ClusterIndex.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + TEMPLATE + " missing");
      }
      return (ObjectNode) ClusterDocuments.JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The body that creates the index: the template's settings and mappings, with the schema version in the
   * mappings' {@code _meta} (so an index can be checked against the running vankien).
   */
  static ObjectNode createBody() {
    ObjectNode t = (ObjectNode) template().get("template");
    ObjectNode body = ClusterDocuments.JSON.createObjectNode();
    body.set("settings", t.get("settings"));
    ObjectNode mappings = t.get("mappings").deepCopy();
    ObjectNode meta = mappings.has("_meta") ? (ObjectNode) mappings.get("_meta") : mappings.putObject("_meta");
    meta.put("vankien_schema_version", Schema.VERSION);
    body.set("mappings", mappings);
    return body;
  }

  /**
   * Creates the index when missing; when present, checks its schema version.
   *
   * @return true when it was created
   * @throws IOException the cluster refused (the message has its answer), or the index is of another version
   */
  public static boolean ensure(ClusterClient client) throws IOException {
    String index = client.target().index();
    ClusterClient.Response r = client.send("GET", "/" + index + "/_mapping", null, null);
    if (r.status() == 404) {
      ClusterClient.Response c = client.send("PUT", "/" + index,
          ClusterDocuments.JSON.writeValueAsString(createBody()), "application/json");
      if (c.ok()) {
        return true;
      }
      if (c.status() == 400 && c.body().contains("resource_already_exists_exception")) {
        return false; // another ingest created it meanwhile
      }
      throw new IOException("cluster " + client.target().address() + " refused to create index " + index + " (HTTP "
          + c.status() + "): " + Bulk.abbreviate(c.body())
          + (c.body().contains("vankien_index") ? " (is the analysis-vankien plugin installed?)" : ""));
    }
    if (!r.ok()) {
      throw new IOException("cluster " + client.target().address() + " answered HTTP " + r.status() + " for index "
          + index + ": " + Bulk.abbreviate(r.body()));
    }
    checkVersion(client, r.body());
    return false;
  }

  /**
   * Checks that the index exists and is of this vankien's schema version, for {@code serve --cluster} (which never
   * creates it: ingest does).
   *
   * @throws IOException the index is missing (the message says to ingest), of another version, or unreachable
   */
  public static void check(ClusterClient client) throws IOException {
    String index = client.target().index();
    ClusterClient.Response r = client.send("GET", "/" + index + "/_mapping", null, null);
    if (r.status() == 404) {
      throw new IOException("cluster " + client.target().address() + " has no index " + index
          + ": fill it with vankien ingest --cluster " + client.target().address() + " --cluster-index " + index);
    }
    if (!r.ok()) {
      throw new IOException("cluster " + client.target().address() + " answered HTTP " + r.status() + " for index "
          + index + ": " + Bulk.abbreviate(r.body()));
    }
    checkVersion(client, r.body());
  }

  private static void checkVersion(ClusterClient client, String mapping) throws IOException {
    String index = client.target().index();
    JsonNode version = ClusterDocuments.JSON.readTree(mapping).path(index).path("mappings").path("_meta")
        .path("vankien_schema_version");
    if (!version.isMissingNode() && version.asInt() != Schema.VERSION) {
      throw new IOException("index " + index + " on " + client.target().address() + " has vankien schema version "
          + version.asInt() + ", this vankien writes version " + Schema.VERSION
          + ": ingest into a new index (--cluster-index) and reindex");
    }
  }
}
