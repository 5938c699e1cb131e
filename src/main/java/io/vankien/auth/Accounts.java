package io.vankien.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.vankien.meta.Provinces;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The accounts of one data folder, in {@code accounts.json}: a JSON list an admin may also edit by hand.
 * Read again whenever the file changes (so {@code vankien user ...} takes effect on a running server);
 * written whole to a temporary file, forced to disk and renamed over the old one.
 */
public final class Accounts {
  public static final String FILE = "accounts.json";
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
  private static final SecureRandom RANDOM = new SecureRandom();
  /** API tokens start with this, so a leaked one is recognised by secret scanners and by eye. */
  static final String TOKEN_PREFIX = "vk_";

  private final Path file;
  private List<Account> accounts = List.of();
  private FileTime loadedTime;
  private long loadedSize = -1;

  public Accounts(Path dataDir) {
    this.file = dataDir.resolve(FILE);
  }

  public Path file() {
    return file;
  }

  public synchronized List<Account> list() throws IOException {
    reloadIfChanged();
    return accounts;
  }

  public synchronized Optional<Account> find(String name) throws IOException {
    reloadIfChanged();
    return accounts.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /** The account whose password this is, or empty (unknown name, wrong password, no password set). */
  public Optional<Account> authenticate(String name, char[] password) throws IOException {
    Optional<Account> a = find(name);
    if (a.isEmpty() || a.get().passwordHash() == null) {
      PasswordHash.verify(password, PasswordHash.DECOY); // as slow as a real check: no timing hint that the name exists
      return Optional.empty();
    }
    return PasswordHash.verify(password, a.get().passwordHash()) ? a : Optional.empty();
  }

  /** The account holding this API token, or empty. */
  public synchronized Optional<Account> byToken(String token) throws IOException {
    reloadIfChanged();
    byte[] given = sha256(token).getBytes(StandardCharsets.US_ASCII);
    Account found = null;
    for (Account a : accounts) {
      for (Account.ApiToken t : a.tokens()) {
        if (MessageDigest.isEqual(given, t.sha256().getBytes(StandardCharsets.US_ASCII))) {
          found = a;
        }
      }
    }
    return Optional.ofNullable(found);
  }

  public synchronized Account add(String name, Role role, List<String> provinces, char[] password)
      throws IOException {
    reloadIfChanged();
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("an account name is 2-64 characters of a-z, 0-9, '.', '_', '-',"
          + " starting with a letter or digit; got '" + name + "'");
    }
    if (accounts.stream().anyMatch(a -> a.name().equals(name))) {
      throw new IllegalArgumentException("an account named '" + name + "' exists");
    }
    Account a = new Account(name, role, knownProvinces(provinces), password == null ? null : PasswordHash.hash(password),
        List.of(), Instant.now().toString());
    List<Account> next = new ArrayList<>(accounts);
    next.add(a);
    save(next);
    return a;
  }

  public synchronized void setPassword(String name, char[] password) throws IOException {
    Account a = require(name);
    replace(a, a.withPasswordHash(PasswordHash.hash(password)));
  }

  /** A new API token for the account: returned once, only its hash is kept. */
  public synchronized String newToken(String name) throws IOException {
    Account a = require(name);
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    List<Account.ApiToken> tokens = new ArrayList<>(a.tokens());
    tokens.add(new Account.ApiToken(sha256(token).substring(0, 8), sha256(token), Instant.now().toString()));
    replace(a, a.withTokens(tokens));
    return token;
  }

  /** Removes every API token of the account; returns how many. */
  public synchronized int revokeTokens(String name) throws IOException {
    Account a = require(name);
    replace(a, a.withTokens(List.of()));
    return a.tokens().size();
  }

  public synchronized boolean remove(String name) throws IOException {
    reloadIfChanged();
    List<Account> next = new ArrayList<>(accounts);
    boolean removed = next.removeIf(a -> a.name().equals(name));
    if (removed) {
      save(next);
    }
    return removed;
  }

  private Account require(String name) throws IOException {
    return find(name).orElseThrow(() -> new IllegalArgumentException("no account named '" + name + "'"));
  }

  private void replace(Account old, Account updated) throws IOException {
    List<Account> next = new ArrayList<>(accounts);
    next.set(next.indexOf(old), updated);
    save(next);
  }

  private static List<String> knownProvinces(List<String> provinces) {
    if (provinces == null) {
      return List.of();
    }
    Provinces known = Provinces.load();
    List<String> out = new ArrayList<>();
    for (String p : provinces) {
      String canonical = known.canonical(p) != null ? known.canonical(p) : known.canonicalCurrent(p);
      if (canonical == null) {
        throw new IllegalArgumentException("unknown province '" + p + "' (a province before or after 1 July 2025)");
      }
      out.add(canonical);
    }
    return out;
  }

  private void reloadIfChanged() throws IOException {
    if (!Files.exists(file)) {
      accounts = List.of();
      loadedTime = null;
      loadedSize = -1;
      return;
    }
    FileTime t = Files.getLastModifiedTime(file);
    long size = Files.size(file);
    if (t.equals(loadedTime) && size == loadedSize) {
      return;
    }
    try {
      accounts = List.of(JSON.readValue(Files.readString(file), Account[].class));
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": not a valid accounts file: " + e.getOriginalMessage(), e);
    }
    loadedTime = t;
    loadedSize = size;
  }

  private void save(List<Account> next) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(FILE + ".tmp");
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ch.write(java.nio.ByteBuffer.wrap(JSON.writeValueAsBytes(next)));
      ch.force(true);
    }
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
    restrictPermissions(file);
    accounts = List.copyOf(next);
    loadedTime = Files.getLastModifiedTime(file);
    loadedSize = Files.size(file);
  }

  /** Owner read/write only where the file system has POSIX permissions. */
  private static void restrictPermissions(Path p) {
    try {
      Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException | IOException ignored) {
      // not a POSIX file system: the folder's own permissions apply
    }
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
