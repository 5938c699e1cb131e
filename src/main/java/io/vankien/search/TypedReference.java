package io.vankien.search;

import io.vankien.index.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What a run of words says about the document sought besides its words: the type it names ("nghị quyết
 * hưng yên 2020" looks for a resolution, not the report about it), a number after the type ("nghị quyết
 * 57" is a resolution numbered 57, or the document citing it, not Luật 57/2014/QH13) and a year. Each adds
 * an optional clause to the run's query; none is required, the words still are.
 */
record TypedReference(List<String> types, List<LooseNumber> numbers, List<String> years) {
  static final float TYPE_BOOST = 5f;
  static final float YEAR_BOOST = 3f;
  static final float TYPE_NUMBER_OWN_BOOST = 500f;
  static final float TYPE_NUMBER_CITED_BOOST = 20f;
  private static final Pattern NUMBER = Pattern.compile("\\d{1,6}");
  private static final Pattern YEAR = Pattern.compile("(?:19[4-9]|20\\d)\\d");

  /** The types, numbers after a type and years in {@code words}, in order. */
  static TypedReference of(List<String> words) {
    List<String> types = new ArrayList<>();
    List<LooseNumber> numbers = new ArrayList<>();
    List<String> years = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      var named = DocumentTypeNames.at(words, i);
      if (named.isPresent()) {
        String type = named.get().type();
        types.add(type);
        int next = i + named.get().words();
        if (next < words.size() && NUMBER.matcher(words.get(next)).matches()) {
          for (String code : DocumentTypeNames.codes(type)) {
            numbers.add(LooseNumber.ofTypeAndNumber(words.get(next), code));
          }
        }
        i = next - 1;
      } else if (YEAR.matcher(words.get(i)).matches()) {
        years.add(words.get(i));
      }
    }
    return new TypedReference(types, numbers, years);
  }

  /** Adds the optional clauses to a run's query. */
  void addTo(BooleanQuery.Builder q) {
    for (String t : types) {
      q.add(new BoostQuery(facet(Schema.F_TYPE, t), TYPE_BOOST), Occur.SHOULD);
    }
    for (String y : years) {
      q.add(new BoostQuery(facet(Schema.F_YEAR, y), YEAR_BOOST), Occur.SHOULD);
    }
    for (LooseNumber n : numbers) {
      q.add(new BoostQuery(n.ownNumber(), TYPE_NUMBER_OWN_BOOST), Occur.SHOULD);
      q.add(new BoostQuery(n.cited(), TYPE_NUMBER_CITED_BOOST), Occur.SHOULD);
    }
  }

  private static Query facet(String dim, String value) {
    return new ConstantScoreQuery(new TermQuery(DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, dim, value)));
  }
}
