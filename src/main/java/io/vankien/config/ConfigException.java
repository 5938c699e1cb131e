package io.vankien.config;

/** A configuration file or value that cannot be used; the message names the file, key and value. */
public final class ConfigException extends IllegalArgumentException {
  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
