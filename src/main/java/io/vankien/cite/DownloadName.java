package io.vankien.cite;

import io.vankien.meta.DocumentMetadata;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The file name a downloaded original gets, from what the citation names: type, number and date
 * ("Nghị-quyết-01-NQ-TU-2020-11-26.pdf"), in UTF-8 and in ASCII ("Nghi-quyet-01-NQ-TU-2020-11-26.pdf"), and
 * the {@code Content-Disposition} header carrying both (RFC 6266, the UTF-8 form as RFC 5987 {@code
 * filename*}). A record with neither number nor date keeps its file name's own words; the extension is
 * the file's own.
 *
 * @param utf8 the name with Vietnamese letters
 * @param ascii the same without diacritics, for clients that read only {@code filename}
 */
public record DownloadName(String utf8, String ascii) {
  private static final Pattern EXTENSION = Pattern.compile("\\.([A-Za-z0-9]{1,5})$");
  private static final int MAX_STEM = 120;

  /**
   * The download name of a document's original: {@code fileName} is the original's file name (its
   * extension is kept; may be null), {@code id} the last resort.
   */
  public static DownloadName of(DocumentMetadata m, String fileName, String id) {
    return of(m, fileName, id, null);
  }

  /**
   * The download name of version {@code version} of a document ("...-ban-1.pdf"); null {@code version} for
   * the current original.
   */
  public static DownloadName of(DocumentMetadata m, String fileName, String id, Integer version) {
    String extension = extension(fileName);
    List<String> words = new ArrayList<>();
    String number = CitationTitle.clean(m.number());
    String date = CitationTitle.clean(m.date());
    if (number != null || date != null) {
      String type = CitationTitle.clean(m.type());
      words.add(type == null ? CitationTitle.GENERIC_TYPE : type);
      if (number != null) {
        words.add(number);
      }
      if (date != null) {
        words.add(date.length() > 10 ? date.substring(0, 10) : date);
      }
    } else {
      String f = CitationTitle.clean(fileName);
      words.add(f == null ? id : extension.isEmpty() ? f : f.substring(0, f.length() - extension.length()));
    }
    if (version != null) {
      words.add("bản " + version);
    }
    String stem = slug(String.join(" ", words));
    if (stem.isEmpty()) {
      stem = slug(id);
    }
    if (stem.length() > MAX_STEM) {
      stem = stem.substring(0, MAX_STEM).replaceAll("-+$", "");
    }
    String utf8 = stem + extension;
    return new DownloadName(utf8, ascii(utf8));
  }

  /** {@code attachment; filename="ASCII"; filename*=UTF-8''PERCENT-ENCODED}. */
  public String contentDisposition() {
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(utf8);
  }

  /** ".pdf" of "x.pdf"; empty when the name has no short extension. */
  static String extension(String fileName) {
    if (fileName == null) {
      return "";
    }
    var m = EXTENSION.matcher(fileName.strip());
    return m.find() && m.start() > 0 ? "." + m.group(1).toLowerCase(Locale.ROOT) : "";
  }

  /** Letters and digits kept, every other run of characters one hyphen: "01-NQ/TU" gives "01-NQ-TU". */
  static String slug(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{N}]+", "-")
        .replaceAll("^-+|-+$", "");
  }

  /** Diacritics removed, đ to d, anything left outside printable ASCII a hyphen. */
  static String ascii(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd')
        .replace('Đ', 'D');
    return n.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-");
  }

  /** RFC 5987 value-chars: attr-char kept, every other UTF-8 byte as %XX. */
  static String rfc5987(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
        out.write(c);
      } else {
        out.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
      }
    }
    return out.toString(StandardCharsets.US_ASCII);
  }
}
