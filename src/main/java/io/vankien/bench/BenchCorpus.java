package io.vankien.bench;

import io.vankien.meta.Provinces;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark corpus generator: writes N documents of a provincial archive under a folder ({@code
 * DIR/000/000123.txt}, at most 1,000 a subfolder) and {@code DIR/manifest.jsonl}, one {@link ManifestEntry}
 * a line in generation order. Documents recombine real body paragraphs of {@code ../shared/corpus} (laws
 * and seeds) under invented headers, titles, numbers, signers and citations; each ends with a line saying
 * it is a generated sample, and none is ever committed.
 *
 * <p>Deterministic: the same seed and number of documents give byte-identical documents and manifest (one
 * pseudo-random sequence, consumed in order by one thread; the pool is read in file-name order).
 * Documents come in date order (2005 to November 2025, more of them in later years, none at weekends), so
 * that a document cites only earlier ones. Streaming: only the paragraph pool and small per-body state
 * stay in memory, whatever the number of documents.
 */
public final class BenchCorpus {
  static final LocalDate FIRST = LocalDate.of(2005, 1, 3);
  static final LocalDate LAST = LocalDate.of(2025, 11, 28);
  private static final int PER_FOLDER = 1000;
  private static final int PROGRESS_EVERY = 10_000;

  /** What to generate: how many documents, from which seed, into which folder, from which shared folder. */
  public record Options(int docs, long seed, Path out, Path shared) {}

  /** What was generated: documents, bytes of text (manifest excluded), seconds taken (pool reading included). */
  public record Summary(int documents, long bytes, double seconds, int signers) {}

  private BenchCorpus() {}

  /** Generates the corpus; progress every 10,000 documents and the summary go to {@code log}. */
  public static Summary generate(Options o, PrintStream log) throws IOException {
    if (o.docs() < 1) {
      throw new IllegalArgumentException("--docs must be at least 1");
    }
    long t0 = System.nanoTime();
    ParagraphPool pool = ParagraphPool.read(o.shared());
    log.printf("bench-corpus: %d real paragraphs (%d from seeds) and %d law bodies read in %.1f s%n", pool.size(),
        pool.size() - pool.seedStart(), pool.lawBodies().size(), (System.nanoTime() - t0) / 1e9);
    DocumentComposer composer = new DocumentComposer(pool, o.seed());
    SplittableRandom rnd = new SplittableRandom(o.seed());
    List<String> provinces = Provinces.load().oldNames();
    long days = ChronoUnit.DAYS.between(FIRST, LAST);
    long bytes;
    try (CorpusWriter writer = new CorpusWriter(o.out())) {
      for (int i = 0; i < o.docs(); i++) {
        LocalDate date = dateOf(i, o.docs(), days);
        String province = provinces.get(rnd.nextInt(provinces.size()));
        DocumentComposer.Composed doc = composer.compose(date, province, rnd);
        writer.write(String.format("%03d/%06d.txt", i / PER_FOLDER, i), doc.text(), doc.entry());
        if ((i + 1) % PROGRESS_EVERY == 0 && i + 1 < o.docs()) {
          log.printf("bench-corpus: %d/%d documents, %.1f MB written, %.1f s%n", i + 1, o.docs(),
              writer.bytes() / 1e6, (System.nanoTime() - t0) / 1e9);
        }
      }
      writer.close();
      bytes = writer.bytes();
    }
    Summary s = new Summary(o.docs(), bytes, (System.nanoTime() - t0) / 1e9, composer.signerCount());
    log.printf("bench-corpus: %d documents, %d bytes (%.1f MB), %.1f s (composing thread's CPU %.1f s), %d signers -> %s%n",
        s.documents(), s.bytes(), s.bytes() / 1e6, s.seconds(),
        ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9, s.signers(), o.out());
    return s;
  }

  /**
   * The date of the i-th of n documents: later documents later, more documents in later years (the
   * archive's density grows with time), a weekend moved back to the Friday before.
   */
  static LocalDate dateOf(int i, int n, long days) {
    double t = n == 1 ? 0 : (double) i / (n - 1);
    LocalDate d = FIRST.plusDays(Math.round(days * Math.pow(t, 1 / 1.4)));
    if (d.getDayOfWeek() == DayOfWeek.SATURDAY) {
      return d.minusDays(1);
    }
    return d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.minusDays(2) : d;
  }
}
