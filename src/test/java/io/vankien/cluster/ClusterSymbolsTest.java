package io.vankien.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vankien.index.ReadScope;
import io.vankien.meta.AccessLevel;
import io.vankien.search.SymbolService;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reads of a symbol's page and chain as cluster requests: each within the caller's access filter, on the
 * fields the embedded archive queries (number_key, cites_key latest first, cites_relation_key). ServeFromClusterTests
 * compares a real cluster's pages and chains with the embedded archive's.
 */
class ClusterSymbolsTest {
  private static JsonNode json(String s) throws Exception {
    return ClusterDocuments.JSON.readTree(s.replace('\'', '"'));
  }

  @Test
  void eachReadIsATermOnItsFieldWithinTheCallersReach() throws Exception {
    ReadScope haNam = new ReadScope(AccessLevel.INTERNAL, Set.of("Hà Nam"));
    ObjectNode holder = ClusterSymbols.holderBody("12-nq/tu", haNam);
    assertEquals(json("{'term': {'number_key': {'value': '12-nq/tu'}}}"), holder.path("query").path("bool").path("must").get(0));
    assertEquals(ClusterAccess.filter(haNam), holder.path("query").path("bool").path("filter").get(0));
    assertEquals(1, holder.path("size").asInt());

    ObjectNode citing = ClusterCiting.body("12-nq/tu", 500, haNam, false);
    assertEquals(json("{'term': {'cites_key': {'value': '12-nq/tu'}}}"), citing.path("query").path("bool").path("must").get(0));
    assertEquals(json("[{'date_day': {'order': 'desc', 'missing': '_last'}}]"), citing.path("sort"));
    assertEquals(json("['record', 'citations']"), citing.path("_source"), "relations as stored, no text");
    assertEquals(json("['record', 'citations', 'text']"), ClusterCiting.body("12-nq/tu", 500, haNam, true)
        .path("_source"));
    ObjectNode texts = ClusterCiting.textsBody(List.of("a", "b"), haNam);
    assertEquals(json("{'ids': {'values': ['a', 'b']}}"), texts.path("query").path("bool").path("must").get(0));
    assertEquals(ClusterAccess.filter(haNam), texts.path("query").path("bool").path("filter").get(0));
    assertEquals(json("['text']"), texts.path("_source"));
    assertEquals(ClusterAccess.filter(haNam), citing.path("query").path("bool").path("filter").get(0));

    ObjectNode as = ClusterSymbols.citingAsBody("implements:12-nq/tu", 500, ReadScope.PUBLIC);
    assertEquals(json("{'term': {'cites_relation_key': {'value': 'implements:12-nq/tu'}}}"),
        as.path("query").path("bool").path("must").get(0));
    assertEquals(ClusterAccess.filter(ReadScope.PUBLIC), as.path("query").path("bool").path("filter").get(0));
  }

  @Test
  void aSymbolNoDocumentCitesIsAnEmptyPageAskedWithTheFilter() throws Exception {
    List<ObjectNode> sent = new ArrayList<>();
    JsonNode none = json("{'hits': {'hits': []}}");
    ClusterSymbols index = new ClusterSymbols(b -> {
      sent.add(b);
      return none;
    }, ReadScope.PUBLIC);
    SymbolService.SymbolView page = new SymbolService(index).symbol("48-KL/TW");
    assertNull(page.document());
    assertTrue(page.citedBy().isEmpty());
    SymbolService.ChainView chain = new SymbolService(index).chain("48-KL/TW");
    assertTrue(chain.rows().isEmpty());
    assertEquals(34, chain.missingProvinces().size());
    assertTrue(sent.size() >= 4, "holder, citing, then the chain's reads: " + sent.size());
    for (ObjectNode b : sent) {
      assertEquals(ClusterAccess.filter(ReadScope.PUBLIC), b.path("query").path("bool").path("filter").get(0), b.toString());
    }
  }
}
