package io.vankien.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.vankien.index.ReadScope;
import io.vankien.meta.AccessLevel;
import java.util.Optional;

/**
 * The load test's leak check: the hits of one {@code /api/search} answer that the caller's scope may not
 * read. A hit is readable when it is public, or its level is within the clearance and, for a provincial
 * scope, its province (then or now) is one of the scope's; a hit without a known level is a violation too.
 */
public final class AccessViolations {
  /** What one answer held: hits checked, of them not public, of them a violation. */
  public record Count(int hits, int nonPublic, int violations) {}

  private AccessViolations() {}

  public static Count count(ReadScope scope, JsonNode answer) {
    int hits = 0;
    int nonPublic = 0;
    int violations = 0;
    for (JsonNode hit : answer.path("hits")) {
      hits++;
      Optional<AccessLevel> level = AccessLevel.parse(hit.path("access").asText(null));
      if (level.isPresent() && level.get() == AccessLevel.PUBLIC) {
        continue;
      }
      nonPublic++;
      if (level.isEmpty() || !scope.clearance().covers(level.get()) || !inProvinces(scope, hit)) {
        violations++;
      }
    }
    return new Count(hits, nonPublic, violations);
  }

  private static boolean inProvinces(ReadScope scope, JsonNode hit) {
    return !scope.isProvincial() || scope.provinces().contains(hit.path("province").asText(""))
        || scope.provinces().contains(hit.path("provinceCurrent").asText(""));
  }
}
