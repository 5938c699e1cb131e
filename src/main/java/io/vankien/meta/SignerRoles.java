package io.vankien.meta;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Signers' roles (chức vụ: "Bí thư", "Phó Chủ tịch", "Chánh Văn phòng"), from {@code signer-roles.txt}, in their
 * display form, longest first where one begins another. A role line is matched tone-style- and
 * case-insensitively and shown in this form, as the judged data write roles ("PHÓ BÍ THƯ THƯỜNG TRỰC" and
 * "Phó Bí thư thường trực" give "Phó Bí thư Thường trực").
 */
final class SignerRoles {
  private SignerRoles() {}

  private static final String[] ROLES = Vocabulary.words("signer-roles.txt").toArray(String[]::new);

  /** Every role in capitals, as a regex alternation. */
  static final String IN_CAPITALS = java.util.Arrays.stream(ROLES)
      .map(r -> r.toUpperCase(Locale.ROOT)).collect(java.util.stream.Collectors.joining("|"));

  /**
   * The role a signing line ends with after its authority's body ("T/M TỈNH ỦY BÍ THƯ" gives "Bí thư"), the
   * first of the roles that does, in display form; null when none does.
   */
  static String atEnd(String authorityBody) {
    String lowerBody = VietnameseCase.tones(authorityBody.toLowerCase(Locale.ROOT));
    for (int k = 0; k < ROLES.length; k++) {
      String lr = LOWER_ROLES[k];
      if (lowerBody.endsWith(" " + lr) && lowerBody.length() > lr.length() + 1) {
        return ROLES[k];
      }
    }
    return null;
  }

  /** Display role when the whole line is a role ("BÍ THƯ", "Chủ tịch Quốc hội"), else null. */
  static String roleOf(String line) {
    String stripped = line.strip();
    if (stripped.length() > 46 || stripped.isEmpty() || !Character.isUpperCase(stripped.charAt(0))) {
      return null; // longer than any role with a closing "." or ":", or not beginning with a capital
    }
    String l = CLOSING_STOP.matcher(stripped).replaceAll("");
    if (l.length() > 45 || l.isEmpty() || !Character.isUpperCase(l.charAt(0))) {
      return null;
    }
    return ROLE_OF_LOWER.get(VietnameseCase.tones(l.toLowerCase(Locale.ROOT)));
  }

  private static final Pattern CLOSING_STOP = Pattern.compile("[.:]$");

  /** Each role's lower-case form (modern tone placement) to the role, the first of {@link #ROLES} when two share one. */
  private static final java.util.Map<String, String> ROLE_OF_LOWER = new java.util.HashMap<>();
  /** The lower-case form of each of {@link #ROLES}, in the same order. */
  private static final String[] LOWER_ROLES = new String[ROLES.length];

  static {
    for (int k = 0; k < ROLES.length; k++) {
      LOWER_ROLES[k] = VietnameseCase.tones(ROLES[k].toLowerCase(Locale.ROOT));
      ROLE_OF_LOWER.putIfAbsent(LOWER_ROLES[k], ROLES[k]);
    }
  }
}
