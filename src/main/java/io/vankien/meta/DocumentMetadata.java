package io.vankien.meta;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metadata an archivist reads off one document. One record for every layer: the extractor fills it,
 * the index stores it, search hits, the JSON API and export print it. A new field is added here only.
 *
 * <p>{@code provenance} maps a field name to where its value came from: {@code extracted}, {@code
 * sidecar}, {@code edited}, {@code inferred} or {@code default} (the access level configuration gives a
 * document that states none). Fields absent from the map were extracted (or are null).
 *
 * <p>{@code subjects} are the labels of the document's subjects (lĩnh vực, {@link Subjects}), {@code
 * subjectReasons} one line per subject saying which words and where ({@link SubjectReader}).
 *
 * <p>{@code access} is the {@link AccessLevel#label()} of who may read the document; a value given in
 * another accepted form ("public", "noi-bo", "Tối mật") is kept in that canonical label.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({
  "type", "number", "date", "dateSource", "province", "provinceCurrent", "provincesMentioned", "level",
  "issuer", "signer", "signerRole", "signingAuthority", "title", "subjects", "subjectReasons", "term", "cites", "recipients", "access", "provenance"
})
public record DocumentMetadata(
    String type,
    String number,
    String date,
    String dateSource,
    String province,
    String provinceCurrent,
    List<String> provincesMentioned,
    String level,
    String issuer,
    String signer,
    String signerRole,
    String signingAuthority,
    String title,
    List<String> subjects,
    List<String> subjectReasons,
    String term,
    List<String> cites,
    List<String> recipients,
    String access,
    Map<String, String> provenance) {

  public static final String EXTRACTED = "extracted";
  public static final String SIDECAR = "sidecar";
  public static final String EDITED = "edited";
  public static final String INFERRED = "inferred";
  public static final String DEFAULT = "default";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  public DocumentMetadata {
    provincesMentioned = provincesMentioned == null ? List.of() : List.copyOf(provincesMentioned);
    cites = cites == null ? List.of() : List.copyOf(cites);
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
    subjects = subjects == null ? List.of() : List.copyOf(subjects);
    subjectReasons = subjectReasons == null ? List.of() : List.copyOf(subjectReasons);
    access = access == null || access.isBlank() ? null : AccessLevel.require(access).label();
    provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
  }

  public static DocumentMetadata empty() {
    return new DocumentMetadata(null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null);
  }

  /** The field names of this record (excluding provenance), in JSON order. */
  @JsonIgnore
  public static List<String> fieldNames() {
    return java.util.Arrays.stream(DocumentMetadata.class.getRecordComponents())
        .map(java.lang.reflect.RecordComponent::getName)
        .filter(n -> !n.equals("provenance"))
        .toList();
  }

  /** This record as an ordered map (field name to value), as JSON would show it. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> toMap() {
    return MAPPER.convertValue(this, LinkedHashMap.class);
  }

  /**
   * A copy with the given fields replaced and their provenance set to {@code source} ({@code extracted}
   * removes the field's provenance entry: absent means extracted).
   *
   * @throws IllegalArgumentException naming the field when a key is not a metadata field or a value has
   *     the wrong shape
   */
  public DocumentMetadata withOverrides(Map<String, ?> overrides, String source) {
    Map<String, Object> map = toMap();
    Map<String, String> prov = new LinkedHashMap<>(provenance);
    for (Map.Entry<String, ?> e : overrides.entrySet()) {
      String field = e.getKey();
      if (field.equals("provenance") || !map.containsKey(field)) {
        throw new IllegalArgumentException("unknown metadata field: " + field);
      }
      map.put(field, e.getValue());
      recordSource(prov, field, source);
    }
    map.put("provenance", prov);
    try {
      return MAPPER.convertValue(map, DocumentMetadata.class);
    } catch (IllegalArgumentException ex) {
      if (ex.getCause() instanceof com.fasterxml.jackson.databind.exc.ValueInstantiationException vie
          && vie.getCause() instanceof IllegalArgumentException bad) {
        throw new IllegalArgumentException("bad metadata value: " + bad.getMessage(), ex);
      }
      throw new IllegalArgumentException("bad metadata value: " + ex.getMessage(), ex);
    }
  }

  /**
   * This metadata with its access level {@code label} set from {@code source}: what {@code
   * withOverrides(Map.of("access", label), source)} gives, without the round trip of the whole record through a
   * map: every new document gets the default level so, and the round trip was 1.7% of a bulk ingest's profile
   * (BENCHMARKS.md, twenty-seventh session, item 4).
   */
  public DocumentMetadata withAccess(String label, String source) {
    Map<String, String> prov = new LinkedHashMap<>(provenance);
    recordSource(prov, "access", source);
    return new DocumentMetadata(type, number, date, dateSource, province, provinceCurrent, provincesMentioned,
        level, issuer, signer, signerRole, signingAuthority, title, subjects, subjectReasons, term, cites,
        recipients, label, prov);
  }

  /** Records in {@code prov} where {@code field}'s value now comes from: absent means extracted. */
  private static void recordSource(Map<String, String> prov, String field, String source) {
    if (EXTRACTED.equals(source)) {
      prov.remove(field);
    } else {
      prov.put(field, source);
    }
  }

  /** The access level, or empty when none is set (a record written before levels existed). */
  @JsonIgnore
  public java.util.Optional<AccessLevel> accessLevel() {
    return AccessLevel.parse(access);
  }

  /** Where a field's value came from. */
  public String sourceOf(String field) {
    return provenance.getOrDefault(field, EXTRACTED);
  }
}
