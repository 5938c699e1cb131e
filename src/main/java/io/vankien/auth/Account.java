package io.vankien.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.vankien.index.ReadScope;
import java.util.List;

/**
 * One account as the accounts file holds it.
 *
 * @param name the login name
 * @param role reader, staff or admin
 * @param provinces the provinces a reader or staff works for (empty: every province; admins always every)
 * @param passwordHash {@link PasswordHash} of the password, null when the account signs in with tokens only
 * @param tokens the account's API tokens (their SHA-256, never the token)
 * @param created when the account was made (ISO instant)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Account(String name, Role role, List<String> provinces, String passwordHash, List<ApiToken> tokens,
    String created) {

  /** An API token: its id (shown in lists), the SHA-256 of the secret, and when it was made. */
  public record ApiToken(String id, String sha256, String created) {}

  public Account {
    provinces = provinces == null || role == Role.ADMIN ? List.of() : List.copyOf(provinces);
    tokens = tokens == null ? List.of() : List.copyOf(tokens);
  }

  /** What this account reads. */
  public ReadScope scope() {
    return new ReadScope(role.clearance(), java.util.Set.copyOf(provinces));
  }

  Account withPasswordHash(String hash) {
    return new Account(name, role, provinces, hash, tokens, created);
  }

  Account withTokens(List<ApiToken> t) {
    return new Account(name, role, provinces, passwordHash, t, created);
  }
}
