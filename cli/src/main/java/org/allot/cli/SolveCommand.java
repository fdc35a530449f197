package org.allot.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.allot.cli.memory.MemoryInput;
import org.allot.problem.Problems;
import org.allot.solver.SolverOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code allot solve}: reads an instance, runs a solver, checks and writes the result. */
@Command(name = "solve", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Solve an instance within a time limit; write the result JSON.",
    description = {"Solve an instance within a time limit. The problem family and file format"
        + " are detected from the file. Progress and a summary go to stderr; the result JSON"
        + " goes to stdout, or to --out. The solution is always re-checked by the family's"
        + " evaluator before anything is written.", "",
        "Result JSON: {\"problem\", \"instance\", \"solver\", \"status\", \"objective\","
            + " \"bound\", \"feasible\", \"seconds\", \"seed\", \"solution\"}; objective and"
            + " bound are null when unknown; for jobshop, solution is {\"start\": [[per job,"
            + " per operation]], \"end\": [[...]]}; for cvrp, {\"routes\": [[customers 1..n"
            + " per route]]}; for memory, {\"offsets\": [offset in bytes, or null for a buffer"
            + " in slow memory, per buffer in file order]}.", ""},
    footerHeading = "%nExamples:%n",
    footer = {"  allot solve instances/jobshop/ft06.txt",
        "  allot solve instances/jobshop/ta01.txt --solver mwkr",
        "  allot solve ta01.txt --time-limit 2m --out ta01.json --gantt ta01.png",
        "  allot solve ta01.txt --threads 8 --seed 3",
        "  allot solve X-n101-k25.vrp --solver ortools --sol X-n101-k25.sol --plot routes.svg",
        "  allot solve A.1048576.csv --csv A.out.csv --plot layout.svg",
        "  allot solve buffers.csv --capacity 65536 --solver greedy",
        "",
        "Exit codes: 0 a solution was found (OPTIMAL or FEASIBLE); 1 no solution within the"
            + " limit (UNKNOWN or INFEASIBLE; the JSON has \"solution\": null), or the solver"
            + " returned a solution the evaluator rejects (\"feasible\": false; a solver bug);"
            + " 2 bad input or usage (nothing is written); 3 internal error."})
final class SolveCommand implements Callable<Integer> {
  /** The default number of worker threads: two where the machine has them. */
  static final int DEFAULT_THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());

  @ParentCommand
  Allot allot;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The instance file (see 'allot list' for the"
      + " families and formats).")
  Path file;

  @Option(names = "--solver", paramLabel = "ID", description = "The solver, as listed by"
      + " 'allot list'. Default: the family's default solver (marked * there).")
  String solver;

  @Option(names = "--time-limit", paramLabel = "DURATION", defaultValue = "10s",
      converter = TimeLimitConverter.class, description = "Wall-clock limit of the whole"
          + " command, start-up and output included: 500ms, 10s, 2m, 1h, or a bare number of"
          + " seconds. Default: ${DEFAULT-VALUE}.")
  Duration timeLimit;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the solver's random"
      + " choices; the same seed with one thread gives the same result. Default:"
      + " ${DEFAULT-VALUE}.")
  long seed = 0;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads of the solver."
      + " Default: min(2, processors), here ${DEFAULT-VALUE}; use 1 for reproducible runs.")
  int threads = DEFAULT_THREADS;

  @Option(names = "--capacity", paramLabel = "BYTES", description = "Memory only: read FILE as"
      + " a MiniMalloc CSV with this fast-memory capacity, which wins over one in the file name"
      + " (X.<capacity>.csv). Refused for other files.")
  Long capacity;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the result JSON to FILE"
      + " (atomically: readers never see half a file) instead of stdout.")
  Path out;

  @Option(names = "--gantt", paramLabel = "FILE", description = "Also draw the schedule as a"
      + " Gantt chart; the format follows the extension: .svg or .png (job-shop only).")
  Path gantt;

  @Option(names = "--sol", paramLabel = "FILE", description = "Also write the solution in the"
      + " family's native format, atomically: a CVRPLIB .sol file (cvrp only).")
  Path sol;

  @Option(names = "--plot", paramLabel = "FILE", description = "Also draw the solution; the"
      + " format follows the extension: .svg or .png. cvrp: the routes on a map (depot,"
      + " customers sized by demand, one colour per route); memory: the layout (time on x,"
      + " address on y, one rectangle per buffer in fast memory, the capacity as a red line,"
      + " the number of slow buffers in the title).")
  Path plot;

  @Option(names = "--csv", paramLabel = "FILE", description = "Also write the layout as a"
      + " MiniMalloc CSV (id,lower,upper,size[,alignment],offset), atomically; a buffer left in"
      + " slow memory gets offset -1; a cost model is not written (memory only).")
  Path csv;

  @Option(names = {"-O", "--option"}, paramLabel = "NAME=VALUE", description = "A setting of"
      + " the solver, repeatable: for example -O depth=3. 'allot list' shows each solver's"
      + " options and defaults; an option the solver does not have is refused.")
  List<String> solverOptions = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    SolverOptions parsed;
    try {
      parsed = SolverOptions.parse(solverOptions);
    } catch (IllegalArgumentException e) {
      throw new UserError("--option: " + e.getMessage());
    }
    SolveOptions options = new SolveOptions(Optional.ofNullable(solver), timeLimit,
        allot.started(), seed, threads, Optional.ofNullable(out), extras(), parsed);
    OutputWarmUp warmUp = OutputWarmUp.start(options.pictureFormat());
    Problems.Loaded<?, ?> loaded = capacity == null ? Problems.read(file)
        : MemoryInput.readWithCapacity(file, capacity);
    return SolveSession.of(loaded, options, spec.commandLine().getOut(),
        spec.commandLine().getErr()).run(warmUp).code();
  }

  /** The extra files asked for, in the order they are written. */
  private List<SolveOptions.ExtraFile> extras() {
    List<SolveOptions.ExtraFile> extras = new ArrayList<>();
    add(extras, "--gantt", gantt);
    add(extras, "--sol", sol);
    add(extras, "--plot", plot);
    add(extras, "--csv", csv);
    return extras;
  }

  private static void add(List<SolveOptions.ExtraFile> extras, String option, Path file) {
    if (file != null) {
      extras.add(new SolveOptions.ExtraFile(option, file));
    }
  }
}
