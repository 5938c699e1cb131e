package io.vankien.bench;

import java.util.ArrayList;
import java.util.List;

/** How N load clients are shared among roles: dealt in turn, so counts differ by at most one. */
public final class RoleSplit {
  private RoleSplit() {}

  /** Clients per role, in the roles' order; every role gets at least one, so {@code clients >= roles}. */
  public static List<Integer> split(int roles, int clients) {
    if (roles < 1 || clients < roles) {
      throw new IllegalArgumentException("--clients must be at least the number of roles (" + roles
          + ") so that every role has a client; got " + clients);
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < roles; i++) {
      out.add(clients / roles + (i < clients % roles ? 1 : 0));
    }
    return out;
  }
}
