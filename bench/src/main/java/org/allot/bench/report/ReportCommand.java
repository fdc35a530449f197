package org.allot.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.allot.cli.Exit;
import org.allot.cli.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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
        + " gap over time. The same results give byte-identical files.", ""},
    footerHeading = "%nExamples:%n",
    footer = {"  allot bench instances/suites/jobshop-taillard-smoke.json --out runs/smoke",
        "  allot bench report runs/smoke",
        "",
        "Exit codes: 0 written; 2 bad input (no results file, a malformed line before the"
            + " last, unwritable directory)."})
public final class ReportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The run directory (holds"
      + " results.jsonl).")
  Path dir;

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
    Path markdown = Reports.write(dir);
    spec.commandLine().getOut().println("wrote " + markdown + ", "
        + dir.resolve(Reports.HTML) + " and " + dir.resolve(Reports.PLOTS) + "/*.svg");
    return Exit.OK.code();
  }
}
