package io.vankien.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsTest {
  @TempDir Path dir;

  @Test
  void passwordsAreHashedSlowlyAndChecked() throws Exception {
    Accounts accounts = new Accounts(dir);
    accounts.add("nguyen.van.a", Role.READER, List.of("tỉnh Hà Nam"), "mat-khau-dai-du".toCharArray());
    String file = Files.readString(accounts.file());
    assertFalse(file.contains("mat-khau-dai-du"), "the password itself is never written");
    assertTrue(file.contains("pbkdf2-sha256$" + PasswordHash.ITERATIONS + "$"), file);
    assertTrue(accounts.authenticate("nguyen.van.a", "mat-khau-dai-du".toCharArray()).isPresent());
    assertTrue(accounts.authenticate("nguyen.van.a", "mat-khau-sai-roi".toCharArray()).isEmpty());
    assertTrue(accounts.authenticate("khong-co", "mat-khau-dai-du".toCharArray()).isEmpty());
    assertEquals(List.of("Hà Nam"), accounts.find("nguyen.van.a").orElseThrow().provinces(), "names made canonical");
    accounts.setPassword("nguyen.van.a", "mat-khau-moi-123".toCharArray());
    assertTrue(accounts.authenticate("nguyen.van.a", "mat-khau-dai-du".toCharArray()).isEmpty());
    assertTrue(accounts.authenticate("nguyen.van.a", "mat-khau-moi-123".toCharArray()).isPresent());
  }

  @Test
  void theDecoyCheckedForAnUnknownNameCostsARealCheckAndMatchesNothing() {
    String[] parts = PasswordHash.DECOY.split("\\$");
    assertEquals(List.of("pbkdf2-sha256", String.valueOf(PasswordHash.ITERATIONS)), List.of(parts[0], parts[1]),
        "same scheme and rounds as a stored password, so a wrong name takes as long as a wrong password");
    assertFalse(PasswordHash.verify("not-a-real-password".toCharArray(), PasswordHash.DECOY));
    assertFalse(PasswordHash.verify("".toCharArray(), PasswordHash.DECOY));
  }

  @Test
  void badAccountsAreRefusedWithTheReason() {
    Accounts accounts = new Accounts(dir);
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> accounts.add("A B", Role.STAFF, null, null)).getMessage().contains("account name"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> accounts.add("can-bo", Role.STAFF, List.of("Atlantis"), null)).getMessage().contains("Atlantis"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> accounts.add("can-bo", Role.STAFF, null, "ngan".toCharArray())).getMessage().contains("10"));
    assertThrows(IllegalArgumentException.class, () -> Role.ofAccount("anonymous"));
  }

  @Test
  void tokensAreShownOnceAndKeptAsHashes() throws Exception {
    Accounts accounts = new Accounts(dir);
    accounts.add("may-chu", Role.STAFF, null, null);
    String token = accounts.newToken("may-chu");
    assertTrue(token.startsWith(Accounts.TOKEN_PREFIX) && token.length() > 40, token);
    assertFalse(Files.readString(accounts.file()).contains(token));
    assertEquals("may-chu", accounts.byToken(token).orElseThrow().name());
    assertTrue(accounts.byToken(token + "x").isEmpty());
    assertEquals(1, accounts.revokeTokens("may-chu"));
    assertTrue(accounts.byToken(token).isEmpty());
  }

  @Test
  void anotherProcessesChangesAreSeen() throws Exception {
    Accounts server = new Accounts(dir);
    assertTrue(server.list().isEmpty());
    new Accounts(dir).add("quan-tri", Role.ADMIN, List.of("Hà Nam"), null); // as `vankien user add` would
    assertEquals(Role.ADMIN, server.find("quan-tri").orElseThrow().role());
    assertEquals(List.of(), server.find("quan-tri").orElseThrow().provinces(), "admins are national");
    new Accounts(dir).remove("quan-tri");
    assertTrue(server.find("quan-tri").isEmpty());
  }

  @Test
  void aHandEditedFileThatIsBrokenIsNamed() throws Exception {
    Files.writeString(dir.resolve(Accounts.FILE), "[{\"name\": \"x\", \"role\": \"emperor\"}]");
    Exception e = assertThrows(java.io.IOException.class, () -> new Accounts(dir).list());
    assertTrue(e.getMessage().contains(Accounts.FILE), e.getMessage());
  }
}
