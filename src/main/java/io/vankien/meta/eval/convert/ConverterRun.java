package io.vankien.meta.eval.convert;

import io.vankien.meta.eval.DocumentSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes the converted copies of judged documents in a work folder: a Word file per document and cell
 * style ({@link WordLayout}, {@link WordWriter}), then every chosen form of it through the real converters:
 * pandoc one process per Word file writing all its forms (a Lua filter, {@code pandoc-forms.lua}, writes the
 * document read once with each form's {@code -t} and {@code --wrap}: the same bytes as one command per
 * form, which {@code PandocBatchTest} checks, at a tenth of the processes); LibreOffice once per form and
 * cell style for all the files, with a private profile; all in parallel. Copies already in the work folder are not made again (two judged sets over the same
 * folder, such as the samples and their judged recipients, share them). Converter failures are kept, not
 * thrown: the copy is then missing and scored as an empty document.
 */
public final class ConverterRun {
  private static final Duration PANDOC_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration SOFFICE_TIMEOUT_BASE = Duration.ofMinutes(2);
  private static final Duration SOFFICE_TIMEOUT_PER_FILE = Duration.ofSeconds(30);

  private final Path work;
  private final int threads;
  private final Map<String, AtomicLong> nanosPerForm = new ConcurrentHashMap<>();
  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

  /**
   * @param work the folder the copies are written to
   * @param threads how many converter processes run at once
   */
  public ConverterRun(Path work, int threads) {
    this.work = work;
    this.threads = Math.max(1, threads);
  }

  /**
   * The folder of one form's copies of a documents folder in one cell style.
   */
  public Path folder(Path documents, CellStyle style, Form form) {
    return work.resolve(key(documents)).resolve(style.id()).resolve(form.id());
  }

  /**
   * Makes the copies of the judged files of {@code documents} in every column's cell style and form.
   *
   * @throws IOException when a judged document cannot be read or a Word file cannot be written
   */
  public void convert(Path documents, List<String> judgedFiles, List<Column> columns) throws IOException {
    convert(Map.of(documents, judgedFiles), columns);
  }

