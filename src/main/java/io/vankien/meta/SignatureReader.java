package io.vankien.meta;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the signature block: the authority line ("T/M TỈNH ỦY", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"),
 * the role line ("BÍ THƯ", "CHỦ TỊCH QUỐC HỘI") and the signer's name, skipping "(Đã ký)" and the like.
 * Of the blocks found, the one whose name stands last in the text wins (signatures close a document;
 * appendices after them hold no role lines).
 */
final class SignatureReader {
  private SignatureReader() {}

  record Signature(String signer, String role, String authority, int nameLine) {}

  private static final Pattern AUTHORITY = Pattern.compile(
      "(?u)^(T/M|T\\.M|TM|K/T|KT|T/L|TL|TUQ|Q)\\s*[.:]?\\s+(\\p{Lu}.*)$");
  private static final Pattern AUTHORITY_BODY = Pattern.compile(
      "(?u)^(Tỉnh ủy|Thành ủy|Huyện ủy|Ban |Ủy ban|Hội đồng|Chính phủ|Quốc hội|Đảng ủy|Chủ tịch|Bí thư|Bộ trưởng|Giám đốc)");
  private static final Pattern SIGNED_SUFFIX = Pattern.compile("(?iu)\\s*[(\\[]\\s*đã\\s+k[ýí]\\s*[)\\]]\\s*$");
  private static final Pattern SIGNED = Pattern.compile(
      "(?iu)^[(\\[]?\\s*(đã ký|đã kí|ký|kí|ký tên,? đóng dấu|ký và đóng dấu|đã ký và đóng dấu|signed)\\s*[)\\]]?\\.?$");
  private static final int WINDOW = 8;

  private static final String NAME_WORDS = "\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}*){1,5}";
  /** "T/M BAN THƯỜNG VỤ BÍ THƯ Nguyễn Văn A": authority, role and name read into one line. */
  private static final Pattern MERGED_AUTHORITY = Pattern.compile("(?u)^((?:T/M|T\\.M|TM|K/T|KT|T/L|TL|TUQ)\\s*[.:]?\\s+"
      + "[\\p{Lu}][\\p{Lu}\\s/.]*?)\\s+(" + SignerRoles.IN_CAPITALS + ")(?:\\s+(" + NAME_WORDS + "))?$");
  /** "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH": a second authority in the same line. */
  private static final Pattern SECOND_AUTHORITY = Pattern.compile("(?u)(?<=\\p{Lu})\\s+(?=(?:K/T|KT\\.|T/L|TL\\.)\\s)");
  /** "BÍ THƯ Nguyễn Văn A": role and name in one line. */
  private static final Pattern ROLE_THEN_NAME = Pattern.compile(
      "(?u)^(" + SignerRoles.IN_CAPITALS + ")\\s+(" + NAME_WORDS + ")$");

  /** The lines with a signature block read into one line put back on separate lines. */
  static List<String> splitMerged(List<String> lines) {
    List<String> out = new java.util.ArrayList<>(lines.size());
    for (String l : lines) {
      if (l.isEmpty() || l.length() > 120 || !Character.isUpperCase(l.charAt(0))) {
        out.add(l); // every authority and role line begins with a capital
        continue;
      }
      List<String> parts = mayBeAuthority(l) && AUTHORITY.matcher(l).matches() ? List.of(SECOND_AUTHORITY.split(l)) : List.of(l);
      java.util.Deque<String> pending = new java.util.ArrayDeque<>(parts);
      while (!pending.isEmpty()) {
        String piece = pending.pop();
        Matcher a = MERGED_AUTHORITY.matcher(piece);
        Matcher r = ROLE_THEN_NAME.matcher(piece);
        if (mayBeAuthority(piece) && a.matches()) {
          out.add(a.group(1));
          out.add(a.group(2));
          if (a.group(3) != null) {
            out.add(a.group(3));
          }
        } else if (r.matches()) {
          out.add(r.group(1));
          out.add(r.group(2));
        } else {
          out.add(piece);
        }
      }
    }
    return out;
  }

  /** {@link #AUTHORITY} and {@link #MERGED_AUTHORITY} begin with "T", "K" or "Q" ("T/M", "KT.", "Q."). */
  private static boolean mayBeAuthority(String l) {
    char c = l.isEmpty() ? 0 : l.charAt(0);
    return c == 'T' || c == 'K' || c == 'Q';
  }

  /**
   * {@link #SIGNED} has, after an opening bracket and spaces, a word beginning "đ", "k" or "s" in any case
   * (as the case-insensitive pattern compares them).
   */
  private static boolean mayBeSigned(String l) {
    int i = 0;
    if (i < l.length() && (l.charAt(i) == '(' || l.charAt(i) == '[')) {
      i++;
    }
    while (i < l.length() && " \t\n\u000B\f\r".indexOf(l.charAt(i)) >= 0) {
      i++;
    }
    if (i == l.length()) {
      return false;
    }
    char f = AnchoredFind.fold(l.charAt(i));
    return f == 'đ' || f == 'k' || f == 's';
  }

  static Signature read(List<String> original) {
    List<String> lines = splitMerged(original);
    Signature best = null;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isEmpty()) {
        continue;
      }
      Signature s = null;
      Matcher am = AUTHORITY.matcher(l);
      if (mayBeAuthority(l) && am.matches() && am.group(2).length() <= 60
          && (VietnameseCase.isCapitals(am.group(2)) || AUTHORITY_BODY.matcher(am.group(2)).find())) {
        s = fromAuthority(lines, i, am.group(1), am.group(2));
      } else if (SignerRoles.roleOf(l) != null) {
        s = fromRole(lines, i, null);
        if (s == null) {
          s = nameAbove(lines, i, null, SignerRoles.roleOf(l)); // "CHỦ TỊCH" alone, the name beside the recipients above
        }
      } else if (mayBeSigned(l) && SIGNED.matcher(l).matches()) {
        int n = previousNonEmpty(lines, i);
        if (n >= 0 && PersonNames.isName(lines.get(n)) && SignerRoles.roleOf(lines.get(n)) == null) {
          int r = previousNonEmpty(lines, n);
          String role = r >= 0 ? SignerRoles.roleOf(lines.get(r)) : null;
          s = new Signature(PersonNames.display(lines.get(n)), role, null, n);
        }
      }
      if (s != null && (best == null || s.nameLine() >= best.nameLine())) {
        if (best != null && s.nameLine() == best.nameLine() && best.authority() != null
            && (s.authority() == null || best.authority().endsWith(", " + s.authority()))) {
          continue; // the same block read from its second line
        }
        best = s;
      }
    }
    return best != null ? best : loneName(lines);
  }

  /** A name in title case ("Vũ Thị Hải Yến") or all in capitals ("VŨ THỊ HẢI YẾN"), not "Lưu VT". */
  private static final Pattern PLAIN_NAME = Pattern.compile(
      "(?u)^(?:\\p{Lu}(?:['’]\\p{Lu})?+\\p{Ll}*+(?:\\s++|$))++$|^[\\p{Lu}'’\\s]++$");

  /**
   * A copy whose signature block lost its authority and role lines (a web page, a copy typed again): the
   * document's last line, when it is a person's name beginning with a known surname, is the signer.
   */
  private static Signature loneName(List<String> lines) {
    int last = previousNonEmpty(lines, lines.size());
    if (last < 0) {
      return null;
    }
    String l = lines.get(last).strip();
    return PersonNames.isName(l) && PLAIN_NAME.matcher(l).matches() && PersonNames.hasKnownSurname(l)
        && Provinces.load().canonical(l) == null // "Hà Nội", "Lâm Đồng" under a text are places
        ? new Signature(PersonNames.display(l), null, null, last) : null;
  }

  private static Signature fromAuthority(List<String> lines, int i, String prefix, String body) {
    String authorityBody = body.strip();
    String role = null;
    // "T/M TỈNH ỦY BÍ THƯ" on one line
    String r = SignerRoles.atEnd(authorityBody);
    if (r != null) {
      role = r;
      authorityBody = authorityBody.substring(0, authorityBody.length() - r.length()).strip();
    }
    String authority = SigningAuthorityStyle.prefix(prefix, authorityBody) + " " + VietnameseCase.restore(authorityBody);
    int next = nextNonEmpty(lines, i);
    Matcher second = next > 0 && next <= i + 2 && role == null ? AUTHORITY.matcher(lines.get(next)) : null;
    if (second != null && second.matches() && !second.group(1).equals(prefix)
        && VietnameseCase.isCapitals(second.group(2)) && second.group(2).length() <= 60) {
      // "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": the deputy signs for the head, for the body
      Signature inner = fromAuthority(lines, next, second.group(1), second.group(2));
      return inner == null ? null
          : new Signature(inner.signer(), inner.role(), authority + ", " + inner.authority(), inner.nameLine());
    }
    Signature s = fromRole(lines, i, authority);
    if (s == null) {
      s = nameAbove(lines, i, authority, null);
    }
    if (s == null) {
      return null;
    }
    return new Signature(s.signer(), role != null ? role : s.role(), authority, s.nameLine());
  }

  /** From an authority or role line at i: the role (line i or the next) and the name below it. */
  private static Signature fromRole(List<String> lines, int i, String authority) {
    String role = authority == null ? SignerRoles.roleOf(lines.get(i)) : null;
    if (authority != null && role == null) {
      int next = nextNonEmpty(lines, i);
      if (next > 0 && next <= i + 3 && SignerRoles.roleOf(lines.get(next)) != null) {
        role = SignerRoles.roleOf(lines.get(next));
        i = next;
      } else if (next > 0 && next <= i + 3 && wrappedRole(lines, next) != null) {
        role = wrappedRole(lines, next);
        i = next + 1;
      }
    }
    int window = i + WINDOW;
    for (int j = i + 1; j < lines.size() && j <= window; j++) {
      String l = SIGNED_SUFFIX.matcher(lines.get(j)).replaceAll("");
      if (l.isEmpty() || SIGNED.matcher(l).matches()) {
        continue;
      }
      if (LIST_LINE.matcher(l).find() && nameAfterItem(l) == null) {
        window++; // a recipient item a page break put between the role and the name: not counted
        continue;
      }
      if (PersonNames.isName(l) && SignerRoles.roleOf(l) == null) {
        int after = nextNonEmpty(lines, j);
        if (role == null && authority != null && after > 0 && after <= j + 2 && SignerRoles.roleOf(lines.get(after)) != null) {
          role = SignerRoles.roleOf(lines.get(after)); // "T/M ĐẢNG ỦY / Nguyễn Đình Lực / BÍ THƯ": the role under the name
        }
        return new Signature(PersonNames.display(l), role, authority, j);
      }
      if (SignerRoles.roleOf(l) != null && role == null) {
        role = SignerRoles.roleOf(l);
        continue;
      }
      String beside = nameAfterItem(l);
      if (beside != null) {
        return new Signature(beside, role, authority, j);
      }
      if (!VietnameseCase.isCapitals(l) && l.length() > 40) {
        return null;
      }
    }
    return null;
  }

  /**
   * The words of a recipient item or of its wrapped rest ("- Các đồng chí Tỉnh uỷ viên,", "Tỉnh ủy,", "- Các ban
   * cán sự đảng, đảng", "- Ban Kinh tế TW, Văn phòng TW"), then a name in title case after its punctuation,
   * a word in lower case or an abbreviation in capitals.
   */
  private static final Pattern ITEM_THEN_NAME = Pattern.compile(
      "(?u)^.*?(?:[,.;:)]|(?<![\\p{L}])\\p{Ll}[\\p{L}\\p{M}]*|(?<![\\p{L}])\\p{Lu}{2,})\\s+"
          + "(\\p{Lu}\\p{Ll}[\\p{Ll}\\p{M}]*(?:\\s\\p{Lu}\\p{Ll}*[\\p{Ll}\\p{M}]*){1,4})$");

  /**
   * The signer's name a PDF's reading order put at the end of the recipient item beside it (Tika reads the
   * two columns of a signature table line by line): "- Các đồng chí Tỉnh uỷ viên, Lương Văn Khiêm", "Tỉnh ủy,
   * Đinh Văn Thuận", "- Các ban cán sự đảng, đảng Cao Minh Triết". Only a name with a known surname, read in
   * the lines under a signature block's role; else null.
   */
  static String nameAfterItem(String line) {
    if (line.length() < 8) {
      return null;
    }
    Matcher m = ITEM_THEN_NAME.matcher(line);
    if (!m.matches()) {
      return null;
    }
    // the trailing words in title case may begin with the item's own ("Đảng Lương Văn Khiêm", "Bộ Tài Lê Hữu
    // Sang"): the longest tail of them that is a name with a known surname
    String[] words = m.group(1).split(" ");
    for (int from = 0; from <= words.length - 2; from++) {
      String name = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
      if (PersonNames.isName(name) && PersonNames.hasKnownSurname(name) && PLAIN_NAME.matcher(name).matches()
          && Provinces.load().canonical(name) == null) {
        return PersonNames.display(name);
      }
    }
    return null;
  }

  /** How far above its authority a PDF's reading order can put the signer's name (beside the recipients). */
  private static final int NAME_ABOVE_REACH = 15;
  private static final Pattern RECIPIENTS_HEAD = Pattern.compile("(?iu)^n[ơo]i nh[ậa]n\\s*:");

  /**
   * No name under the block: the name a PDF's reading order put after a recipient item above the authority,
   * below the list's "Nơi nhận:" ("- Ban Kinh tế TW, Văn phòng TW Đỗ Tiến Sỹ" / "T/M BAN CHẤP HÀNH" / "BÍ
   * THƯ"), the role from below.
   */
  private static Signature nameAbove(List<String> lines, int authorityLine, String authority, String knownRole) {
    int head = -1;
    for (int j = authorityLine - 1; j >= Math.max(0, authorityLine - NAME_ABOVE_REACH) && head < 0; j--) {
      head = RECIPIENTS_HEAD.matcher(lines.get(j)).find() ? j : -1;
    }
    if (head < 0) {
      return null; // no recipient list right above: nothing beside the block
    }
    for (int j = authorityLine - 1; j > head; j--) {
      String name = nameAfterItem(lines.get(j));
      if (name != null) {
        int next = nextNonEmpty(lines, authorityLine);
        String role = knownRole != null ? knownRole : next > 0 && next <= authorityLine + 3 ? SignerRoles.roleOf(lines.get(next)) : null;
        return new Signature(name, role, authority, j);
      }
    }
    return null;
  }

  /**
   * A recipient item or its wrapped rest ("- Ban Tổ chức Tỉnh ủy,", "• Thanh tra Thành phố;", "thôn,"), which a
   * page break splitting the signature table puts between a role and the name below it.
   */
  private static final Pattern LIST_LINE = Pattern.compile("(?u)^(?:[-–•+]|\\p{Ll})");

  /**
   * The role a narrow signature cell wrapped over two lines in capitals ("PHÓ TRƯỞNG BAN THƯỜNG" / "TRỰC"),
   * read from line i and the next; null when the two lines are no role.
   */
  private static String wrappedRole(List<String> lines, int i) {
    if (i + 1 >= lines.size() || SignerRoles.roleOf(lines.get(i)) != null || !VietnameseCase.isCapitals(lines.get(i))
        || !VietnameseCase.isCapitals(lines.get(i + 1))) {
      return null;
    }
    return SignerRoles.roleOf(lines.get(i) + " " + lines.get(i + 1));
  }

  private static int previousNonEmpty(List<String> lines, int i) {
    for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
      if (!lines.get(j).isEmpty()) {
        return j;
      }
    }
    return -1;
  }

  private static int nextNonEmpty(List<String> lines, int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      if (!lines.get(j).isEmpty()) {
        return j;
      }
    }
    return -1;
  }
}
