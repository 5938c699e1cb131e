package io.vankien.web;

import io.vankien.search.BadRequestException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks a raw query string's percent-encoding before anything reads it: a malformed escape ("%A&", "%ZZ")
 * or bytes that are not UTF-8 ("%E0%A4%A") are a 400 naming the parameter. (Javalin's own parser drops
 * every parameter of a query string it cannot decode, which would run a search with no filters at all.)
 */
final class QueryStrings {
  private QueryStrings() {}

  static void check(String raw) {
    if (raw == null || raw.isEmpty()) {
      return;
    }
    for (String pair : raw.split("&", -1)) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String name = decode(key, "query string");
      if (eq >= 0) {
        decode(pair.substring(eq + 1), name.isEmpty() ? "query string" : name);
      }
    }
  }

  /** The decoded component; a 400 naming {@code parameter} when it is malformed. */
  private static String decode(String s, String parameter) {
    if (s.indexOf('%') < 0) {
      return s.replace('+', ' ');
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        int hi = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
        int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
        if (hi < 0 || lo < 0) {
          throw new BadRequestException(clip(parameter), "mã hóa phần trăm sai ở “"
              + clip(s.substring(i, Math.min(s.length(), i + 3))) + "” (ký tự % phải viết là %25)");
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else {
        byte[] b = String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      throw new BadRequestException(clip(parameter), "các byte mã hóa phần trăm không phải UTF-8");
    }
  }

  private static String clip(String s) {
    String t = s.codePoints().filter(cp -> !Character.isISOControl(cp))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    return t.length() > 60 ? t.substring(0, 60) + "…" : t;
  }
}
