package io.vankien.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One line of a benchmark corpus's {@code manifest.jsonl}: what the generator wrote into one document.
 * {@code province} is the province's name before 1 July 2025 (63-list), {@code provinceCurrent} the one it
 * became; the header of a document dated from 1 July 2025 names {@code provinceCurrent}. {@code title},
 * {@code signer} and {@code issuer} are as the document writes them ({@code title} and {@code signer} in
 * the document's tone-mark style, {@code toneStyle} "old" for "hoà, thuỷ", "new" for "hòa, thủy").
 * {@code cites} holds the numbers of the earlier generated documents this one cites (the recombined real
 * paragraphs may cite other, real documents). {@code level} is "provincial" or "district", {@code layout}
 * "party" or "state", {@code long} marks the few very long, law-like documents.
 */
@JsonPropertyOrder({"file", "type", "number", "date", "province", "provinceCurrent", "level", "layout", "issuer",
    "signer", "signerRole", "title", "cites", "toneStyle", "long", "bytes"})
public record ManifestEntry(
    String file,
    String type,
    String number,
    String date,
    String province,
    String provinceCurrent,
    String level,
    String layout,
    String issuer,
    String signer,
    String signerRole,
    String title,
    List<String> cites,
    String toneStyle,
    @JsonProperty("long") boolean longDocument,
    long bytes) {

  ManifestEntry withFile(String file, long bytes) {
    return new ManifestEntry(file, type, number, date, province, provinceCurrent, level, layout, issuer, signer,
        signerRole, title, cites, toneStyle, longDocument, bytes);
  }
}
