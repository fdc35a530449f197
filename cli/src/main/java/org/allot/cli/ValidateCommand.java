package org.allot.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.allot.cli.memory.MemoryInput;
import org.allot.problem.Problems;
import picocli.CommandLine.Option;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code allot validate}: re-checks a result JSON against its instance with the evaluator. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    header = "Check a result JSON against its instance with the evaluator.",
    description = {"Check a result JSON (as written by 'allot solve', or by any tool that"
        + " follows its format) against the instance: decode the solution, evaluate it with the"
        + " family's independent evaluator, and compare the recomputed objective with the"
        + " JSON's \"objective\" (when present). Prints 'valid: makespan 55', or the"
        + " violations one per line.", ""},
    footerHeading = "%nExamples:%n",
    footer = {"  allot solve instances/jobshop/ft06.txt --out ft06.json",
        "  allot validate instances/jobshop/ft06.txt ft06.json",
        "",
        "Exit codes: 0 feasible and the objective matches; 1 infeasible, no solution, or the"
            + " objective differs; 2 bad input (unreadable instance, malformed JSON, missing"
            + " or ill-typed key)."})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "INSTANCE", description = "The instance file.")
  Path instanceFile;

  @Parameters(index = "1", paramLabel = "RESULT", description = "The result JSON file.")
  Path resultFile;

  @Option(names = "--capacity", paramLabel = "BYTES", description = "Memory only: read"
      + " INSTANCE as a MiniMalloc CSV with this capacity, as 'allot solve --capacity'.")
  Long capacity;

  @Override
  public Integer call() throws IOException {
    Problems.Loaded<?, ?> loaded = capacity == null ? Problems.read(instanceFile)
        : MemoryInput.readWithCapacity(instanceFile, capacity);
    Validation<?, ?> v = Validation.of(loaded, Json.read(resultFile, resultFile.toString()),
        resultFile.toString(), spec.commandLine().getOut(), spec.commandLine().getErr());
    return v.run().code();
  }
}
