package io.vankien.meta;

import java.util.List;
import java.util.Map;

/**
 * Text (cleaned by {@link io.vankien.extract.TextCleaner}) to metadata, from the text only. Every field is null when the
 * text does not say it; nothing is guessed. The text is split once into zones ({@link DocumentZones});
 * each field has its reader: {@link TypeReader}, {@link NumberReader}, {@link DateReader},
 * {@link IssuerReader}, {@link LevelReader}, {@link ProvinceReader}, {@link TitleReader},
 * {@link SignatureReader} (signer, role, authority), {@link TermReader}, {@link RecipientsReader},
 * {@link CitesReader}, {@link AccessStampReader}, {@link SubjectReader}. Thread-safe and stateless.
 */
public class MetadataExtractor {

  public DocumentMetadata extract(String text) {
    if (text == null || text.isBlank()) {
      return DocumentMetadata.empty();
    }
    DocumentZones z = DocumentZones.of(text);
    Provinces provinces = Provinces.load();
    HeaderReader.Header header = z.header();
    SignatureReader.Signature signature = z.signature();

    String number = NumberReader.read(z);
    String type = TypeReader.read(z);
    DateReader.Dated dated = DateReader.read(z);
    String issuer = IssuerReader.read(z, type);
    Level level = LevelReader.level(issuer, number, z.authority(), dated.date(), provinces);
    String province = ProvinceReader.read(z, ProvinceReader.fromHeader(header, provinces), issuer, level,
        dated.date(), provinces);
    if (province != null && ProvinceReader.isPlaceless(issuer) && provinces.namesIn(issuer).isEmpty()) {
      issuer = issuer + " " + province; // "Ban Chấp hành Đảng bộ tỉnh" + the province its text names
      level = level == null ? LevelReader.level(issuer, number, z.authority(), dated.date(), provinces) : level;
    }
    String title = TitleReader.read(z);
    String term = TermReader.read(z.headerText(), z.opening(), z.flowed(), dated.date(), issuer);
    SubjectReader.Result subjects = SubjectReader.read(type, title, z.opening(), z.flowed());

    return new DocumentMetadata(
        type,
        number,
        dated.date() == null ? null : dated.date().toString(),
        dated.date() == null ? null : dated.source(),
        province,
        province == null ? null : provinces.currentOf(province),
        title == null ? List.of() : provinces.namesIn(title, dated.date()),
        level == null ? null : level.code(),
        issuer,
        signature == null ? null : signature.signer(),
        signature == null ? null : signature.role(),
        z.authority(),
        title,
        subjects.labels(),
        subjects.reasons(),
        term,
        CitesReader.read(z, number),
        RecipientsReader.read(z.lines()),
        AccessStampReader.read(z.raw()).map(AccessLevel::label).orElse(null),
        Map.of());
  }
}
