package org.allot.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.allot.bench.suite.Checkpoints;
import org.allot.cli.Exit;
import org.allot.cli.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code allot bench report DIR}: rebuilds a run directory's report from its results. */
@Command(name = "report", mixinStandardHelpOptions = true,
    header = "Rebuild the report of a benchmark run directory.",
    description = {"Read DIR/results.jsonl (one line per finished run, as 'allot bench' writes"
        + " it) and DIR/suite.json, and write DIR/report.md, DIR/report.html (self-contained)"
        + " and DIR/plots/*.svg: per size group and solver the runs, feasibility, mean and"
        + " median gap to best-known (or mean objective), best count and mean time; paired"
        + " Wilcoxon signed-rank comparisons; invalid and failed runs; gap per instance and"
        + " gap over time. With checkpoints (the suite's \"checkpoints\" or --checkpoints),"
        + " also the anytime tables: per group and solver the mean and median gap of the best"
        + " incumbent found by each checkpoint, Wilcoxon comparisons at each, and \"A at t vs"
        + " B at 2t\". The same results give byte-identical files.", ""},
    footerHeading = "%nExamples:%n",
    footer = {"  allot bench instances/suites/jobshop-taillard-smoke.json --out runs/smoke",
        "  allot bench report runs/smoke",
        "  allot bench report runs/earli --checkpoints 1s,2s,5s,10s --best-seen",
        "",
        "Exit codes: 0 written; 2 bad input (no results file, a malformed line before the"
            + " last, bad --checkpoints, unwritable directory)."})
public final class ReportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The run directory (holds"
      + " results.jsonl).")
  Path dir;

  @Option(names = "--checkpoints", paramLabel = "LIST", description = "Times at which to read"
      + " every run's best incumbent for the anytime tables, comma-separated and increasing,"
      + " each at most the largest time limit of the runs: 1s,2s,5s,10s (units ms, s, m, h;"
      + " a bare number is seconds). Replaces the suite's \"checkpoints\".")
  String checkpoints;

  @Option(names = "--best-seen", description = "Measure an instance without a best-known value"
      + " against the best valid objective of all runs in the results (every solver and"
      + " seed, appended runs included); best-known values still win. Gaps to the best seen"
      + " are understated, and the report says so. As the suite's"
      + " \"bestKnown\": {\"bestSeen\": true}.")
  boolean bestSeen;

  /** For picocli. */
  public ReportCommand() {}

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new UserError(dir + ": no such directory; give the --out directory of an"
          + " 'allot bench' run");
    }
    if (!Files.isRegularFile(dir.resolve("results.jsonl"))) {
      throw new UserError(dir.resolve("results.jsonl") + ": no such file; is " + dir
          + " the --out directory of an 'allot bench' run?");
    }
    Results results = Results.read(dir);
    Path markdown = Reports.write(dir, results.with(checkpoints(results), bestSeen));
    spec.commandLine().getOut().println("wrote " + markdown + ", "
        + dir.resolve(Reports.HTML) + " and " + dir.resolve(Reports.PLOTS) + "/*.svg");
    return Exit.OK.code();
  }

  /** The --checkpoints given, checked against the runs' time limits; null when not given. */
  private Checkpoints checkpoints(Results results) {
    if (checkpoints == null) {
      return null;
    }
    try {
      return Checkpoints.parse(checkpoints).within(results.largestTimeLimit());
    } catch (IllegalArgumentException e) {
      throw new UserError("--checkpoints " + checkpoints + ": " + e.getMessage());
    }
  }
}
