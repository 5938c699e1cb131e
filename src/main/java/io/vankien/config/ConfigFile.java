package io.vankien.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;

/**
 * A {@code vankien.properties} file (Java properties, UTF-8): the settings it sets, every key known and every
 * value checked when it is read.
 *
 * @param path the file
 * @param values the settings the file sets, in canonical spelling
 */
public record ConfigFile(Path path, Map<Setting, String> values) {
  /** How close (0 to 1, Levenshtein) an unknown key must be to a known one to be suggested. */
  private static final float SUGGEST_ABOVE = 0.5f;

  public ConfigFile {
    Map<Setting, String> copy = new EnumMap<>(Setting.class);
    copy.putAll(values);
    values = Collections.unmodifiableMap(copy);
  }

  /**
   * Reads and checks the file.
   *
   * @throws ConfigException for a missing or unreadable file, an unknown key (naming the nearest known one) or
   *     a bad value (naming key, file and value)
   */
  public static ConfigFile read(Path file) {
    Properties p = new Properties();
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      p.load(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)); // a BOM (Notepad) is no key
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new ConfigException("configuration file " + file + " is not UTF-8 text", e);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new ConfigException("configuration file not found: " + file);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException("cannot read configuration file " + file + ": " + e.getMessage(), e);
    }
    Map<Setting, String> values = new EnumMap<>(Setting.class);
    for (String key : new TreeSet<>(p.stringPropertyNames())) {
      Setting s = Setting.byKey(key).orElseThrow(() -> new ConfigException(unknownKey(key, file)));
      String raw = p.getProperty(key);
      try {
        values.put(s, s.canonical(raw));
      } catch (IllegalArgumentException e) {
        throw new ConfigException(file + ": " + key + " = '" + raw + "': " + e.getMessage(), e);
      }
    }
    return new ConfigFile(file, values);
  }

  private static String unknownKey(String key, Path file) {
    LuceneLevenshteinDistance distance = new LuceneLevenshteinDistance(); // a transposition counts as one edit
    Setting nearest = null;
    float best = SUGGEST_ABOVE;
    for (Setting s : Setting.values()) {
      float d = distance.getDistance(key, s.key());
      if (d > best) {
        best = d;
        nearest = s;
      }
    }
    return file + ": unknown setting '" + key + "'"
        + (nearest == null ? "" : " (did you mean '" + nearest.key() + "'?)")
        + "; see `vankien config` for the known ones";
  }

  /**
   * One {@code key = value} line that {@link Properties#load} reads back to the value: backslashes, line
   * breaks, tabs and leading spaces escaped, other characters (Vietnamese too: the file is UTF-8) as they are.
   */
  public static String line(Setting setting, String value) {
    StringBuilder b = new StringBuilder(setting.key()).append(" = ");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '\f' -> b.append("\\f");
        case ' ' -> b.append(i == 0 ? "\\ " : " ");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
