package io.vankien.bench;

import io.vankien.text.VietnameseText;
import io.vankien.index.Archive;
import io.vankien.index.ArchiveSearcher;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.IngestListener;
import io.vankien.index.IngestOptions;
import io.vankien.index.Ingester;
import io.vankien.index.Schema;
import io.vankien.meta.DocumentMetadata;
import io.vankien.search.SearchRequest;
import io.vankien.search.SearchService;
import io.vankien.search.Suggester;
import io.vankien.search.Suggester.Suggestion;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.util.IOUtils;

/**
 * Suggestions served from the main index ({@link Suggester}) beside the suggester they replaced ({@link
 * InfixSuggesterBaseline}), on a copy of an existing archive, in one run: time to the first suggestion
 * after an index change, per-lookup latency, bytes allocated, heap retained; and the cost of the
 * did-you-mean spell check (DirectSpellChecker over the text field) on the same archive.
 */
public final class SuggestBenchmark {
  private SuggestBenchmark() {}

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  public static void run(Path dataDir, int rounds, PrintStream out) throws IOException {
    Path tmp = Files.createTempDirectory("vankien-suggest-bench");
    try {
      Path copy = tmp.resolve("data");
      copyTree(dataDir, copy);
      try (Archive archive = Archive.openForWriting(copy)) {
        run(archive, tmp, rounds, out);
      }
    } finally {
      IOUtils.rm(tmp);
    }
  }

