package io.vankien.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.DocumentMapper;
import io.vankien.index.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/**
 * An archived document as the {@code _source} of the cluster's index: the fields {@link DocumentMapper#fieldsOf}
 * gives the Lucene archive, with their values (the mapping is the index template's, checked against Schema), so
 * both indexes hold the same values. The record and the typed citations are kept as JSON (not indexed); a facet's
 * value is its label (provinceCurrent: the current province, its first path element); the doc values that only
 * repeat an indexed value (the date's, the "shown" suggestions, which the template derives) are left out.
 */
public final class ClusterDocuments {
  static final ObjectMapper JSON = new ObjectMapper();

  private ClusterDocuments() {}

  public static ObjectNode source(ArchivedDocument d) throws IOException {
    Document fields = DocumentMapper.fieldsOf(d);
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (IndexableField f : fields) {
      if (f instanceof SortedSetDocValuesFacetField facet) {
        add(out, facet.dim, JSON.getNodeFactory().textNode(facet.path[0]));
      } else if (f instanceof LongPoint point) {
        add(out, f.name(), JSON.getNodeFactory().numberNode(point.numericValue().longValue()));
      } else if (f instanceof NumericDocValuesField) {
        continue; // the value of a LongPoint of the same name
      } else if (f instanceof BinaryDocValuesField) {
        if (f.name().equals(Schema.ID_VALUE)) {
          BytesRef b = f.binaryValue();
          add(out, f.name(), JSON.getNodeFactory().textNode(
              new String(b.bytes, b.offset, b.length, StandardCharsets.UTF_8)));
        }
      } else if (f.name().equals(Schema.RECORD) || f.name().equals(Schema.CITATIONS)) { // JSON, kept as such
        out.set(f.name(), JSON.readTree(f.stringValue()));
      } else if (f.stringValue() != null) {
        add(out, f.name(), JSON.getNodeFactory().textNode(f.stringValue()));
      } else {
        throw new IllegalStateException("no cluster value for field " + f.name() + " (" + f.getClass().getName()
            + ")");
      }
    }
    return out;
  }

  /** A field's value, an array once it has more than one. */
  private static void add(ObjectNode out, String name, JsonNode value) {
    JsonNode before = out.get(name);
    if (before == null) {
      out.set(name, value);
    } else if (before instanceof ArrayNode a) {
      a.add(value);
    } else {
      ArrayNode a = out.putArray(name);
      a.add(before);
      a.add(value);
    }
  }
}
