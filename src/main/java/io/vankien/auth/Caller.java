package io.vankien.auth;

import io.vankien.index.ReadScope;
import io.vankien.meta.DocumentMetadata;
import java.util.List;
import java.util.Set;

/**
 * Who sent a request: an account (by session or API token), the configured staff token, or nobody.
 *
 * @param name the account name ({@code null} when anonymous)
 * @param role what the caller may do
 * @param provinces the provinces a reader or staff works for (empty: every province)
 * @param via how the caller proved it: "session", "token", "staff-token" or "anonymous"
 */
public record Caller(String name, Role role, List<String> provinces, String via) {
  public static final Caller ANONYMOUS = new Caller(null, Role.ANONYMOUS, List.of(), "anonymous");

  public Caller {
    provinces = provinces == null ? List.of() : List.copyOf(provinces);
  }

  public static Caller of(Account a, String via) {
    return new Caller(a.name(), a.role(), a.provinces(), via);
  }

  /** The configured staff token: national staff. */
  public static Caller staffToken() {
    return new Caller("staff-token", Role.STAFF, List.of(), "staff-token");
  }

  public ReadScope scope() {
    return new ReadScope(role.clearance(), Set.copyOf(provinces));
  }

  public boolean isAnonymous() {
    return role == Role.ANONYMOUS;
  }

  /** True when the caller works for the province a document belongs to (then or now), or for every province. */
  public boolean worksFor(DocumentMetadata m) {
    // immutable lists throw on contains(null): a document without a province is no provincial account's
    return provinces.isEmpty() || m.province() != null && provinces.contains(m.province())
        || m.provinceCurrent() != null && provinces.contains(m.provinceCurrent());
  }
}
