package io.vankien.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The invented people who sign for each body: for each body and role (capitals, as the signature block
 * writes it: "BÍ THƯ", "PHÓ CHỦ TỊCH"), one or a few holders before a change-over year between 2010 and
 * 2020, and others after, so that the same person signs many documents of one province and role, as in a
 * real archive. A body's holders depend only on the seed and the body, not on the order documents come in.
 */
final class SignerRoster {
  private record Holders(int changeOver, String[] before, String[] after) {}

  private final long seed;
  private final Map<String, Holders> holders = new HashMap<>();

  SignerRoster(long seed) {
    this.seed = seed;
  }

  /** The signer for a role of a body in a year. */
  String signer(Issuer issuer, String role, int year, java.util.random.RandomGenerator rnd) {
    String key = issuer.key() + "|" + role;
    Holders h = holders.computeIfAbsent(key, this::holdersOf);
    String[] names = year < h.changeOver() ? h.before() : h.after();
    return names[rnd.nextInt(names.length)];
  }

  /** How many people sign for the bodies seen so far. */
  int size() {
    return holders.values().stream().mapToInt(h -> h.before().length + h.after().length).sum();
  }

  private Holders holdersOf(String key) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + key.hashCode());
    int slots = key.endsWith("|PHÓ CHỦ TỊCH") || key.endsWith("|PHÓ TRƯỞNG BAN") ? 2 : 1;
    String[] before = new String[slots];
    String[] after = new String[slots];
    for (int i = 0; i < slots; i++) {
      before[i] = InventedNames.next(r);
      after[i] = InventedNames.next(r);
    }
    return new Holders(2010 + r.nextInt(11), before, after);
  }
}
