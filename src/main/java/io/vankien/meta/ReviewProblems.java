package io.vankien.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an archivist should check in a document's metadata: each of {@link #FIELDS} missing ({@code
 * "number"}) or uncertain ({@code "number-uncertain"}). A value staff set (edited, sidecar) is never
 * uncertain; an extracted one is uncertain when the extractor's own evidence is weak: a number without its
 * symbol, a date read outside the header, a title that is a file name, a province inferred from elsewhere.
 */
public final class ReviewProblems {
  /** The fields the queue checks, in the order it lists them. */
  public static final List<String> FIELDS = List.of("number", "date", "title", "province", "issuer");
  public static final String UNCERTAIN = "-uncertain";

  private static final Pattern FILE_NAME = Pattern.compile(
      "(?i).*\\.(txt|pdf|docx?|odt|rtf|html?|png|jpe?g|tiff?)$|.*_.*|^[\\w.-]+$");

  private ReviewProblems() {}

  /** The problems of one document's metadata, in {@link #FIELDS} order; empty when nothing needs a look. */
  public static List<String> of(DocumentMetadata m) {
    List<String> out = new ArrayList<>();
    for (String field : FIELDS) {
      String value = value(m, field);
      if (value == null || value.isBlank()) {
        out.add(field);
      } else if (uncertain(m, field, value)) {
        out.add(field + UNCERTAIN);
      }
    }
    return out;
  }

  /** The field a problem code is about ("date-uncertain" → "date"). */
  public static String fieldOf(String problem) {
    return problem.endsWith(UNCERTAIN) ? problem.substring(0, problem.length() - UNCERTAIN.length()) : problem;
  }

  /** The value of one of {@link #FIELDS} in the metadata, or null. */
  public static String value(DocumentMetadata m, String field) {
    return switch (field) {
      case "number" -> m.number();
      case "date" -> m.date();
      case "title" -> m.title();
      case "province" -> m.province();
      case "issuer" -> m.issuer();
      default -> throw new IllegalArgumentException(field);
    };
  }

  private static boolean uncertain(DocumentMetadata m, String field, String value) {
    String provenance = m.provenance().getOrDefault(field, DocumentMetadata.EXTRACTED);
    if (provenance.equals(DocumentMetadata.EDITED) || provenance.equals(DocumentMetadata.SIDECAR)) {
      return false;
    }
    return switch (field) {
      case "number" -> value.indexOf('/') < 0 && value.indexOf('-') < 0; // "12" without its "-NQ/TU"
      case "date" -> !readInHeader(m.dateSource());
      case "title" -> FILE_NAME.matcher(value.strip()).matches();
      case "province" -> provenance.equals(DocumentMetadata.INFERRED);
      default -> false;
    };
  }

  /** Whether the extractor read the date in the document's header (its place-date line or by the number). */
  private static boolean readInHeader(String dateSource) {
    if (dateSource == null) {
      return false;
    }
    String s = dateSource.toLowerCase(Locale.ROOT);
    return s.endsWith("of the header") || s.endsWith("in the header");
  }
}
