package io.vankien.search;

/** A request the user can fix: names the parameter and what is wrong with it. */
public class BadRequestException extends RuntimeException {
  private final String parameter;

  public BadRequestException(String parameter, String problem) {
    super(parameter + ": " + problem);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
