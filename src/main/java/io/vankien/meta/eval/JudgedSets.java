package io.vankien.meta.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The manifest of judged sets, {@code eval/sets.json}: {@code {"sets": [{"name", "documents", "expected",
 * "shared", "count", "floors"}]}}, paths relative to the manifest's folder. The CLI and the tests read
 * the sets from here, so a new set is one line of that file.
 */
public final class JudgedSets {
  /** The manifest of this project, relative to the project's folder. */
  public static final Path MANIFEST = Path.of("eval", "sets.json");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JudgedSets() {}

  /** The sets of {@link #MANIFEST}. */
  public static List<JudgedSet> load() throws IOException {
    return load(MANIFEST);
  }

  /**
   * The sets of a manifest, in file order.
   *
   * @throws IllegalArgumentException naming the manifest and the entry when an entry lacks a field or two
   *     entries share a name
   */
  public static List<JudgedSet> load(Path manifest) throws IOException {
    JsonNode root = MAPPER.readTree(manifest.toFile());
    Path base = manifest.toAbsolutePath().getParent();
    List<JudgedSet> sets = new ArrayList<>();
    int index = 0;
    for (JsonNode entry : root.path("sets")) {
      index++;
      String where = manifest + " set " + index;
      for (String field : List.of("name", "documents", "expected")) {
        if (!entry.path(field).isTextual()) {
          throw new IllegalArgumentException(where + ": no \"" + field + "\"");
        }
      }
      if (!entry.path("count").canConvertToInt()) {
        throw new IllegalArgumentException(where + ": no \"count\" (how many documents it judges)");
      }
      Map<String, Double> floors = new LinkedHashMap<>();
      entry.path("floors").fields().forEachRemaining(f -> floors.put(f.getKey(), f.getValue().asDouble()));
      JudgedSet set = new JudgedSet(entry.get("name").asText(), relative(base, entry.get("documents").asText()),
          relative(base, entry.get("expected").asText()), entry.path("shared").asBoolean(false),
          entry.get("count").asInt(), floors);
      if (sets.stream().anyMatch(s -> s.name().equals(set.name()))) {
        throw new IllegalArgumentException(where + ": a second set named \"" + set.name() + "\"");
      }
      sets.add(set);
    }
    if (sets.isEmpty()) {
      throw new IllegalArgumentException(manifest + ": no \"sets\"");
    }
    return List.copyOf(sets);
  }

  /**
   * A path of the manifest resolved against its folder; shown relative to the working folder when it lies
   * beside it ("../shared/corpus/seeds", "eval/heldout"), else absolute.
   */
  private static Path relative(Path base, String path) {
    Path resolved = base.resolve(path).normalize();
    Path here = Path.of("").toAbsolutePath();
    Path besideHere = here.getParent() == null ? here : here.getParent();
    return resolved.startsWith(besideHere) ? here.relativize(resolved) : resolved;
  }
}
