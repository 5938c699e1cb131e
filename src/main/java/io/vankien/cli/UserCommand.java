package io.vankien.cli;

import io.vankien.audit.AuditLog;
import io.vankien.auth.Account;
import io.vankien.auth.Accounts;
import io.vankien.auth.Role;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code user add|passwd|remove|list|token|revoke}: the accounts of a data folder ({@code accounts.json}).
 * A running server sees changes at its next request. Every change is in the audit log, by "cli".
 */
@Command(name = "user", mixinStandardHelpOptions = true,
    description = "Manage accounts: reader (public and internal documents), staff (every level; upload, edit"
        + " metadata), admin (also delete, audit log). A running server picks changes up at once.",
    subcommands = {UserCommand.Add.class, UserCommand.Passwd.class, UserCommand.Remove.class,
        UserCommand.ListUsers.class, UserCommand.Token.class, UserCommand.Revoke.class})
public final class UserCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** The password from the console (asked twice), or one line of standard input with --password-stdin. */
  static char[] password(boolean fromStdin) throws IOException {
    if (fromStdin) {
      String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      if (line == null || line.isEmpty()) {
        throw new IllegalArgumentException("no password on standard input");
      }
      return line.toCharArray();
    }
    Console console = System.console();
    if (console == null) {
      throw new IllegalArgumentException("no console to ask the password on: use --password-stdin");
    }
    char[] first = console.readPassword("Password: ");
    char[] again = console.readPassword("Password again: ");
    if (first == null || !java.util.Arrays.equals(first, again)) {
      throw new IllegalArgumentException("the passwords differ");
    }
    return first;
  }

  static void audit(DataDirOption data, String event, String name, Object detail) throws IOException {
    new AuditLog(data.dir()).record(event, System.getProperty("user.name"), "cli", "cli", null,
        detail == null ? Map.of("account", name) : Map.of("account", name, "change", detail));
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an account.")
  static final class Add implements Callable<Integer> {
    @Mixin DataDirOption data;
    @Parameters(paramLabel = "NAME", description = "Login name: a-z, 0-9, '.', '_', '-'.") String name;
    @Option(names = "--role", required = true, description = "reader, staff or admin.") String role;
    @Option(names = "--province", paramLabel = "PROVINCE",
        description = "A province the account works for (repeat for more; none: every province)."
            + " Names before or after 1 July 2025.")
    List<String> provinces;
    @Option(names = "--password-stdin", description = "Read the password from standard input.") boolean stdin;
    @Option(names = "--no-password", description = "No password: the account uses API tokens only.")
    boolean noPassword;

    @Override
    public Integer call() throws Exception {
      Role r = Role.ofAccount(role);
      Account a = new Accounts(data.dir()).add(name, r, provinces, noPassword ? null : password(stdin));
      audit(data, "account-add", name, Map.of("role", r.code(), "provinces", a.provinces()));
      System.out.println("added " + a.name() + " (" + a.role().code()
          + (a.provinces().isEmpty() ? ", every province" : ", " + String.join(", ", a.provinces())) + ")");
      return 0;
    }
  }

  @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Set an account's password.")
  static final class Passwd implements Callable<Integer> {
    @Mixin DataDirOption data;
    @Parameters(paramLabel = "NAME") String name;
    @Option(names = "--password-stdin", description = "Read the password from standard input.") boolean stdin;

    @Override
    public Integer call() throws Exception {
      new Accounts(data.dir()).setPassword(name, password(stdin));
      audit(data, "account-passwd", name, null);
      System.out.println("password set for " + name);
      return 0;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an account.")
  static final class Remove implements Callable<Integer> {
    @Mixin DataDirOption data;
    @Parameters(paramLabel = "NAME") String name;

    @Override
    public Integer call() throws Exception {
      if (!new Accounts(data.dir()).remove(name)) {
        System.err.println("no account named " + name);
        return 1;
      }
      audit(data, "account-remove", name, null);
      System.out.println("removed " + name);
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts.")
  static final class ListUsers implements Callable<Integer> {
    @Mixin DataDirOption data;

    @Override
    public Integer call() throws Exception {
      for (Account a : new Accounts(data.dir()).list()) {
        System.out.printf("%-24s %-7s %-30s %s%s%n", a.name(), a.role().code(),
            a.provinces().isEmpty() ? "(every province)" : String.join(", ", a.provinces()),
            a.passwordHash() == null ? "no password" : "password",
            a.tokens().isEmpty() ? "" : ", " + a.tokens().size() + " token(s)");
      }
      return 0;
    }
  }

  @Command(name = "token", mixinStandardHelpOptions = true,
      description = "Make a new API token for an account (shown once; send it as Authorization: Bearer ...).")
  static final class Token implements Callable<Integer> {
    @Mixin DataDirOption data;
    @Parameters(paramLabel = "NAME") String name;

    @Override
    public Integer call() throws Exception {
      String token = new Accounts(data.dir()).newToken(name);
      audit(data, "account-token", name, null);
      System.out.println(token);
      return 0;
    }
  }

  @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke every API token of an account.")
  static final class Revoke implements Callable<Integer> {
    @Mixin DataDirOption data;
    @Parameters(paramLabel = "NAME") String name;

    @Override
    public Integer call() throws Exception {
      int n = new Accounts(data.dir()).revokeTokens(name);
      audit(data, "account-revoke", name, null);
      System.out.println("revoked " + n + " token(s) of " + name);
      return 0;
    }
  }
}
