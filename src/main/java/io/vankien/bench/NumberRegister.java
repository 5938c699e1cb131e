package io.vankien.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Document numbers, unique per issuing body and year as a real register keeps them: a Party body numbers
 * each type on its own ("12-NQ/TU", "13-NQ/TU", ... "03-KL/HU"), a People's Committee keeps one register
 * for decisions ("1234/QĐ-UBND"), one for letters ("345/UBND-KT") and one for the rest ("45/KH-UBND"); a
 * People's Council numbers normative resolutions with the year ("15/2019/NQ-HĐND"). Numbers skip a few
 * now and then, as an archive never holds every document. Holds one counter per body, year and register.
 */
final class NumberRegister {
  private static final List<String> LETTER_OFFICES = List.of("VP", "KT", "NC", "KGVX", "TH", "NN", "CN", "XD");

  private final Map<String, Integer> last = new HashMap<>();

  String next(Issuer issuer, DocumentType type, int year, RandomGenerator rnd) {
    if (issuer.party()) {
      int n = advance(issuer.key() + "|" + year + "|" + type.code, 1, 1 + rnd.nextInt(2) * rnd.nextInt(3), rnd);
      String num = n < 10 && rnd.nextInt(3) == 0 ? String.format("%02d", n) : Integer.toString(n);
      return num + "-" + type.code + "/" + issuer.numberSuffix();
    }
    if (type == DocumentType.QUYET_DINH) {
      int n = advance(issuer.key() + "|" + year + "|QĐ", 20 + rnd.nextInt(200), 3 + rnd.nextInt(25), rnd);
      return n + "/QĐ-" + issuer.numberSuffix();
    }
    if (type == DocumentType.CONG_VAN) {
      int n = advance(issuer.key() + "|" + year + "|CV", 30 + rnd.nextInt(300), 5 + rnd.nextInt(40), rnd);
      return n + "/" + issuer.numberSuffix() + "-" + LETTER_OFFICES.get(rnd.nextInt(LETTER_OFFICES.size()));
    }
    if (issuer.kind() == Issuer.Kind.PEOPLES_COUNCIL && type == DocumentType.NGHI_QUYET && rnd.nextBoolean()) {
      int n = advance(issuer.key() + "|" + year + "|QPPL", 1, 1 + rnd.nextInt(2), rnd);
      return n + "/" + year + "/NQ-" + issuer.numberSuffix();
    }
    int n = advance(issuer.key() + "|" + year + "|other", 1, 1 + rnd.nextInt(4), rnd);
    return n + "/" + type.code + "-" + issuer.numberSuffix();
  }

  /** The register's next number: its first when new, else the last plus the step (at least 1). */
  private int advance(String register, int first, int step, RandomGenerator rnd) {
    Integer prev = last.get(register);
    int n = prev == null ? first : prev + Math.max(1, step);
    last.put(register, n);
    return n;
  }
}
