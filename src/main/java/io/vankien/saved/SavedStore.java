package io.vankien.saved;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Each account's saved searches and bookmarks, one JSON file per account in {@code <data>/saved/} (named by
 * the SHA-256 of the account name), written whole to a temporary file and moved over the old one, so a crash
 * leaves the old file or the new one, never half of one. Thread-safe: one writer at a time.
 */
public final class SavedStore {
  /** Most saved searches one account keeps. */
  public static final int MAX_SEARCHES = 200;
  /** Most bookmarks one account keeps. */
  public static final int MAX_BOOKMARKS = 1000;
  /** Longest name of a saved search, note of a bookmark and query string. */
  public static final int MAX_NAME = 200;
  public static final int MAX_NOTE = 2000;
  public static final int MAX_QUERY = 4000;

  /** A saved search: its name and the query string of the search page ("q=...&province=..."). */
  public record SavedSearch(String id, String name, String query, String created) {}

  /** A bookmarked document (its id) and the account's note on it. */
  public record Bookmark(String id, String document, String note, String created) {}

  /** What one account saved. */
  public record Saved(String account, List<SavedSearch> searches, List<Bookmark> bookmarks) {
    public Saved {
      searches = searches == null ? List.of() : List.copyOf(searches);
      bookmarks = bookmarks == null ? List.of() : List.copyOf(bookmarks);
    }
  }

  /** A request the store refuses: names the field and says why. */
  public static final class Refused extends IllegalArgumentException {
    private final String field;

    public Refused(String field, String message) {
      super(message);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .enable(SerializationFeature.INDENT_OUTPUT);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path dir;
  private final Clock clock;

  public SavedStore(Path dataDir, Clock clock) {
    this.dir = dataDir.resolve("saved");
    this.clock = clock;
  }

  public synchronized Saved read(String account) throws IOException {
    Path f = file(account);
    if (!Files.isRegularFile(f)) {
      return new Saved(account, List.of(), List.of());
    }
    return MAPPER.readValue(f.toFile(), Saved.class);
  }

  public synchronized SavedSearch addSearch(String account, String name, String query) throws IOException {
    name = required("name", name, MAX_NAME);
    query = required("query", query, MAX_QUERY);
    Saved s = read(account);
    if (s.searches().size() >= MAX_SEARCHES) {
      throw new Refused("name", "đã lưu tối đa " + MAX_SEARCHES + " tìm kiếm; hãy xóa bớt");
    }
    SavedSearch added = new SavedSearch(newId(), name, query, now());
    List<SavedSearch> searches = new ArrayList<>(s.searches());
    searches.add(added);
    write(new Saved(account, searches, s.bookmarks()));
    return added;
  }

  /** Bookmarks a document, or changes the note of the account's bookmark of it. */
  public synchronized Bookmark bookmark(String account, String document, String note) throws IOException {
    document = required("document", document, 64);
    note = note == null ? "" : note.strip();
    if (note.length() > MAX_NOTE) {
      throw new Refused("note", "dài quá " + MAX_NOTE + " ký tự");
    }
    Saved s = read(account);
    List<Bookmark> bookmarks = new ArrayList<>(s.bookmarks());
    String doc = document;
    Optional<Bookmark> old = bookmarks.stream().filter(b -> b.document().equals(doc)).findFirst();
    if (old.isEmpty() && bookmarks.size() >= MAX_BOOKMARKS) {
      throw new Refused("document", "đã đánh dấu tối đa " + MAX_BOOKMARKS + " văn bản; hãy xóa bớt");
    }
    Bookmark b = new Bookmark(old.map(Bookmark::id).orElseGet(SavedStore::newId), document, note,
        old.map(Bookmark::created).orElseGet(this::now));
    old.ifPresentOrElse(o -> bookmarks.set(bookmarks.indexOf(o), b), () -> bookmarks.add(b));
    write(new Saved(account, s.searches(), bookmarks));
    return b;
  }

  /** Removes the account's saved search of this id; false when it has none. */
  public synchronized boolean deleteSearch(String account, String id) throws IOException {
    Saved s = read(account);
    List<SavedSearch> searches = new ArrayList<>(s.searches());
    if (!searches.removeIf(x -> x.id().equals(id))) {
      return false;
    }
    write(new Saved(account, searches, s.bookmarks()));
    return true;
  }

  /** Removes the account's bookmark of this id; false when it has none. */
  public synchronized boolean deleteBookmark(String account, String id) throws IOException {
    Saved s = read(account);
    List<Bookmark> bookmarks = new ArrayList<>(s.bookmarks());
    if (!bookmarks.removeIf(x -> x.id().equals(id))) {
      return false;
    }
    write(new Saved(account, s.searches(), bookmarks));
    return true;
  }

  private void write(Saved s) throws IOException {
    Files.createDirectories(dir);
    Path target = file(s.account());
    Path tmp = Files.createTempFile(dir, ".saved-", ".tmp");
    try {
      Files.write(tmp, MAPPER.writeValueAsBytes(s));
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** The account's file: the SHA-256 of its name, so any name is a safe file name. */
  Path file(String account) {
    if (account == null || account.isBlank()) {
      throw new IllegalArgumentException("no account");
    }
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(account.getBytes(StandardCharsets.UTF_8));
      return dir.resolve(HexFormat.of().formatHex(h, 0, 16) + ".json");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String required(String field, String v, int max) {
    if (v == null || v.isBlank()) {
      throw new Refused(field, "không được để trống");
    }
    v = v.strip();
    if (v.length() > max) {
      throw new Refused(field, "dài quá " + max + " ký tự");
    }
    return v;
  }

  private String now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }

  private static String newId() {
    byte[] b = new byte[8];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
