package io.vankien.search;

import java.io.IOException;
import java.util.regex.Pattern;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The symbol keys of one number that a regular expression matches ({@link LooseNumber}): the terms of the
 * field starting with the number and then '-' or '/' (one short run of the term dictionary, found by one
 * seek) are checked against the expression. It matches the documents Lucene's {@code RegexpQuery} over the
 * same expression matches ({@code SymbolKeyQueryTest}), without building an automaton for every query:
 * its expression allows any character but '-' and '/' between separators, and turning that into an
 * automaton over UTF-8 bytes took a few milliseconds, most of a number query's time.
 */
public final class SymbolKeyQuery extends MultiTermQuery {
  private final BytesRef number;
  private final Pattern pattern;

  /**
   * @param number the number every matching key starts with (then '-', '/' or nothing)
   * @param regex the whole key, a {@link java.util.regex.Pattern} (it must start with {@code number})
   */
  SymbolKeyQuery(String field, String number, String regex) {
    super(field, CONSTANT_SCORE_BLENDED_REWRITE);
    if (!regex.startsWith(number)) {
      throw new IllegalArgumentException("the expression must start with the number " + number + ": " + regex);
    }
    this.number = new BytesRef(number);
    this.pattern = Pattern.compile(regex);
  }

  /** The expression a whole key must match (a cluster asks it as a {@code regexp} query). */
  public String regex() {
    return pattern.pattern();
  }

  @Override
  protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
    return new KeysOfNumber(terms.iterator());
  }

  /** The terms from {@code number} to the first one that continues it with a character after '/'. */
  private final class KeysOfNumber extends FilteredTermsEnum {
    KeysOfNumber(TermsEnum terms) {
      super(terms);
      setInitialSeekTerm(number);
    }

    @Override
    protected AcceptStatus accept(BytesRef term) {
      if (!StringHelper.startsWith(term, number)) {
        return AcceptStatus.END;
      }
      if (term.length > number.length) {
        int next = term.bytes[term.offset + number.length] & 0xFF; // terms sort by unsigned bytes
        if (next > '/') { // '-' and '/' sort before the digits: every key of this number is behind
          return AcceptStatus.END;
        }
        if (next != '-' && next != '/') {
          return AcceptStatus.NO;
        }
      }
      return pattern.matcher(term.utf8ToString()).matches() ? AcceptStatus.YES : AcceptStatus.NO;
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(field)) {
      visitor.visitLeaf(this);
    }
  }

  @Override
  public String toString(String f) {
    return (field.equals(f) ? "" : field + ":") + "/" + pattern.pattern() + "/";
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + pattern.pattern().hashCode();
  }

  @Override
  public boolean equals(Object other) {
    return super.equals(other) && pattern.pattern().equals(((SymbolKeyQuery) other).pattern.pattern());
  }
}
