package io.vankien.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vankien.search.FacetDimension;
import io.vankien.search.Json;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * openapi.json against the running server: every route the server registers is documented, and the spec
 * documents no route the server lacks; every facet dimension ({@link FacetDimension}) is a documented,
 * repeatable parameter; and the searching operations list exactly the parameters {@link RequestParams}
 * accepts (a parameter added to one and not the other fails here).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiRoutesTest {
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete", "head", "options");
  @TempDir static Path tmp;
  private TestServer server;
  private JsonNode spec;

  @BeforeAll
  void start() throws Exception {
    server = new TestServer(tmp.resolve("data"), null, WebOptions.defaults());
    spec = Json.MAPPER.readTree(server.get("/openapi.json").body());
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  @Test
  void theSpecDocumentsExactlyTheRoutesTheServerRegisters() {
    Set<String> registered = new TreeSet<>();
    for (String r : server.server.routes()) { // Javalin's <name> (a value that may hold "/") is OpenAPI's {name}
      registered.add(r.replaceAll("<([^>]+)>", "{$1}"));
    }
    assertTrue(registered.contains("GET /api/search"), registered.toString());
    Set<String> documented = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = spec.get("paths").fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> path = it.next();
      path.getValue().fieldNames().forEachRemaining(m -> {
        if (METHODS.contains(m)) {
          documented.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey());
        }
      });
    }
    Set<String> undocumented = new TreeSet<>(registered);
    undocumented.removeAll(documented);
    Set<String> absent = new TreeSet<>(documented);
    absent.removeAll(registered);
    assertEquals(Set.of(), undocumented, "routes the server has and openapi.json does not document");
    assertEquals(Set.of(), absent, "routes openapi.json documents and the server does not have");
  }

  @Test
  void everyFacetDimensionIsADocumentedRepeatableParameter() {
    JsonNode params = spec.get("components").get("parameters");
    for (FacetDimension d : FacetDimension.values()) {
      JsonNode p = params.get(d.param());
      assertNotNull(p, "openapi.json has no parameter " + d.param());
      assertEquals(d.param(), p.get("name").asText());
      assertEquals("query", p.get("in").asText());
      assertEquals("array", p.get("schema").get("type").asText(), d.param() + " is repeatable");
      assertTrue(p.get("explode").asBoolean(), d.param() + ": style form, explode");
      if (d.syntax() != null) {
        assertEquals("^" + d.syntax() + "$", p.get("schema").get("items").get("pattern").asText(), d.param());
      }
    }
  }

  @Test
  void theSearchingOperationsListExactlyTheParametersTheServerTakes() {
    assertEquals(new TreeSet<>(RequestParams.SEARCH), parameters("/api/search"));
    assertEquals(new TreeSet<>(RequestParams.EXPORT), parameters("/api/export"));
    assertEquals(new TreeSet<>(RequestParams.STATS), parameters("/api/stats"));
    assertEquals(new TreeSet<>(ReviewHandlers.PARAMS), parameters("/api/review"));
    assertEquals(Set.of(), parameters("/api/facets"));
  }

  @Test
  void facetsListsTheRegistryAndTakesNoParameter() throws Exception {
    JsonNode f = Json.MAPPER.readTree(server.get("/api/facets").body());
    Set<String> names = new TreeSet<>();
    f.get("facets").forEach(d -> names.add(d.get("name").asText()));
    assertEquals(new TreeSet<>(FacetDimension.params()), names);
    assertEquals("month", f.get("facets").get(FacetDimension.MONTH.ordinal()).get("name").asText());
    assertEquals("year", f.get("facets").get(FacetDimension.MONTH.ordinal()).get("within").asText());
    assertTrue(f.get("queryFields").size() >= 4, f.toString());
    // it names no document and counts nothing: staff are answered the same as anyone
    String staff = server.send(server.request("/api/facets").header("Authorization", "Bearer " + TestServer.TOKEN))
        .body();
    assertEquals(f, Json.MAPPER.readTree(staff));
    JsonNode bad = Json.MAPPER.readTree(server.get("/api/facets?q=x").body());
    assertEquals("q", bad.get("parameter").asText(), bad.toString());
  }

  private Set<String> parameters(String path) {
    Set<String> names = new TreeSet<>();
    JsonNode list = spec.get("paths").get(path).get("get").get("parameters");
    if (list == null) {
      return names;
    }
    for (JsonNode p : list) {
      JsonNode resolved = p.has("$ref")
          ? spec.get("components").get("parameters").get(p.get("$ref").asText().replace("#/components/parameters/", ""))
          : p;
      names.add(resolved.get("name").asText());
    }
    return names;
  }
}