  /**
   * Makes the copies of several folders' judged files at once (LibreOffice then starts once per form and
   * style for all of them: its start-up costs more than a short document's conversion).
   *
   * @param groups each documents folder and its judged files
   * @throws IOException when a judged document cannot be read or a Word file cannot be written
   */
  public void convert(Map<Path, List<String>> groups, List<Column> columns) throws IOException {
    Map<CellStyle, List<Form>> formsOfStyle = new LinkedHashMap<>();
    columns.forEach(c -> formsOfStyle.computeIfAbsent(c.style(), s -> new ArrayList<>()).add(c.form()));
    Map<CellStyle, List<WordFile>> words = new LinkedHashMap<>();
    for (CellStyle style : formsOfStyle.keySet()) {
      List<WordFile> typed = new ArrayList<>();
      for (Map.Entry<Path, List<String>> g : groups.entrySet()) {
        for (Path word : writeWord(g.getKey(), g.getValue(), style)) {
          typed.add(new WordFile(g.getKey(), word));
        }
      }
      words.put(style, typed);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (Map.Entry<CellStyle, List<WordFile>> e : words.entrySet()) {
        for (Form form : of(formsOfStyle.get(e.getKey()), Form.Tool.SOFFICE)) {
          tasks.add(pool.submit(() -> soffice(e.getKey(), form, e.getValue())));
        }
      }
      Path filter = null;
      for (Map.Entry<CellStyle, List<WordFile>> e : words.entrySet()) {
        List<Form> pandocForms = of(formsOfStyle.get(e.getKey()), Form.Tool.PANDOC);
        if (pandocForms.isEmpty()) {
          continue;
        }
        filter = filter == null ? luaFilter() : filter;
        Path lua = filter;
        for (WordFile word : e.getValue()) {
          Map<Form, Path> copies = new LinkedHashMap<>();
          for (Form form : pandocForms) {
            Path copy = copyOf(word, e.getKey(), form);
            if (!Files.exists(copy)) {
              copies.put(form, copy);
            }
          }
          if (!copies.isEmpty()) {
            tasks.add(pool.submit(() -> pandoc(word.word(), copies, lua)));
          }
        }
      }
      for (Future<?> t : tasks) {
        t.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while converting " + groups.keySet(), e);
    } catch (ExecutionException e) {
      throw new IOException("converting " + groups.keySet() + ": " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** A Word file made of a judged document of a documents folder. */
  private record WordFile(Path documents, Path word) {}

  private static List<Form> of(List<Form> forms, Form.Tool tool) {
    return forms.stream().filter(f -> f.tool() == tool).toList();
  }

  /**
   * Time spent making the copies, summed over files and styles: "docx" (the Word files), "pandoc" (all
   * pandoc forms), then each LibreOffice form.
   */
  public Map<String, Duration> timings() {
    Map<String, Duration> out = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>(List.of("docx", "pandoc"));
    Forms.ALL.stream().filter(f -> f.tool() == Form.Tool.SOFFICE).forEach(f -> keys.add(f.id()));
    for (String k : keys) {
      AtomicLong n = nanosPerForm.get(k);
      if (n != null) {
        out.put(k, Duration.ofNanos(n.get()));
      }
    }
    return out;
  }

  /** What failed: one line per converter run that failed or wrote no copy. */
  public List<String> failures() {
    synchronized (failures) {
      return List.copyOf(failures);
    }
  }

  private List<Path> writeWord(Path documents, List<String> judgedFiles, CellStyle style) throws IOException {
    Path folder = folder(documents, style, Forms.named("docx"));
    Files.createDirectories(folder);
    List<Path> words = new ArrayList<>();
    long start = System.nanoTime();
    DocumentSource originals = DocumentSource.originals(documents);
    for (String judged : judgedFiles) {
      Path word = folder.resolve(ConvertedCopies.copyName(judged, "docx"));
      if (!Files.exists(word)) {
        WordWriter.write(WordLayout.ofJudgedText(originals.text(judged)), style, word);
      }
      words.add(word);
    }
    add("docx", start);
    return words;
  }

  private Path copyOf(WordFile word, CellStyle style, Form form) {
    return folder(word.documents(), style, form)
        .resolve(ConvertedCopies.copyName(word.word().getFileName().toString(), form.extension()));
  }

  /** The Lua filter that writes every pandoc form, copied from the class path into the work folder once. */
  private synchronized Path luaFilter() throws IOException {
    Path filter = work.resolve("pandoc-forms.lua");
    if (!Files.exists(filter)) {
      try (var in = ConverterRun.class.getResourceAsStream("pandoc-forms.lua")) {
        if (in == null) {
          throw new IOException("resource io/vankien/meta/eval/convert/pandoc-forms.lua missing");
        }
        Files.createDirectories(work);
        Files.copy(in, filter);
      }
    }
    return filter;
  }

  /** One pandoc process reads the Word file and writes each of its forms. */
  private Void pandoc(Path word, Map<Form, Path> copies, Path filter) throws IOException {
    StringBuilder outputs = new StringBuilder();
    for (Map.Entry<Form, Path> c : copies.entrySet()) {
      Files.createDirectories(c.getValue().getParent());
      outputs.append(c.getKey().pandocFormat()).append('\t').append(c.getKey().pandocWrap()).append('\t')
          .append(c.getValue().toAbsolutePath()).append('\n');
    }
    List<String> command = List.of("pandoc", word.toString(), "-f", "docx", "-t", "native",
        "--lua-filter", filter.toString(), "-o", devNull());
    long start = System.nanoTime();
    try {
      ExternalProgram.run(command, Map.of("VANKIEN_PANDOC_FORMS", outputs.toString()), PANDOC_TIMEOUT);
    } catch (IOException e) {
      failures.add("pandoc " + word + ": " + e.getMessage());
    }
    add("pandoc", start);
    for (Map.Entry<Form, Path> c : copies.entrySet()) {
      if (!Files.exists(c.getValue())) {
        failures.add(c.getKey().id() + " " + word.getFileName() + ": pandoc wrote no copy");
      }
    }
    return null;
  }

  private static String devNull() {
    return System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null";
  }

  /**
   * LibreOffice converts the style's Word files that lack this form in one call with a private profile;
   * the files are staged under numbered names, since two folders may hold files of the same name.
   */
  private Void soffice(CellStyle style, Form form, List<WordFile> words) throws IOException {
    List<WordFile> todo = words.stream().filter(w -> !Files.exists(copyOf(w, style, form))).toList();
    if (todo.isEmpty()) {
      return null;
    }
    Path staging = Files.createTempDirectory(Files.createDirectories(work), "soffice-" + style.id() + "-" + form.id() + "-");
    Path profile = Files.createDirectories(staging.resolve("profile"));
    Path in = Files.createDirectories(staging.resolve("in"));
    Path out = Files.createDirectories(staging.resolve("out"));
    try {
      List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(),
          "--headless", "--convert-to", form.arguments().get(0), "--outdir", out.toString()));
      for (int i = 0; i < todo.size(); i++) {
        Path staged = in.resolve(i + "_" + todo.get(i).word().getFileName());
        Files.copy(todo.get(i).word(), staged);
        command.add(staged.toString());
      }
      long start = System.nanoTime();
      try {
        ExternalProgram.run(command, Map.of(), SOFFICE_TIMEOUT_BASE.plus(SOFFICE_TIMEOUT_PER_FILE.multipliedBy(todo.size())));
      } catch (IOException failed) {
        failures.add(form.id() + " " + style.id() + ": " + failed.getMessage());
      }
      add(form.id(), start);
      for (int i = 0; i < todo.size(); i++) {
        WordFile w = todo.get(i);
        Path made = out.resolve(ConvertedCopies.copyName(i + "_" + w.word().getFileName(), form.extension()));
        if (Files.exists(made)) {
          Path copy = copyOf(w, style, form);
          Files.createDirectories(copy.getParent());
          Files.move(made, copy);
        } else {
          failures.add(form.id() + " " + style.id() + " " + w.word().getFileName() + ": soffice wrote no copy");
        }
      }
    } finally {
      deleteTree(staging);
    }
    return null;
  }

  private void add(String form, long startNanos) {
    nanosPerForm.computeIfAbsent(form, f -> new AtomicLong()).addAndGet(System.nanoTime() - startNanos);
  }

  /** A folder name for a documents folder: "samples", "eval-heldout-2", "shared-corpus-seeds". */
  static String key(Path documents) {
    String k = documents.normalize().toString().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    return k.isEmpty() ? "documents" : k;
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
