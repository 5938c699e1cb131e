package io.vankien.opensearch;

import io.vankien.analysis.VietnameseAnalyzer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The analyzers the plugin registers: each chain of {@link VietnameseAnalyzer} under one name. The one place
 * that names them (the index template refers to these names).
 */
public final class VankienAnalyzers {
  private VankienAnalyzers() {}

  /** {@link VietnameseAnalyzer#forIndex()}: text, title and signer fields at index time. */
  public static final String INDEX = "vankien_index";
  /** {@link VietnameseAnalyzer#forQuery(boolean) forQuery(true)}: a query typed with diacritics. */
  public static final String QUERY_EXACT = "vankien_query_exact";
  /** {@link VietnameseAnalyzer#forQuery(boolean) forQuery(false)}: a query typed without diacritics. */
  public static final String QUERY_FOLDED = "vankien_query_folded";
  /** {@link VietnameseAnalyzer#forPhrase(boolean) forPhrase(true)}: phrases with diacritics. */
  public static final String PHRASE_EXACT = "vankien_phrase_exact";
  /** {@link VietnameseAnalyzer#forPhrase(boolean) forPhrase(false)}: phrases without diacritics. */
  public static final String PHRASE_FOLDED = "vankien_phrase_folded";
  /** {@link VietnameseAnalyzer#forPairs(boolean) forPairs(true)}: exact word pairs. */
  public static final String PAIRS_EXACT = "vankien_pairs_exact";
  /** {@link VietnameseAnalyzer#forPairs(boolean) forPairs(false)}: folded word pairs. */
  public static final String PAIRS_FOLDED = "vankien_pairs_folded";
  /** {@link VietnameseAnalyzer#forPrefixes()}: completion fields. */
  public static final String PREFIXES = "vankien_prefixes";

  /** Name to a new analyzer of that chain, in a fixed order. */
  public static final Map<String, Supplier<VietnameseAnalyzer>> ALL;

  static {
    Map<String, Supplier<VietnameseAnalyzer>> m = new LinkedHashMap<>();
    m.put(INDEX, VietnameseAnalyzer::forIndex);
    m.put(QUERY_EXACT, () -> VietnameseAnalyzer.forQuery(true));
    m.put(QUERY_FOLDED, () -> VietnameseAnalyzer.forQuery(false));
    m.put(PHRASE_EXACT, () -> VietnameseAnalyzer.forPhrase(true));
    m.put(PHRASE_FOLDED, () -> VietnameseAnalyzer.forPhrase(false));
    m.put(PAIRS_EXACT, () -> VietnameseAnalyzer.forPairs(true));
    m.put(PAIRS_FOLDED, () -> VietnameseAnalyzer.forPairs(false));
    m.put(PREFIXES, VietnameseAnalyzer::forPrefixes);
    ALL = Collections.unmodifiableMap(m);
  }
}
