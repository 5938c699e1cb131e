package io.vankien.cli;

import io.vankien.cite.eval.RelationEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vankien relations-eval}: accuracy of the citation relation reader on the judged citations. */
@Command(
    name = "relations-eval",
    mixinStandardHelpOptions = true,
    description = {"Compare the relation read for each judged citation (eval/relations-expected.jsonl) with the"
        + " judged one and print the accuracy per relation, on the tuning part and the held-out part."})
public class RelationsEvalCommand implements Callable<Integer> {
  @Option(names = "--judged", description = "the judged citations (default: ${DEFAULT-VALUE})")
  Path judged = RelationEvaluation.JUDGED;

  @Option(names = {"-v", "--verbose"}, description = "list every mistake with its sentence")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(judged)) {
      System.err.println("relations-eval: no judged citations at " + judged.toAbsolutePath());
      return 1;
    }
    Path root = judged.toAbsolutePath().getParent().getParent();
    RelationEvaluation.print(new RelationEvaluation(root).evaluate(judged), verbose, System.out);
    return 0;
  }
}
