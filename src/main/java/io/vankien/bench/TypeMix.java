package io.vankien.bench;

import static io.vankien.bench.DocumentType.*;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * How often each kind of body issues each type of document, in the proportions of a provincial archive:
 * resolutions, reports, plans and notices common, regulations and submissions rare.
 */
final class TypeMix {
  private TypeMix() {}

  private record Weighted(DocumentType type, int weight) {}

  private static final List<Weighted> PARTY_PROVINCE = List.of(
      w(NGHI_QUYET, 15), w(KET_LUAN, 10), w(THONG_BAO, 14), w(BAO_CAO, 16), w(CHI_THI, 4), w(KE_HOACH, 14),
      w(QUYET_DINH, 6), w(QUY_DINH, 2), w(CHUONG_TRINH, 4), w(HUONG_DAN, 3), w(CONG_VAN, 8), w(TO_TRINH, 4));
  private static final List<Weighted> PARTY_DEPARTMENT = List.of(
      w(HUONG_DAN, 25), w(KE_HOACH, 20), w(BAO_CAO, 25), w(THONG_BAO, 10), w(CONG_VAN, 15), w(TO_TRINH, 5));
  private static final List<Weighted> PARTY_DISTRICT = List.of(
      w(NGHI_QUYET, 14), w(KET_LUAN, 8), w(THONG_BAO, 14), w(BAO_CAO, 18), w(CHI_THI, 3), w(KE_HOACH, 18),
      w(QUYET_DINH, 6), w(CHUONG_TRINH, 5), w(HUONG_DAN, 3), w(CONG_VAN, 8), w(TO_TRINH, 3));
  private static final List<Weighted> PEOPLES_COMMITTEE = List.of(
      w(QUYET_DINH, 24), w(KE_HOACH, 20), w(BAO_CAO, 16), w(CONG_VAN, 16), w(THONG_BAO, 7), w(CHI_THI, 4),
      w(CHUONG_TRINH, 3), w(HUONG_DAN, 3), w(TO_TRINH, 7));
  private static final List<Weighted> PEOPLES_COUNCIL = List.of(w(NGHI_QUYET, 80), w(BAO_CAO, 10), w(THONG_BAO, 10));

  private static Weighted w(DocumentType t, int weight) {
    return new Weighted(t, weight);
  }

  static DocumentType choose(Issuer.Kind kind, RandomGenerator rnd) {
    List<Weighted> mix = switch (kind) {
      case PARTY_PROVINCE -> PARTY_PROVINCE;
      case PARTY_DEPARTMENT -> PARTY_DEPARTMENT;
      case PARTY_DISTRICT -> PARTY_DISTRICT;
      case PEOPLES_COMMITTEE -> PEOPLES_COMMITTEE;
      case PEOPLES_COUNCIL -> PEOPLES_COUNCIL;
    };
    int total = mix.stream().mapToInt(Weighted::weight).sum();
    int r = rnd.nextInt(total);
    for (Weighted x : mix) {
      r -= x.weight();
      if (r < 0) {
        return x.type();
      }
    }
    throw new AssertionError();
  }
}
