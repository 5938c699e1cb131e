package io.vankien.auth;

import io.vankien.meta.AccessLevel;
import java.util.Locale;

/**
 * What an account may do, each role everything the one before may: anonymous reads public documents;
 * reader also internal ones; staff every level, and uploads and edits metadata; admin also manages accounts,
 * deletes documents and reads the audit log. Staff and readers may be limited to provinces; admins are
 * national.
 */
public enum Role {
  ANONYMOUS(AccessLevel.PUBLIC),
  READER(AccessLevel.INTERNAL),
  STAFF(AccessLevel.RESTRICTED),
  ADMIN(AccessLevel.RESTRICTED);

  private final AccessLevel clearance;

  Role(AccessLevel clearance) {
    this.clearance = clearance;
  }

  /** The most restricted level this role reads. */
  public AccessLevel clearance() {
    return clearance;
  }

  public boolean atLeast(Role other) {
    return ordinal() >= other.ordinal();
  }

  /** The name the API and the accounts file use: "reader", "staff", "admin". */
  @com.fasterxml.jackson.annotation.JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role of an account ("reader", "staff", "admin"); anonymous is no account's role. */
  @com.fasterxml.jackson.annotation.JsonCreator
  public static Role ofAccount(String code) {
    if (code != null) {
      for (Role r : values()) {
        if (r != ANONYMOUS && r.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
          return r;
        }
      }
    }
    throw new IllegalArgumentException("unknown role '" + code + "' (one of: reader, staff, admin)");
  }
}
