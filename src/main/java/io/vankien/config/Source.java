package io.vankien.config;

/** Where a setting's effective value came from. */
public record Source(Kind kind, String where) {
  public enum Kind { DEFAULT, FILE, ENVIRONMENT, FLAG }

  public static final Source DEFAULT = new Source(Kind.DEFAULT, "");

  public static Source file(java.nio.file.Path file) {
    return new Source(Kind.FILE, file.toString());
  }

  public static Source environment(String variable) {
    return new Source(Kind.ENVIRONMENT, variable);
  }

  public static Source flag(String option) {
    return new Source(Kind.FLAG, option);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case DEFAULT -> "default";
      case FILE -> "file " + where;
      case ENVIRONMENT -> "environment " + where;
      case FLAG -> "flag " + where;
    };
  }
}
