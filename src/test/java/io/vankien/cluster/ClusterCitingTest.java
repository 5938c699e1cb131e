package io.vankien.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vankien.index.Archive;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.ReadScope;
import io.vankien.index.Schema;
import io.vankien.search.DocumentView;
import io.vankien.search.SymbolService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A symbol's citing documents read from the cluster ({@link ClusterCiting}) have the relations and sentences the
 * embedded archive gives, from the typed citations stored in each {@code _source}: no citing text is asked for, unless
 * a document's stored citations are missing, and then only that document's text. The cluster here answers from the
 * samples' own {@code _source} documents ({@link ClusterDocuments#source}), as far as these requests need; {@code
 * ServeFromClusterTests} compares a real cluster's pages.
 */
class ClusterCitingTest {
  @TempDir Path tmp;

  @Test
  void citingDocumentsHaveTheArchivesRelationsWithoutTheirTexts() throws Exception {
    List<ArchivedDocument> docs = SampleArchive.ingest(tmp.resolve("data"));
    Samples cluster = new Samples(docs, Set.of());
    int compared = compare(docs, cluster);
    assertTrue(compared >= 3, "documents citing a symbol the samples hold: " + compared);
    assertTrue(cluster.citingRequests > 0);
    assertEquals(0, cluster.textRequests, "no text read: every sample has its typed citations stored");
  }

  @Test
  void aDocumentWithoutStoredCitationsIsReadFromItsTextAlone() throws Exception {
    List<ArchivedDocument> docs = SampleArchive.ingest(tmp.resolve("data"));
    Set<String> bare = new HashSet<>();
    for (ArchivedDocument d : docs) {
      if (!d.meta().cites().isEmpty() && bare.size() < 5) {
        bare.add(d.id()); // as mirrored before schema 15: no "citations" in its _source
      }
    }
    Samples cluster = new Samples(docs, bare);
    compare(docs, cluster);
    assertTrue(cluster.textRequests > 0, "the texts of the documents without stored citations were asked for");
    assertTrue(bare.containsAll(cluster.textsAskedFor), "only theirs: " + cluster.textsAskedFor);
  }

  /**
   * Each cited symbol's page, cluster against archive: the citing documents' relations and sentences by id. Returns
   * the citing documents compared on the pages of symbols the archive holds.
   */
  private int compare(List<ArchivedDocument> docs, Samples cluster) throws Exception {
    int compared = 0;
    try (Archive archive = Archive.openForWriting(tmp.resolve("data"))) {
      SymbolService embedded = new SymbolService(archive.searcher()).as(ReadScope.EVERYTHING);
      SymbolService fromCluster = new SymbolService(new ClusterSymbols(cluster, ReadScope.EVERYTHING));
      Set<String> numbers = new HashSet<>();
      docs.forEach(d -> numbers.addAll(d.meta().cites()));
      for (String number : numbers) {
        SymbolService.SymbolView page = embedded.symbol(number);
        int withText = cluster.citingWithText;
        Map<String, List<String>> got = byId(fromCluster.symbol(number).citedBy());
        assertEquals(byId(page.citedBy()), got, number);
        if (page.document() != null) { // a symbol the archive holds: no citing text is read (else, as embedded, all are)
          assertEquals(withText, cluster.citingWithText, number);
          compared += got.size();
        }
      }
    }
    return compared;
  }

  private static Map<String, List<String>> byId(List<DocumentView.Citing> citing) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (DocumentView.Citing c : citing) {
      out.put(c.document().id(), java.util.Arrays.asList(c.relation(), c.sentence()));
    }
    return new java.util.TreeMap<>(out);
  }

  /** A cluster of the samples' {@code _source} documents answering the requests a symbol's page sends. */
  private static final class Samples implements ClusterDocumentView.Searcher {
    private final List<ObjectNode> sources = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    int citingRequests;
    int citingWithText;
    int textRequests;
    final Set<String> textsAskedFor = new HashSet<>();

    Samples(List<ArchivedDocument> docs, Set<String> withoutCitations) throws Exception {
      for (ArchivedDocument d : docs) {
        ObjectNode s = ClusterDocuments.source(d);
        if (withoutCitations.contains(d.id())) {
          s.remove(Schema.CITATIONS);
        }
        sources.add(s);
        ids.add(d.id());
      }
    }

    @Override
    public JsonNode search(ObjectNode body) {
      JsonNode must = body.path("query").path("bool").path("must").get(0);
      List<Integer> hits = new ArrayList<>();
      if (must.has("ids")) {
        textRequests++;
        for (JsonNode id : must.path("ids").path("values")) {
          textsAskedFor.add(id.asText());
          hits.add(ids.indexOf(id.asText()));
        }
      } else if (must.path("term").has(Schema.CITES_KEY)) {
        citingRequests++;
        citingWithText += sourceFields(body).contains(Schema.TEXT) ? 1 : 0;
        String key = must.path("term").path(Schema.CITES_KEY).path("value").asText();
        for (int i = 0; i < sources.size(); i++) {
          if (values(sources.get(i), Schema.CITES_KEY).contains(key)) {
            hits.add(i);
          }
        }
        hits.sort((a, b) -> Long.compare(sources.get(b).path(Schema.DATE_DAY).asLong(Long.MIN_VALUE),
            sources.get(a).path(Schema.DATE_DAY).asLong(Long.MIN_VALUE)));
      } else if (must.path("term").has(Schema.NUMBER_KEY)) {
        String key = must.path("term").path(Schema.NUMBER_KEY).path("value").asText();
        for (int i = 0; i < sources.size() && hits.isEmpty(); i++) {
          if (values(sources.get(i), Schema.NUMBER_KEY).contains(key)) {
            hits.add(i);
          }
        }
      }
      ObjectNode answer = JsonNodeFactory.instance.objectNode();
      ArrayNode out = answer.putObject("hits").putArray("hits");
      for (int i : hits.subList(0, Math.min(hits.size(), body.path("size").asInt()))) {
        ObjectNode hit = out.addObject().put("_id", ids.get(i));
        ObjectNode source = hit.putObject("_source");
        for (String f : sourceFields(body)) {
          if (sources.get(i).has(f)) {
            source.set(f, sources.get(i).get(f));
          }
        }
      }
      return answer;
    }

    private static List<String> sourceFields(ObjectNode body) {
      List<String> out = new ArrayList<>();
      body.path("_source").forEach(f -> out.add(f.asText()));
      return out;
    }

    private static List<String> values(ObjectNode source, String field) {
      List<String> out = new ArrayList<>();
      JsonNode v = source.path(field);
      if (v.isArray()) {
        v.forEach(x -> out.add(x.asText()));
      } else if (!v.isMissingNode()) {
        out.add(v.asText());
      }
      return out;
    }
  }
}