  private static void run(Archive archive, Path tmp, int rounds, PrintStream out) throws IOException {
    ArchiveSearcher searcher = archive.searcher();
    int docs;
    try (ArchiveSearcher.View v = searcher.acquire()) {
      docs = v.searcher().getIndexReader().numDocs();
    }
    List<String> typed = typedPrefixes(searcher, 120, new Random(12));
    out.printf("Archive copy: %d documents; %d typed prefixes (titles, numbers, signers; with and without"
        + " diacritics), size 8.%n%n", docs, typed.size());

    Suggester fresh = new Suggester(searcher);
    InfixSuggesterBaseline old = new InfixSuggesterBaseline(searcher);
    long heapBefore = usedHeapAfterGc();

    // time to the first suggestion after an index change: one more document ingested, then one lookup
    Ingester ingester = Ingester.standard(archive, IngestOptions.defaults());
    int changes = 3;
    long[] oldFirst = new long[changes];
    long[] newFirst = new long[changes];
    long[] oldFirstAlloc = new long[changes];
    long[] newFirstAlloc = new long[changes];
    long[] oldFirstCpu = new long[changes];
    long[] newFirstCpu = new long[changes];
    for (int i = 0; i < changes; i++) {
      Path f = tmp.resolve("change-" + i + ".txt");
      Files.writeString(f, "KẾ HOẠCH\nKế hoạch thực hiện thử nghiệm số " + i + " của bộ đo gợi ý.\n",
          StandardCharsets.UTF_8);
      ingester.ingest(List.of(f), IngestListener.NONE);
      boolean oldFirstInRound = i % 2 == 0;
      for (int k = 0; k < 2; k++) {
        boolean isOld = (k == 0) == oldFirstInRound;
        long a0 = THREADS.getCurrentThreadAllocatedBytes();
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        List<Suggestion> s = isOld ? old.suggest("ke hoach thu", 8) : fresh.suggest("ke hoach thu", 8);
        long t = System.nanoTime() - t0;
        (isOld ? oldFirstCpu : newFirstCpu)[i] = THREADS.getCurrentThreadCpuTime() - c0;
        long a = THREADS.getCurrentThreadAllocatedBytes() - a0;
        if (s.isEmpty()) {
          throw new IllegalStateException("no suggestion for 'ke hoach thu'");
        }
        (isOld ? oldFirst : newFirst)[i] = t;
        (isOld ? oldFirstAlloc : newFirstAlloc)[i] = a;
      }
    }
    long heapWithOld = usedHeapAfterGc();

    // per-lookup latency, old and new interleaved prefix by prefix (both warmed first)
    for (String q : typed) {
      old.suggest(q, 8);
      fresh.suggest(q, 8);
    }
    long[] oldLat = new long[typed.size() * rounds];
    long[] newLat = new long[typed.size() * rounds];
    long oldAlloc = 0;
    long newAlloc = 0;
    long oldCpu = 0;
    long newCpu = 0;
    int sameFirst = 0;
    double overlap = 0;
    int i = 0;
    for (int r = 0; r < rounds; r++) {
      for (String q : typed) {
        long a0 = THREADS.getCurrentThreadAllocatedBytes();
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        List<Suggestion> o = old.suggest(q, 8);
        long t1 = System.nanoTime();
        long c1 = THREADS.getCurrentThreadCpuTime();
        long a1 = THREADS.getCurrentThreadAllocatedBytes();
        List<Suggestion> n = fresh.suggest(q, 8);
        long t2 = System.nanoTime();
        long c2 = THREADS.getCurrentThreadCpuTime();
        long a2 = THREADS.getCurrentThreadAllocatedBytes();
        oldCpu += c1 - c0;
        newCpu += c2 - c1;
        oldLat[i] = t1 - t0;
        newLat[i] = t2 - t1;
        oldAlloc += a1 - a0;
        newAlloc += a2 - a1;
        i++;
        if (r == 0) {
          sameFirst += !o.isEmpty() && !n.isEmpty() && o.get(0).equals(n.get(0)) ? 1 : 0;
          overlap += overlap(o, n);
        }
      }
    }
    out.println("| | baseline (AnalyzingInfixSuggester rebuilt per reader) | vankien (main index) |");
    out.println("|---|---:|---:|");
    out.printf("| first suggestion after an ingest, median of %d (ms) | %.1f | %.2f |%n", changes,
        Medians.of(oldFirst) / 1e6, Medians.of(newFirst) / 1e6);
    out.printf("| CPU time of that first lookup, median (ms) | %.1f | %.2f |%n", Medians.of(oldFirstCpu) / 1e6,
        Medians.of(newFirstCpu) / 1e6);
    out.printf("| bytes allocated by that first lookup, median (MB) | %.1f | %.3f |%n",
        Medians.of(oldFirstAlloc) / 1e6, Medians.of(newFirstAlloc) / 1e6);
    out.printf("| heap retained between requests, after GC (MB) | %.1f | 0 (holds nothing) |%n",
        (heapWithOld - heapBefore) / 1e6);
    out.printf("| lookup p50 (ms) | %.3f | %.3f |%n", pct(oldLat, 50) / 1e6, pct(newLat, 50) / 1e6);
    out.printf("| lookup p99 (ms) | %.3f | %.3f |%n", pct(oldLat, 99) / 1e6, pct(newLat, 99) / 1e6);
    out.printf("| lookup mean (ms) | %.3f | %.3f |%n", mean(oldLat) / 1e6, mean(newLat) / 1e6);
    out.printf("| lookup CPU time, mean (ms) | %.3f | %.3f |%n", oldCpu / 1e6 / oldLat.length,
        newCpu / 1e6 / newLat.length);
    out.printf("| bytes allocated per lookup (KB) | %.1f | %.1f |%n", oldAlloc / 1e3 / oldLat.length,
        newAlloc / 1e3 / newLat.length);
    out.printf("%nSame first suggestion: %d of %d prefixes; mean overlap of the two lists of 8: %.0f%%.%n",
        sameFirst, typed.size(), 100 * overlap / typed.size());
    didYouMean(archive, searcher, rounds, out);
  }

