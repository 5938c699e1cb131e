package io.vankien.index;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name a browser sent with an uploaded file, made safe. The typed name is never used as a path: it is
 * kept (last path segment, no control characters, at most {@value #MAX_BYTES} UTF-8 bytes) as the
 * document's source name only, and the file on disk gets a name of the server's making with at most the
 * typed name's extension (which text extraction uses as a hint).
 */
public final class UploadName {
  /** The longest source name kept, in UTF-8 bytes: a file name's limit on common file systems. */
  public static final int MAX_BYTES = 255;
  static final String FALLBACK = "upload";
  private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,10}");

  private UploadName() {}

  /** The name to show and record: "upload" when nothing usable is left. */
  public static String display(String typed) {
    if (typed == null) {
      return FALLBACK;
    }
    String s = Normalizer.normalize(typed, Normalizer.Form.NFC);
    s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1); // the last path segment
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
        .forEach(sb::appendCodePoint);
    s = truncate(sb.toString().strip(), MAX_BYTES);
    return s.isEmpty() || s.equals(".") || s.equals("..") ? FALLBACK : s;
  }

  /** The typed name's extension, lower case with its dot (".pdf"), or "" when it has none fit for a file name. */
  public static String extension(String typed) {
    String name = display(typed);
    int dot = name.lastIndexOf('.');
    if (dot <= 0) {
      return "";
    }
    String ext = name.substring(dot + 1);
    return EXTENSION.matcher(ext).matches() ? "." + ext.toLowerCase(Locale.ROOT) : "";
  }

  /** The longest prefix of s, whole code points only, that is at most maxBytes in UTF-8, keeping its extension. */
  static String truncate(String s, int maxBytes) {
    if (s.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
      return s;
    }
    int dot = s.lastIndexOf('.');
    String ext = dot > 0 && s.length() - dot <= 11 ? s.substring(dot) : "";
    int budget = maxBytes - ext.getBytes(StandardCharsets.UTF_8).length;
    StringBuilder sb = new StringBuilder();
    int used = 0;
    for (int i = 0; i < s.length() - ext.length(); ) {
      int cp = s.codePointAt(i);
      int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (used + n > budget) {
        break;
      }
      sb.appendCodePoint(cp);
      used += n;
      i += Character.charCount(cp);
    }
    return sb.toString().strip() + ext;
  }
}
