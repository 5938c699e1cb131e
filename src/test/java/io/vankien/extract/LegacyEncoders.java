package io.vankien.extract;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Unicode → TCVN3 / VNI, as the old fonts stored text; the test-side inverse of the decoders, written from
 * its own tables (Latin-1 characters here, hex codes in tcvn3.txt; whole-letter spellings here, mark rules in
 * VniDecoder) so a slip in one is caught by the other.
 */
final class LegacyEncoders {
  /** The 134 Vietnamese letters with diacritics (67 lower case, then their capitals). */
  static final String LOWER = "àảãáạăằẳẵắặâầẩẫấậèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵđ";
  static final String UPPER = LOWER.toUpperCase(java.util.Locale.ROOT);

  /** TCVN3 code of each letter of LOWER, in the same order. */
  private static final String TCVN3_LOWER = "µ¶·¸¹¨»¼½¾Æ©ÇÈÉÊËÌÎÏÐÑªÒÓÔÕÖ×ØÜÝÞßáâãä«åæçèé¬êëìíîïñòóô\u00adõö÷øùúûüýþ®";
  /** The seven capitals that have a code of their own in TCVN3. */
  private static final String TCVN3_CAPITALS = "ĂÂÊÔƠƯĐ";
  private static final String TCVN3_CAPITAL_CODES = "¡¢£¤¥¦§";

  /** VNI spelling of each letter of LOWER, space separated, in the same order. */
  private static final String VNI_LOWER = "aø aû aõ aù aï aê aè aú aü aé aë aâ aà aå aã aá aä "
      + "eø eû eõ eù eï eâ eà eå eã eá eä ì æ ó í ò oø oû oõ où oï oâ oà oå oã oá oä "
      + "ô ôø ôû ôõ ôù ôï uø uû uõ uù uï ö öø öû öõ öù öï yø yû yõ yù î ñ";

  private static final Map<Character, String> TCVN3 = new HashMap<>();
  private static final Map<Character, String> VNI = new HashMap<>();

  static {
    if (LOWER.length() != 67 || TCVN3_LOWER.length() != 67) {
      throw new IllegalStateException("tables must list 67 letters");
    }
    String[] vni = VNI_LOWER.split(" ");
    if (vni.length != 67) {
      throw new IllegalStateException("VNI table must list 67 letters, has " + vni.length);
    }
    for (int i = 0; i < LOWER.length(); i++) {
      String code = String.valueOf(TCVN3_LOWER.charAt(i));
      TCVN3.put(LOWER.charAt(i), code);
      TCVN3.put(UPPER.charAt(i), code); // capitals font: the lower-case code
      VNI.put(LOWER.charAt(i), vni[i]);
      VNI.put(UPPER.charAt(i), vni[i].toUpperCase(java.util.Locale.ROOT));
    }
    for (int i = 0; i < TCVN3_CAPITALS.length(); i++) {
      TCVN3.put(TCVN3_CAPITALS.charAt(i), String.valueOf(TCVN3_CAPITAL_CODES.charAt(i)));
    }
  }

  private LegacyEncoders() {}

  static String toTcvn3(String unicode) {
    return encode(unicode, TCVN3);
  }

  static String toVni(String unicode) {
    return encode(unicode, VNI);
  }

  private static String encode(String unicode, Map<Character, String> table) {
    String nfc = Normalizer.normalize(unicode, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length() + nfc.length() / 4);
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      String code = table.get(c);
      out.append(code != null ? code : String.valueOf(c));
    }
    return out.toString();
  }
}
