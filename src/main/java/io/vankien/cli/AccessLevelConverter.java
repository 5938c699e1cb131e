package io.vankien.cli;

import io.vankien.meta.AccessLevel;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** "công khai", "public", "noi-bo", "mật", ... to an {@link AccessLevel}, for options that take one. */
public final class AccessLevelConverter implements ITypeConverter<AccessLevel> {
  @Override
  public AccessLevel convert(String value) {
    try {
      return AccessLevel.require(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