  /** DirectSpellChecker over the text field (as DidYouMean calls it), and whole searches it corrects. */
  private static void didYouMean(Archive archive, ArchiveSearcher searcher, int rounds, PrintStream out)
      throws IOException {
    List<String> words = new ArrayList<>();
    try (ArchiveSearcher.View v = searcher.acquire()) {
      for (int d = 0; d < v.searcher().getIndexReader().maxDoc() && words.size() < 40; d += 37) {
        String title = v.loadRecord(d).meta().title();
        if (title != null) {
          Arrays.stream(title.split("\\s+")).map(VietnameseText::normalizeTerm)
              .filter(w -> w.length() >= 4 && w.chars().allMatch(Character::isLetter))
              .findFirst().ifPresent(w -> words.add(w + w.charAt(w.length() - 1)));
        }
      }
      DirectSpellChecker checker = new DirectSpellChecker();
      long[] exact = new long[words.size() * rounds];
      long[] folded = new long[words.size() * rounds];
      long cpu = 0;
      int i = 0;
      for (int r = 0; r <= rounds; r++) {
        for (String w : words) {
          long c0 = THREADS.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          checker.suggestSimilar(new Term(Schema.TEXT, w), 1, v.searcher().getIndexReader(),
              SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
          long t1 = System.nanoTime();
          checker.suggestSimilar(new Term(Schema.TEXT, io.vankien.analysis.VietnameseFoldingFilter.foldedTerm(w)),
              1, v.searcher().getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
          long t2 = System.nanoTime();
          if (r > 0) { // round 0 warms up
            cpu += THREADS.getCurrentThreadCpuTime() - c0;
            exact[i] = t1 - t0;
            folded[i++] = t2 - t1;
          }
        }
      }
      SearchService search = new SearchService(searcher);
      long[] misspelt = new long[words.size()];
      long[] plain = new long[words.size()];
      int corrected = 0;
      for (int k = 0; k < words.size(); k++) {
        String bad = words.get(k);
        String good = bad.substring(0, bad.length() - 1);
        search.search(SearchRequest.of(bad)); // warm
        long t0 = System.nanoTime();
        var r = search.search(SearchRequest.of(bad));
        long t1 = System.nanoTime();
        search.search(SearchRequest.of(good));
        long t2 = System.nanoTime();
        misspelt[k] = t1 - t0;
        plain[k] = t2 - t1;
        corrected += r.didYouMean() != null ? 1 : 0;
      }
      out.printf("%nDid-you-mean on the same archive (%d misspelt title words, %d rounds): DirectSpellChecker"
          + " per word p50 %.2f ms, p99 %.2f ms (exact space), p50 %.2f ms, p99 %.2f ms (folded space), CPU"
          + " %.2f ms per word; whole search of the misspelt word (corrected %d of %d) p50 %.1f ms vs the correct word"
          + " %.1f ms.%n", words.size(), rounds, pct(exact, 50) / 1e6, pct(exact, 99) / 1e6,
          pct(folded, 50) / 1e6, pct(folded, 99) / 1e6, cpu / 1e6 / (2.0 * exact.length), corrected, words.size(), pct(misspelt, 50) / 1e6,
          pct(plain, 50) / 1e6);
    }
  }

  /**
   * What users type: the start of a title (two words and part of the third, as written and without
   * diacritics), of a number, of a signer's name; taken from documents spread over the archive.
   */
  private static List<String> typedPrefixes(ArchiveSearcher searcher, int count, Random rnd) throws IOException {
    Set<String> out = new HashSet<>();
    try (ArchiveSearcher.View v = searcher.acquire()) {
      int max = v.searcher().getIndexReader().maxDoc();
      for (int k = 0; k < count * 3 && out.size() < count; k++) {
        ArchivedDocument d = v.loadRecord(rnd.nextInt(max));
        DocumentMetadata m = d.meta();
        if (m.title() != null) {
          String[] w = m.title().strip().split("\\s+");
          int from = rnd.nextInt(Math.max(1, w.length - 2)); // infix: from any word
          String p = String.join(" ", Arrays.copyOfRange(w, from, Math.min(w.length, from + 3)));
          p = p.substring(0, Math.max(1, p.length() - rnd.nextInt(3)));
          out.add(p);
          out.add(VietnameseText.fold(p));
        }
        if (m.number() != null && m.number().length() > 3) {
          out.add(m.number().substring(0, 3 + rnd.nextInt(m.number().length() - 3)));
        }
        if (m.signer() != null) {
          String s = m.signer().strip();
          out.add(VietnameseText.fold(s.substring(0, Math.min(s.length(), 3 + rnd.nextInt(6)))));
        }
      }
    }
    List<String> l = new ArrayList<>(out);
    l.sort(null);
    l.addAll(List.of("n", "ng", "ke", "nghi quyet", "ban thuong vu"));
    return l;
  }

  private static double overlap(List<Suggestion> a, List<Suggestion> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    Set<String> sa = new HashSet<>();
    a.forEach(s -> sa.add(s.kind() + s.text()));
    long common = b.stream().filter(s -> sa.contains(s.kind() + s.text())).count();
    return (double) common / Math.max(a.size(), b.size());
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static double pct(long[] v, int p) {
    long[] s = v.clone();
    Arrays.sort(s);
    return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
  }

  private static double mean(long[] v) {
    return Arrays.stream(v).average().orElse(0);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else if (!p.getFileName().toString().equals("write.lock")) {
          Files.copy(p, t);
        }
      }
    }
  }
}
