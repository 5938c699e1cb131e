package io.vankien.cli;

import io.vankien.search.Ranking;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** "all-200", "required-100", ... to a {@link Ranking}, for the options that compare rankings. */
public final class RankingConverter implements ITypeConverter<Ranking> {
  @Override
  public Ranking convert(String value) {
    try {
      return Ranking.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
