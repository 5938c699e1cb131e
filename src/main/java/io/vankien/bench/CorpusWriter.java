package io.vankien.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Writes generated documents and their manifest lines on a thread of its own, in the order they are
 * given, so that encoding and file writing overlap composing the next documents. Holds at most {@value
 * #QUEUE} documents waiting. {@link #close()} waits for the last one and reports any write failure.
 */
final class CorpusWriter implements AutoCloseable {
  private static final int QUEUE = 64;
  private static final Item END = new Item(null, null, null);

  private record Item(String file, String text, ManifestEntry entry) {}

  private final Path out;
  private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE);
  private final Thread thread;
  private final ObjectMapper json = new ObjectMapper();
  private volatile Throwable failure;
  private volatile long bytes;

  CorpusWriter(Path out) throws IOException {
    this.out = out;
    Files.createDirectories(out);
    BufferedWriter manifest = Files.newBufferedWriter(out.resolve("manifest.jsonl"), StandardCharsets.UTF_8);
    this.thread = new Thread(() -> run(manifest), "bench-corpus-writer");
    thread.start();
  }

  /** Queues a document for writing at {@code file} (relative to the output folder). */
  void write(String file, String text, ManifestEntry entry) throws IOException {
    check();
    try {
      queue.put(new Item(file, text, entry));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** Bytes of document text written so far. */
  long bytes() {
    return bytes;
  }

  private void run(BufferedWriter manifest) {
    try (manifest) {
      Path lastFolder = null;
      for (Item item = queue.take(); item != END; item = queue.take()) {
        if (failure != null) {
          continue; // drain, so that the producer never blocks
        }
        Path path = out.resolve(item.file());
        if (!path.getParent().equals(lastFolder)) {
          Files.createDirectories(path.getParent());
          lastFolder = path.getParent();
        }
        byte[] text = item.text().getBytes(StandardCharsets.UTF_8);
        Files.write(path, text);
        manifest.write(json.writeValueAsString(item.entry().withFile(item.file(), text.length)));
        manifest.write('\n');
        bytes += text.length;
      }
    } catch (IOException | RuntimeException e) {
      failure = e;
    } catch (InterruptedException e) {
      failure = e;
      Thread.currentThread().interrupt();
    }
  }

  private void check() throws IOException {
    Throwable f = failure;
    if (f != null) {
      throw f instanceof IOException io ? io : new IOException("writing the corpus failed: " + f, f);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (thread.isAlive()) {
        queue.put(END);
      }
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    check();
  }
}
