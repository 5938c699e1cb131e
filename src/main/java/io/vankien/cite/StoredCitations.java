package io.vankien.cite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.vankien.analysis.DocumentSymbol;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A document's typed citations ({@link RelationReader#read} of its text, in the order of its {@code cites}) as the
 * archive stores them beside the record, so that a list of citing documents (a document's "cited by", a symbol's
 * page, an export) reads each one's relation and sentence without loading and re-reading its text. JSON: an array of
 * {@code {"n": number as cited, "r": relation code, "s": sentence or null}}.
 */
public final class StoredCitations {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StoredCitations() {}

  /** The stored form of {@code typed}. */
  public static String encode(List<TypedCitation> typed) {
    ArrayNode out = JSON.createArrayNode();
    for (TypedCitation t : typed) {
      out.addObject().put("n", t.number()).put("r", t.relation().code()).put("s", t.sentence());
    }
    return out.toString();
  }

  /**
   * The typed citations of a stored value, their relations in {@code vocabulary}; empty when {@code stored} is null
   * or names a relation the vocabulary no longer has (the caller then reads the text, as before the value existed).
   */
  public static Optional<List<TypedCitation>> decode(String stored, Relations vocabulary) {
    if (stored == null) {
      return Optional.empty();
    }
    try {
      List<TypedCitation> out = new ArrayList<>();
      for (JsonNode c : JSON.readTree(stored)) {
        Optional<Relation> r = vocabulary.of(c.path("r").asText());
        if (r.isEmpty()) {
          return Optional.empty();
        }
        JsonNode s = c.get("s");
        out.add(new TypedCitation(c.path("n").asText(), r.get(), s == null || s.isNull() ? null : s.asText()));
      }
      return Optional.of(out);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable stored citations: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * What {@link RelationReader#relationTo} gives for {@code number} ("48-kl/tw", any writing), taken from the
   * document's typed citations {@code typed} (one per entry of {@code cites}, in order): the entry of the first of
   * {@code cites} with the same symbol key. Empty when none has it (relationTo then reads {@code number} as given in
   * the text) or when {@code typed} does not match {@code cites}.
   */
  public static Optional<TypedCitation> to(List<TypedCitation> typed, List<String> cites, String number) {
    Optional<String> key = DocumentSymbol.key(number);
    if (key.isEmpty() || typed.size() != cites.size()) {
      return Optional.empty();
    }
    for (int i = 0; i < cites.size(); i++) {
      if (DocumentSymbol.key(cites.get(i)).map(key.get()::equals).orElse(false)) {
        TypedCitation t = typed.get(i);
        return t.number().equals(cites.get(i)) ? Optional.of(t) : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
