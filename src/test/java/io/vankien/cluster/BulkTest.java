package io.vankien.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code _bulk} body (NDJSON) and the reading of its answer. */
class BulkTest {
  @Test
  void bodyIsOneActionLineAndOneSourceLinePerIndexActionEachEndingInANewline() throws Exception {
    ObjectNode source = ClusterDocuments.JSON.createObjectNode().put("id", "a1").put("text", "Nghị quyết\nsố 01");
    String body = Bulk.body("vankien", List.of(Bulk.Action.index("a1", source), Bulk.Action.delete("b2")));
    assertEquals("{\"index\":{\"_index\":\"vankien\",\"_id\":\"a1\"}}\n"
        + "{\"id\":\"a1\",\"text\":\"Nghị quyết\\nsố 01\"}\n"
        + "{\"delete\":{\"_index\":\"vankien\",\"_id\":\"b2\"}}\n", body);
  }

  @Test
  void itemsSayWhatBecameOfEachAction() throws Exception {
    String answer = "{\"took\":3,\"errors\":true,\"items\":["
        + "{\"index\":{\"_id\":\"a\",\"status\":201}},"
        + "{\"index\":{\"_id\":\"b\",\"status\":429,\"error\":{\"type\":\"es_rejected_execution_exception\",\"reason\":\"queue full\"}}},"
        + "{\"delete\":{\"_id\":\"c\",\"status\":404}},"
        + "{\"index\":{\"_id\":\"d\",\"status\":400,\"error\":{\"type\":\"mapper_parsing_exception\",\"reason\":\"bad date\"}}}]}";
    List<Bulk.Item> items = Bulk.items(answer, 4);
    Bulk.Action index = new Bulk.Action("x", "{}");
    Bulk.Action delete = Bulk.Action.delete("x");
    assertTrue(items.get(0).done(index));
    assertFalse(items.get(1).done(index));
    assertEquals("es_rejected_execution_exception: queue full", items.get(1).error());
    assertTrue(items.get(2).done(delete), "nothing to delete is done");
    assertFalse(new Bulk.Item("c", 404, null).done(index), "an index action answered 404 is not done");
    assertEquals(new Bulk.Item("d", 400, "mapper_parsing_exception: bad date"), items.get(3));
    IOException e = assertThrows(IOException.class, () -> Bulk.items(answer, 5));
    assertTrue(e.getMessage().contains("5 actions sent"), e.getMessage());
  }
}
