package io.vankien.web;

import io.vankien.auth.Role;

/** A role as the UI names it. */
final class Roles {
  private Roles() {}

  static String vietnamese(Role role) {
    return switch (role) {
      case ANONYMOUS -> "khách";
      case READER -> "người đọc";
      case STAFF -> "cán bộ lưu trữ";
      case ADMIN -> "quản trị";
    };
  }
}
