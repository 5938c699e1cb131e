package io.vankien.search;

/**
 * A request the user can fix: names the parameter and what is wrong with it. The message is Vietnamese and
 * starts with the parameter's name as the UI shows it ({@link ParameterNames}); {@link #code()} is a stable
 * English code for programs; {@link #retry()}, for a malformed query, is the query without its faulty part.
 */
public class BadRequestException extends RuntimeException {
  /** The code of a parameter whose value is wrong, when no more precise code is given. */
  public static final String INVALID = "invalid-parameter";

  private final String parameter;
  private final String code;
  private final String retry;

  public BadRequestException(String parameter, String problem) {
    this(parameter, INVALID, problem, null);
  }

  /**
   * @param code a stable English code ({@code unbalanced-quote}, ...)
   * @param problem what is wrong, in Vietnamese, as a clerk would say it (the parameter's name is prefixed)
   * @param retry the query without its faulty part (for {@code q}), or null
   */
  public BadRequestException(String parameter, String code, String problem, String retry) {
    super(ParameterNames.of(parameter) + ": " + problem);
    this.parameter = parameter;
    this.code = code;
    this.retry = retry == null || retry.isBlank() ? null : retry.strip();
  }

  public String parameter() {
    return parameter;
  }

  public String code() {
    return code;
  }

  /** The query without its faulty part, or null. */
  public String retry() {
    return retry;
  }
}
