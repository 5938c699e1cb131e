package io.vankien.cli;

import io.vankien.bench.BenchCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench-corpus}: writes a deterministic benchmark corpus of generated documents (see {@link BenchCorpus}). */
@Command(name = "bench-corpus", mixinStandardHelpOptions = true,
    description = "Generate N sample documents of a provincial archive (real paragraphs of ../shared/corpus"
        + " recombined under invented headers, signers and citations) and DIR/manifest.jsonl; the same seed and"
        + " N give byte-identical output. Write it under target/ or /tmp: it is never committed.")
public final class BenchCorpusCommand implements Callable<Integer> {
  @Option(names = "--docs", required = true, description = "How many documents.")
  int docs;

  @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", required = true, description = "Output folder (e.g. target/bench-10k).")
  Path out;

  @Option(names = "--shared", defaultValue = "../shared", description = "The shared folder holding corpus/laws and"
      + " corpus/seeds (default: ${DEFAULT-VALUE}).")
  Path shared;

  @Option(names = "--force", description = "Write into a folder that already holds a manifest (files are overwritten,"
      + " not deleted).")
  boolean force;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(shared.resolve("corpus/laws"))) {
      System.err.println("error: no corpus/laws under " + shared.toAbsolutePath() + " (see --shared)");
      return 2;
    }
    if (Files.exists(out.resolve("manifest.jsonl")) && !force) {
      System.err.println("error: " + out + " already holds a corpus (use --force to overwrite, or another --out)");
      return 2;
    }
    BenchCorpus.generate(new BenchCorpus.Options(docs, seed, out, shared), System.err);
    return 0;
  }
}
