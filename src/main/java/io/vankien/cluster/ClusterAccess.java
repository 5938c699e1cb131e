package io.vankien.cluster;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vankien.index.ReadScope;
import io.vankien.index.Schema;
import io.vankien.meta.AccessLevel;

/**
 * What one caller may read, as a filter on the cluster's {@code access} field: the rule of the embedded archive's
 * {@code ArchiveSearcher} (public documents everywhere; documents up to the clearance within the scope's
 * provinces, named then or now; no provinces: every province). Every request {@link ClusterSearch} sends carries
 * it, {@link ReadScope#EVERYTHING}'s too (then every level is listed: a document without a level is never shown).
 */
public final class ClusterAccess {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ClusterAccess() {}

  /** {@code query} within what the scope may read: a bool of the query (scored) and this filter. */
  public static ObjectNode within(ObjectNode query, ReadScope scope) {
    ObjectNode bool = F.objectNode();
    bool.putArray("must").add(query);
    bool.putArray("filter").add(filter(scope));
    return QueryDsl.wrap("bool", bool);
  }

  public static ObjectNode filter(ReadScope scope) {
    ObjectNode body = F.objectNode();
    ArrayNode should = body.putArray("should");
    should.add(QueryDsl.keyword(Schema.ACCESS, AccessLevel.PUBLIC.code()));
    for (AccessLevel level : AccessLevel.values()) {
      if (level == AccessLevel.PUBLIC || !scope.clearance().covers(level)) {
        continue;
      }
      ObjectNode atLevel = QueryDsl.keyword(Schema.ACCESS, level.code());
      if (!scope.isProvincial()) {
        should.add(atLevel);
        continue;
      }
      ObjectNode within = F.objectNode();
      within.putArray("filter").add(atLevel).add(provinces(scope));
      should.add(QueryDsl.wrap("bool", within));
    }
    body.put("minimum_should_match", 1);
    return QueryDsl.wrap("bool", body);
  }

  /** Documents of the scope's provinces, as named when issued or today. */
  private static ObjectNode provinces(ReadScope scope) {
    ObjectNode body = F.objectNode();
    ArrayNode should = body.putArray("should");
    for (String field : new String[] {Schema.F_PROVINCE, Schema.F_PROVINCE_CURRENT}) {
      ObjectNode terms = F.objectNode();
      ArrayNode values = terms.putArray(field);
      scope.provinces().stream().sorted().forEach(values::add);
      should.add(QueryDsl.wrap("terms", terms));
    }
    body.put("minimum_should_match", 1);
    return QueryDsl.wrap("bool", body);
  }
}
