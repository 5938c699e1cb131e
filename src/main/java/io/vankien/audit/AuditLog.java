package io.vankien.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit log of one data folder, {@code audit.jsonl}: one JSON object per line, appended and forced to
 * disk before the action it records is answered; never rewritten. Each line: {@code time}, {@code event}
 * (login, login-failed, logout, upload, edit, delete, view, download, export, account-...), {@code
 * account}, {@code role}, {@code from} (the client's address, or "cli"), and what the event is about
 * ({@code document}, {@code detail}).
 */
public final class AuditLog {
  public static final String FILE = "audit.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  public AuditLog(Path dataDir) {
    this.file = dataDir.resolve(FILE);
  }

  public Path file() {
    return file;
  }

  /** Appends one event; {@code document} and {@code detail} may be null. */
  public void record(String event, String account, String role, String from, String document, Object detail)
      throws IOException {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("time", Instant.now().toString());
    line.put("event", event);
    line.put("account", account);
    line.put("role", role);
    line.put("from", from);
    if (document != null) {
      line.put("document", document);
    }
    if (detail != null) {
      line.put("detail", detail);
    }
    byte[] bytes = (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
    synchronized (this) {
      Files.createDirectories(file.getParent());
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.APPEND)) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
          ch.write(b);
        }
        ch.force(false);
      }
    }
  }

  /** The last {@code limit} events, oldest first, each as its JSON object. */
  public List<Map<String, Object>> tail(int limit) throws IOException {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String line : tailLines(limit)) {
      @SuppressWarnings("unchecked")
      Map<String, Object> m = JSON.readValue(line, LinkedHashMap.class);
      out.add(m);
    }
    return out;
  }

  /** The last {@code limit} lines, read backwards from the end (the log may be large). */
  public synchronized List<String> tailLines(int limit) throws IOException {
    if (!Files.exists(file) || limit <= 0) {
      return List.of();
    }
    Deque<String> lines = new ArrayDeque<>();
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      long pos = raf.length();
      byte[] chunk = new byte[64 * 1024];
      java.io.ByteArrayOutputStream partial = new java.io.ByteArrayOutputStream();
      while (pos > 0 && lines.size() < limit) {
        int n = (int) Math.min(chunk.length, pos);
        pos -= n;
        raf.seek(pos);
        raf.readFully(chunk, 0, n);
        for (int i = n - 1; i >= 0 && lines.size() < limit; i--) {
          if (chunk[i] == '\n') {
            flush(partial, lines);
          } else {
            partial.write(chunk[i]);
          }
        }
      }
      if (lines.size() < limit) {
        flush(partial, lines);
      }
    }
    return new ArrayList<>(lines);
  }

  /** The bytes gathered backwards since the last newline, as one line (skipped when empty). */
  private static void flush(java.io.ByteArrayOutputStream reversed, Deque<String> lines) {
    byte[] b = reversed.toByteArray();
    reversed.reset();
    if (b.length == 0) {
      return;
    }
    for (int i = 0, j = b.length - 1; i < j; i++, j--) {
      byte t = b[i];
      b[i] = b[j];
      b[j] = t;
    }
    lines.addFirst(new String(b, StandardCharsets.UTF_8));
  }
}
