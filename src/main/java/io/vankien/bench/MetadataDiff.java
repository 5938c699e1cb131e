package io.vankien.bench;

import io.vankien.meta.MetadataExtractor;
import io.vankien.extract.TextCleaner;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Differential check of the text cleaner and the metadata extractor against another build of them (the
 * classes of an older commit, loaded in a class loader of their own): for every {@code .txt} under the
 * given folders, the cleaned text and the full {@code DocumentMetadata} (as {@code toMap()}) of both
 * builds, compared; also on the raw text and on the first and last 6,000 characters of each text (other
 * headers and signatures than the whole text's). Prints each difference and the count.
 *
 * <p>Usage: {@code java -cp target/vankien.jar io.vankien.bench.MetadataDiff OLD_CLASSES OLD_LIB FOLDER...}
 * where OLD_CLASSES is the old build's {@code target/classes} and OLD_LIB its {@code target/lib}.
 */
public final class MetadataDiff {
  private static final int PIECE = 6_000;

  private final Method oldClean;
  private final Object oldExtractor;
  private final Method oldExtract;
  private final MetadataExtractor extractor = new MetadataExtractor();

  /** Counts of what was compared and how much of it differed. */
  public record Result(int texts, int comparisons, List<String> differences) {}

  public MetadataDiff(Path oldClasses, Path oldLib) throws Exception {
    List<URL> urls = new ArrayList<>();
    urls.add(oldClasses.toUri().toURL());
    if (Files.isDirectory(oldLib)) {
      try (Stream<Path> jars = Files.list(oldLib)) {
        for (Path j : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
          urls.add(j.toUri().toURL());
        }
      }
    }
    ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    oldClean = cleanerOf(loader).getMethod("clean", String.class);
    Class<?> ex = loader.loadClass("io.vankien.meta.MetadataExtractor");
    oldExtractor = ex.getConstructor().newInstance();
    oldExtract = ex.getMethod("extract", String.class);
    if (TextCleaner.class.getClassLoader() == oldClean.getDeclaringClass().getClassLoader()) {
      throw new IllegalStateException("the old classes were loaded by the same loader as the new ones");
    }
  }

  /** A build's TextCleaner: in {@code extract} since issue 14's restructuring, in {@code meta} before. */
  static Class<?> cleanerOf(ClassLoader loader) throws ClassNotFoundException {
    try {
      return loader.loadClass("io.vankien.extract.TextCleaner");
    } catch (ClassNotFoundException e) {
      return loader.loadClass("io.vankien.meta.TextCleaner");
    }
  }

  public Result compare(List<Path> folders, PrintStream out) throws Exception {
    List<String> diffs = new ArrayList<>();
    int texts = 0;
    int comparisons = 0;
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        out.println("skipped (not a folder): " + folder);
        continue;
      }
      List<Path> files;
      try (Stream<Path> walk = Files.walk(folder)) {
        files = walk.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
      }
      for (Path f : files) {
        String raw = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        texts++;
        String oldCleaned = outcome(() -> (String) oldClean.invoke(null, raw));
        String newCleaned = outcome(() -> TextCleaner.clean(raw));
        comparisons++;
        if (!oldCleaned.equals(newCleaned)) {
          diffs.add(f + " [clean]: cleaned texts differ at char " + firstDifference(oldCleaned, newCleaned)
              + (oldCleaned.startsWith(FAILED) || newCleaned.startsWith(FAILED)
                  ? " (old: " + brief(oldCleaned) + ", new: " + brief(newCleaned) + ")" : ""));
          continue;
        }
        comparisons += compareMetadata(f + " [cleaned]", oldCleaned, newCleaned, diffs);
        comparisons += compareMetadata(f + " [raw]", raw, raw, diffs);
        if (oldCleaned.length() > PIECE) {
          String head = oldCleaned.substring(0, PIECE);
          String tail = oldCleaned.substring(oldCleaned.length() - PIECE);
          comparisons += compareMetadata(f + " [head]", head, head, diffs);
          comparisons += compareMetadata(f + " [tail]", tail, tail, diffs);
        }
      }
    }
    for (String d : diffs) {
      out.println(d);
    }
    out.printf("%d texts, %d comparisons, %d differences%n", texts, comparisons, diffs.size());
    return new Result(texts, comparisons, diffs);
  }

  private int compareMetadata(String label, String oldInput, String newInput, List<String> diffs) throws Exception {
    String oldFailure = null;
    String newFailure = null;
    Map<?, ?> before = null;
    Map<?, ?> after = null;
    try {
      before = oldMap(oldInput);
    } catch (java.lang.reflect.InvocationTargetException | StackOverflowError e) {
      oldFailure = String.valueOf(e instanceof java.lang.reflect.InvocationTargetException ite ? ite.getCause() : e);
    }
    try {
      after = extractor.extract(newInput).toMap();
    } catch (RuntimeException | StackOverflowError e) {
      newFailure = String.valueOf(e);
    }
    if (oldFailure != null || newFailure != null) {
      if (!Objects.equals(oldFailure, newFailure)) {
        diffs.add(label + " failure: old=" + brief(oldFailure) + " new=" + brief(newFailure));
      }
      return 1;
    }
    if (!Objects.equals(before, after)) {
      for (Object k : before.keySet()) {
        if (!Objects.equals(before.get(k), after.get(k))) {
          diffs.add(label + " " + k + ": old=" + before.get(k) + " new=" + after.get(k));
        }
      }
    }
    return 1;
  }

  private static final String FAILED = "FAILED: ";

  private interface Step {
    String run() throws Exception;
  }

  /** The step's text, or FAILED and its exception (a stack overflow on hostile input is an outcome too). */
  private static String outcome(Step step) {
    try {
      return step.run();
    } catch (java.lang.reflect.InvocationTargetException e) {
      return FAILED + e.getCause();
    } catch (Exception | StackOverflowError e) {
      return FAILED + e;
    }
  }

  private static String brief(String s) {
    return s == null ? "ok" : s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }

  private Map<?, ?> oldMap(String text) throws Exception {
    Object md = oldExtract.invoke(oldExtractor, text);
    return (Map<?, ?>) md.getClass().getMethod("toMap").invoke(md);
  }

  private static int firstDifference(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return i;
      }
    }
    return n;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: MetadataDiff OLD_CLASSES OLD_LIB FOLDER...");
      System.exit(2);
    }
    List<Path> folders = Stream.of(args).skip(2).map(Path::of).toList();
    Result r = new MetadataDiff(Path.of(args[0]), Path.of(args[1])).compare(folders, System.out);
    System.exit(r.differences().isEmpty() ? 0 : 1);
  }
}
