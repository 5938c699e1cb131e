package io.vankien.bench;

import io.vankien.search.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one access load test: facts, one row per role, the writer's rows, the memory series
 * summary and the in-process access-filter rounds; printed as Markdown and written as JSON.
 */
public final class AccessLoadReport {
  /** One role's load: what it read as, and what came back. */
  public record RoleRow(String role, String scope, int clients, long requests, double rps, Latencies latencies,
      long errors, long hits, long nonPublicHits, long violations, List<String> errorSamples,
      String firstViolation) {}

  /** One kind of write by the writer. */
  public record WriteRow(String what, int requests, Latencies latencies, long errors, List<String> errorSamples) {}

  /** One in-process round of one scope. */
  public record InProcessRow(int round, String scope, long requests, double rps, Latencies latencies, long errors) {}

  private final Map<String, Object> facts = new LinkedHashMap<>();
  private final List<RoleRow> roles = new ArrayList<>();
  private final List<WriteRow> writes = new ArrayList<>();
  private final List<InProcessRow> inProcess = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private MemorySeries memory;

  public void fact(String name, Object value) {
    facts.put(name, value);
  }

  public void role(RoleRow r) {
    roles.add(r);
  }

  public void write(WriteRow w) {
    writes.add(w);
  }

  public void inProcess(InProcessRow r) {
    inProcess.add(r);
  }

  public void memory(MemorySeries m) {
    memory = m;
  }

  public void note(String text) {
    notes.add(text);
  }

  public long totalErrors() {
    return roles.stream().mapToLong(RoleRow::errors).sum() + writes.stream().mapToLong(WriteRow::errors).sum();
  }

  public long totalViolations() {
    return roles.stream().mapToLong(RoleRow::violations).sum();
  }

  public void printMarkdown(PrintStream out) {
    facts.forEach((k, v) -> out.println("- " + k + ": " + v));
    out.println();
    out.println("| role (scope) | clients | requests | req/s | p50 ms | p99 ms | max ms | errors | hits checked"
        + " | not public | violations |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (RoleRow r : roles) {
      out.printf(Locale.ROOT, "| %s (%s) | %d | %,d | %.1f | %.1f | %.1f | %.1f | %d | %,d | %,d | %d |%n", r.role(),
          r.scope(), r.clients(), r.requests(), r.rps(), r.latencies().p50Ms(), r.latencies().p99Ms(),
          r.latencies().maxMs(), r.errors(), r.hits(), r.nonPublicHits(), r.violations());
    }
    out.println();
    out.println("| writer (staff token) | requests | p50 ms | p99 ms | max ms | errors |");
    out.println("|---|---:|---:|---:|---:|---:|");
    for (WriteRow w : writes) {
      out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %d |%n", w.what(), w.requests(),
          w.latencies().p50Ms(), w.latencies().p99Ms(), w.latencies().maxMs(), w.errors());
    }
    if (memory != null) {
      out.println();
      out.println("| memory (every 10 s, after a full GC) | samples | first MB | last MB | max MB | slope MB/min |");
      out.println("|---|---:|---:|---:|---:|---:|");
      memoryRow(out, "live heap (jcmd GC.class_histogram total)", memory.heap());
      memoryRow(out, "RSS (VmRSS)", memory.rss());
    }
    if (!inProcess.isEmpty()) {
      out.println();
      out.println("| in-process round | scope | requests | req/s | p50 ms | p99 ms | errors |");
      out.println("|---:|---|---:|---:|---:|---:|---:|");
      for (InProcessRow r : inProcess) {
        out.printf(Locale.ROOT, "| %d | %s | %,d | %.1f | %.2f | %.2f | %d |%n", r.round(), r.scope(), r.requests(),
            r.rps(), r.latencies().p50Ms(), r.latencies().p99Ms(), r.errors());
      }
    }
    if (!notes.isEmpty()) {
      out.println();
      notes.forEach(n -> out.println("- " + n));
    }
  }

  private static void memoryRow(PrintStream out, String what, MemorySeries.Summary s) {
    out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %s |%n", what, s.samples(), num(s.firstMb()),
        num(s.lastMb()), num(s.maxMb()), num(s.slopeMbPerMinute()));
  }

  private static String num(Double d) {
    return d == null ? "" : String.format(Locale.ROOT, "%.1f", d);
  }

  public void writeJson(Path file) throws IOException {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("facts", facts);
    all.put("roles", roles);
    all.put("writes", writes);
    if (memory != null) {
      all.put("memory", Map.of("heap", memory.heap(), "rss", memory.rss(), "samples", memory.samples()));
    }
    all.put("inProcess", inProcess);
    all.put("notes", notes);
    Files.createDirectories(file.getParent());
    Files.writeString(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(all));
  }
}
