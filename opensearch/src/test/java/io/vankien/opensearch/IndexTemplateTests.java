package io.vankien.opensearch;

import io.vankien.index.Schema;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.opensearch.action.admin.indices.template.put.PutComposableIndexTemplateAction;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.cluster.metadata.ComposableIndexTemplate;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchSingleNodeTestCase;

/**
 * The index template (resource io/vankien/opensearch/index-template.json) against io.vankien.index.Schema: one
 * mapped field per Schema field and no other, the schema version, the ranking, the index options of the text
 * fields, and for every indexed text and keyword field the tokens OpenSearch indexes equal to those of
 * {@code Schema.indexAnalyzer()}. Then one sample document is indexed and found as the Lucene archive finds it.
 */
public class IndexTemplateTests extends OpenSearchSingleNodeTestCase {
  static final String RESOURCE = "/io/vankien/opensearch/index-template.json";
  private static final String INDEX = "vankien-test";

  @Override
  protected Collection<Class<? extends Plugin>> getPlugins() {
    return List.of(AnalysisVankienPlugin.class);
  }

  private ComposableIndexTemplate template() throws Exception {
    try (InputStream in = IndexTemplateTests.class.getResourceAsStream(RESOURCE);
        XContentParser parser = createParser(JsonXContent.jsonXContent, in)) {
      assertNotNull(RESOURCE, in);
      return ComposableIndexTemplate.parse(parser);
    }
  }

  /** Puts the template and creates an index it applies to; the index's mapped properties. */
  @SuppressWarnings("unchecked")
  private Map<String, Map<String, Object>> createFromTemplate() throws Exception {
    client().execute(PutComposableIndexTemplateAction.INSTANCE,
        new PutComposableIndexTemplateAction.Request("vankien").indexTemplate(template())).get();
    createIndex(INDEX);
    Map<String, Object> mapping = client().admin().indices().prepareGetMappings(INDEX).get().getMappings().get(INDEX)
        .sourceAsMap();
    return (Map<String, Map<String, Object>>) mapping.get("properties");
  }

