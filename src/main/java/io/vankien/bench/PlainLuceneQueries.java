package io.vankien.bench;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * The baseline's reading of a query string over the one field {@code text} of a plain Lucene index:
 * Lucene's classic QueryParser with StandardAnalyzer, every word required (as vankien requires them),
 * quoted phrases kept, every other operator character taken literally.
 */
public final class PlainLuceneQueries {
  /** The one text field of the plain index. */
  public static final String FIELD = "text";

  private final Analyzer analyzer = new StandardAnalyzer();

  public Analyzer analyzer() {
    return analyzer;
  }

  /** The query for this text; never null (a text without any word matches nothing). */
  public Query parse(String q) {
    QueryParser parser = new QueryParser(FIELD, analyzer); // not thread-safe: one per query, cheap
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(escapeAllButQuotes(q));
    } catch (ParseException e) {
      Query bag = new QueryBuilder(analyzer).createBooleanQuery(FIELD, q, BooleanClause.Occur.MUST);
      return bag == null ? new MatchNoDocsQuery() : bag;
    }
  }

  /** QueryParser's escaping, but double quotes stay phrase delimiters ("12-NQ/TU" is then plain text). */
  static String escapeAllButQuotes(String q) {
    StringBuilder b = new StringBuilder(q.length() + 8);
    for (int i = 0; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c != '"' && "\\+-!():^[]{}~*?|&/".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
