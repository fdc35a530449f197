package org.allot.bench.suite;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.allot.bench.report.ReportCommand;
import org.allot.cli.Exit;
import org.allot.cli.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code allot bench}: runs a benchmark suite into a results directory and reports on it. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Run a benchmark suite (instances x solvers x seeds); results and a report.",
    subcommands = ReportCommand.class,
    description = {"Run a benchmark suite: every instance x solver x seed x repetition of"
        + " SUITE is one run, an independent task on a pool of --jobs slots (a run with t"
        + " threads takes t slots). Each finished run is appended as one JSON line to"
        + " DIR/results.jsonl, forced to disk, so an interrupt or a crash loses no finished run;"
        + " --resume then runs only the missing ones. Every solution is re-checked by the"
        + " family's evaluator. At the end DIR/report.md and DIR/report.html are written. A run"
        + " still going 60 s past its time limit stops the suite with an error naming it (its"
        + " solver ignores the limit). The suite file's schema: docs/suites.md.", ""},
    commandListHeading = "%nCommands:%n",
    footerHeading = "%nExamples:%n",
    footer = {"  allot bench instances/suites/jobshop-taillard-smoke.json",
        "  allot bench instances/suites/jobshop-taillard.json --jobs 2 --out runs/taillard",
        "  allot bench instances/suites/jobshop-taillard.json --out runs/taillard --resume",
        "  allot bench instances/suites/jobshop-taillard.json --filter 'ta0[1-5]' --list",
        "  allot bench report runs/taillard",
        "",
        "Exit codes: 0 every run finished with a valid solution or none; 1 some run returned a"
            + " solution the evaluator rejects, or failed with an error (both are in the"
            + " results and the report), or a run went 60 s past its limit (the suite stopped);"
            + " 2 bad suite file or usage (nothing runs)."})
final class BenchCommand implements Callable<Integer> {
  /** The parent directory of default results directories: {@code bench-results/NAME}. */
  static final Path DEFAULT_ROOT = Path.of("bench-results");

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "SUITE", arity = "0..1", description = "The suite file (JSON).")
  Path suiteFile;

  @Option(names = "--out", paramLabel = "DIR", description = "The results directory. Default:"
      + " bench-results/NAME (NAME: the suite's name).")
  Path out;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Slots of the pool: cores"
      + " to use at once. Default: the number of processors, here ${DEFAULT-VALUE}.")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--resume", description = "Finish an existing results directory: runs already"
      + " in results.jsonl are skipped (a torn last line from a crash is dropped).")
  boolean resume;

  @Option(names = "--filter", paramLabel = "REGEX", description = "Run only the cells whose"
      + " key (file|label|seed|repetition), instance name or solver label contains a match.")
  String filter;

  @Option(names = "--list", description = "Check the suite and list the runs it would make;"
      + " run nothing.")
  boolean list;

  @Option(names = "--no-report", description = "Do not write the report at the end.")
  boolean noReport;

  /** The command, with its {@code report} subcommand. */
  static CommandLine commandLine() {
    return new CommandLine(new BenchCommand());
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    if (suiteFile == null) {
      throw new UserError("bench needs a suite file, for example 'allot bench"
          + " instances/suites/jobshop-taillard-smoke.json' (see docs/suites.md)");
    }
    if (jobs < 1) {
      throw new UserError("--jobs " + jobs + ": expected at least 1");
    }
    Pattern pattern = pattern();
    Suite suite = SuiteParser.parse(suiteFile);
    Path dir = out != null ? out : DEFAULT_ROOT.resolve(suite.name());
    SuiteRun run = new SuiteRun(suite, new SuiteRun.Settings(dir, jobs, resume, pattern,
        ProgressDisplay.isTerminal()), stdout, err);
    if (list) {
      run.selected().forEach(t -> stdout.println(t.cell() + "\t" + t.instance().group() + "\t"
          + t.instance().name() + "\t" + t.solver().timeLimit().toMillis() / 1000.0 + "s\t"
          + t.solver().threads() + " thread(s)"));
      suite.skipped().forEach(s -> err.println("skipped: " + s));
      return Exit.OK.code();
    }
    SuiteRun.Summary summary;
    try {
      summary = run.run(LocalPool.of(jobs));
    } catch (RunOverdueException e) {
      err.println("allot: " + e.getMessage() + " (results in " + dir + ")");
      return Exit.FAILED.code();
    }
    if (!noReport && summary.total() > 0) {
      try {
        run.report();
      } catch (IOException | RuntimeException e) {
        err.println("allot: the report failed (the results are safe in " + dir + "): " + e);
      }
    }
    if (summary.invalid() + summary.errors() > 0) {
      err.println("allot: " + summary.invalid() + " run(s) returned an invalid solution and "
          + summary.errors() + " failed with an error; see " + dir.resolve(ResultsFile.NAME));
      return Exit.FAILED.code();
    }
    return Exit.OK.code();
  }

  private Pattern pattern() {
    try {
      return filter == null ? null : Pattern.compile(filter);
    } catch (PatternSyntaxException e) {
      throw new UserError("--filter '" + filter + "': not a regular expression: "
          + e.getDescription());
    }
  }
}