  /** The names of every field Schema declares (its public String constants). */
  private static Set<String> schemaFields() throws IllegalAccessException {
    Set<String> names = new TreeSet<>();
    for (Field f : Schema.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        names.add((String) f.get(null));
      }
    }
    return names;
  }

  public void testOneMappedFieldPerSchemaField() throws Exception {
    Map<String, Map<String, Object>> properties = createFromTemplate();
    assertEquals("fields of io.vankien.index.Schema vs properties of " + RESOURCE, schemaFields(),
        new TreeSet<>(properties.keySet()));
    assertEquals("the template's vankien_schema_version must follow Schema.VERSION (review the template when it moves)",
        Schema.VERSION, template().metadata().get("vankien_schema_version"));
  }

  public void testRankingIsSchemasBm25() throws Exception {
    createFromTemplate();
    Settings s = client().admin().indices().prepareGetSettings(INDEX).get().getIndexToSettings().get(INDEX);
    BM25Similarity bm25 = (BM25Similarity) Schema.similarity();
    assertEquals("BM25", s.get("index.similarity.default.type"));
    assertEquals(bm25.getK1(), Float.parseFloat(s.get("index.similarity.default.k1")), 0f);
    assertEquals(bm25.getB(), Float.parseFloat(s.get("index.similarity.default.b")), 0f);
  }

  /** The index options and storage of the analyzed fields are those of their Lucene FieldType. */
  public void testTextFieldsIndexAsTheirLuceneFieldTypes() throws Exception {
    Map<String, Map<String, Object>> properties = createFromTemplate();
    Map<String, FieldType> types = Map.of(Schema.TEXT, Schema.TEXT_TYPE, Schema.TITLE, Schema.TEXT_TYPE,
        Schema.SIGNER_TEXT, Schema.TEXT_TYPE, Schema.TEXT_PAIRS_FOLDED, Schema.PAIRS_TYPE,
        Schema.SUGGEST_TITLE, Schema.PREFIX_TYPE, Schema.SUGGEST_TITLE_WORDS, Schema.PREFIX_TYPE,
        Schema.SUGGEST_NUMBER, Schema.PREFIX_TYPE, Schema.SUGGEST_SIGNER, Schema.PREFIX_TYPE);
    for (Map.Entry<String, Map<String, Object>> e : properties.entrySet()) {
      if ("text".equals(e.getValue().get("type"))) {
        assertTrue("no Lucene FieldType known for text field " + e.getKey(), types.containsKey(e.getKey()));
      }
    }
    types.forEach((field, type) -> {
      Map<String, Object> p = properties.get(field);
      assertEquals(field, "text", p.get("type"));
      assertEquals(field, openSearchIndexOptions(type.indexOptions()), p.getOrDefault("index_options", "positions"));
      assertEquals(field, type.stored(), Boolean.TRUE.equals(p.get("store")));
    });
  }

  private static String openSearchIndexOptions(IndexOptions o) {
    return switch (o) {
      case DOCS -> "docs";
      case DOCS_AND_FREQS -> "freqs";
      case DOCS_AND_FREQS_AND_POSITIONS -> "positions";
      case DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS -> "offsets";
      default -> o.toString();
    };
  }

  /**
   * Every indexed text and keyword field gives, through {@code _analyze} with the field, the tokens that
   * Schema.indexAnalyzer() gives for it, on the first sample.
   */
  @SuppressWarnings("unchecked")
  public void testEveryIndexedFieldAnalyzesAsSchema() throws Exception {
    Map<String, Map<String, Object>> properties = createFromTemplate();
    String text = Texts.read(Texts.txtFiles(Texts.samples()).get(0));
    int compared = 0;
    for (Map.Entry<String, Map<String, Object>> e : properties.entrySet()) {
      Object type = e.getValue().get("type");
      boolean indexed = !Boolean.FALSE.equals(e.getValue().get("index"));
      if (!indexed || !("text".equals(type) || "keyword".equals(type))) {
        continue;
      }
      String field = e.getKey();
      List<String> want = Tokens.lucene(Schema.indexAnalyzer(), field, text);
      List<String> got = Tokens.openSearch(
          client().admin().indices().prepareAnalyze(INDEX, text).setField(field).get());
      String diff = Tokens.difference(want, got);
      if (diff != null) {
        fail("field " + field + ": " + diff);
      }
      compared++;
    }
    assertTrue("compared " + compared, compared >= 20);
  }

  /** A sample indexed under the template is found by a folded query, a phrase and a symbol, as in the archive. */
  public void testSampleDocumentIsFound() throws Exception {
    createFromTemplate();
    client().prepareIndex(INDEX).setId("s1").setSource(Map.of(
        Schema.ID, "s1", Schema.ACCESS, "public",
        Schema.TEXT, "Nghị quyết số 01-NQ/TU về chuyển đổi số của Ban Chấp hành Đảng bộ tỉnh khóa XIX",
        Schema.TITLE, "Về chuyển đổi số", Schema.NUMBER_KEY, "1-nq/tu", Schema.DATE_DAY, 18_000L,
        Schema.F_PROVINCE, "Hà Nam", Schema.RECORD, Map.of("meta", Map.of("number", "01-NQ/TU"))))
        .setRefreshPolicy("true").get();
    assertHits(1, QueryBuilders.matchQuery(Schema.TEXT, "chuyen doi so").analyzer(VankienAnalyzers.QUERY_FOLDED));
    assertHits(1, QueryBuilders.matchQuery(Schema.TEXT, "HĐND Đảng bộ"));
    assertHits(1, QueryBuilders.matchPhraseQuery(Schema.TEXT, "dang bo tinh").analyzer(VankienAnalyzers.PHRASE_FOLDED));
    assertHits(1, QueryBuilders.matchPhraseQuery(Schema.TEXT, "khóa 19"));
    assertHits(0, QueryBuilders.matchPhraseQuery(Schema.TEXT, "tỉnh Đảng bộ"));
    assertHits(1, QueryBuilders.matchQuery(Schema.TEXT, "01-NQ/TU"));
    assertHits(1, QueryBuilders.termQuery(Schema.NUMBER_KEY, "1-nq/tu"));
    // dynamic: strict, a field Schema does not have is refused
    expectThrows(Exception.class, () -> client().prepareIndex(INDEX).setId("s2").setSource(Map.of("unknown", "x")).get());
  }

  private void assertHits(long expected, org.opensearch.index.query.QueryBuilder query) {
    SearchResponse r = client().prepareSearch(INDEX).setQuery(query).get();
    assertEquals(query.toString(), expected, r.getHits().getTotalHits().value());
  }
}
