package org.allot.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.allot.plot.LearningCurvePlot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code allot plot}: learning curves of any agent's training runs, one series per label with
 * the mean and spread over its runs (training seeds).
 */
@Command(name = "plot", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Plot learning curves of training runs (mean and spread over seeds).",
    description = {"Draws learning curves from the learning-curve.csv files that 'allot train'"
        + " writes: one series per --series, each the mean of its runs' column --y against"
        + " --x with a band for their spread (min-max or one standard deviation). Columns are"
        + " read by name. SVG or PNG by the output's extension.", ""},
    footerHeading = "%nExamples:%n",
    footer = {"  allot plot rooms.svg --x epoch --y validation_greedy_f \\",
        "      --series 'SubPO=runs/seed-*/rooms/subpo/learning-curve.csv' \\",
        "      --series 'ModPO=runs/seed-*/rooms/modpo/learning-curve.csv' --higher-is-better",
        "  allot plot curve.png --x update --y greedy_validation_makespan \\",
        "      --series dispatch=runs/dispatch/learning-curve.csv --reference 1765.4:FDD/MWKR"})
final class PlotCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OUT", description = "The picture to write (.svg or"
      + " .png); replaced atomically.")
  Path out;

  @Option(names = "--x", required = true, paramLabel = "COLUMN",
      description = "The horizontal axis's column (epoch, update).")
  String x;

  @Option(names = "--y", required = true, paramLabel = "COLUMN",
      description = "The column to plot.")
  String y;

  @Option(names = "--series", required = true, paramLabel = "LABEL=GLOB",
      description = "A series: its label and the CSV files of its runs (a glob relative to the"
          + " working directory; quote it). Repeat for each series.")
  List<String> series = new ArrayList<>();

  @Option(names = "--spread", paramLabel = "KIND", description = "min-max (default), std-dev,"
      + " mean (no band) or runs (one line per run).")
  String spread = "min-max";

  @Option(names = "--reference", paramLabel = "VALUE:LABEL",
      description = "A dashed reference line, such as a baseline's value.")
  String reference;

  @Option(names = "--title", paramLabel = "TEXT", description = "The title.")
  String title;

  @Option(names = "--higher-is-better", description = "Name the best (highest) mean of the"
      + " first series in the subtitle.")
  boolean higher;

  @Option(names = "--lower-is-better", description = "Name the best (lowest) mean of the first"
      + " series in the subtitle.")
  boolean lower;

  @Override
  public Integer call() throws IOException {
    LearningCurvePlot.Builder plot = LearningCurvePlot.builder().x(x).spread(spread());
    for (String s : series) {
      int eq = s.indexOf('=');
      if (eq <= 0) {
        throw new UserError("--series " + s + ": expected LABEL=GLOB, for example"
            + " 'SubPO=runs/seed-*/rooms/subpo/learning-curve.csv'");
      }
      plot.series(s.substring(0, eq), files(s.substring(eq + 1), s), y);
    }
    if (reference != null) {
      int colon = reference.indexOf(':');
      try {
        plot.reference(Double.parseDouble(colon < 0 ? reference : reference.substring(0, colon)),
            colon < 0 ? "reference" : reference.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new UserError("--reference " + reference + ": expected VALUE:LABEL, for example"
            + " 34.6:greedy", e);
      }
    }
    if (title != null) {
      plot.title(title);
    }
    if (higher) {
      plot.higherIsBetter();
    } else if (lower) {
      plot.lowerIsBetter();
    }
    try {
      plot.write(out);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new UserError(e.getMessage(), e);
    }
    spec.commandLine().getOut().println("wrote " + out);
    return Exit.OK.code();
  }

  private LearningCurvePlot.Spread spread() {
    return switch (spread) {
      case "min-max" -> LearningCurvePlot.Spread.MIN_MAX;
      case "std-dev" -> LearningCurvePlot.Spread.STD_DEV;
      case "mean" -> LearningCurvePlot.Spread.MEAN;
      case "runs" -> LearningCurvePlot.Spread.RUNS;
      default -> throw new UserError("--spread " + spread + ": expected min-max, std-dev, mean"
          + " or runs");
    };
  }

  /** The files matching {@code glob}, sorted; at least one. */
  static List<Path> files(String glob, String option) throws IOException {
    Path literal = Path.of(glob);
    if (Files.isRegularFile(literal)) {
      return List.of(literal);
    }
    int cut = glob.indexOf('*') < 0 ? glob.length() : glob.lastIndexOf('/', glob.indexOf('*'));
    Path base = cut <= 0 ? Path.of(".") : Path.of(glob.substring(0, cut));
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    List<Path> found = new ArrayList<>();
    if (Files.isDirectory(base)) {
      try (Stream<Path> walk = Files.walk(base)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> matcher.matches(cut <= 0 ? base.relativize(p) : p))
            .sorted().forEach(found::add);
      }
    }
    if (found.isEmpty()) {
      throw new UserError("--series " + option + ": no file matches " + glob);
    }
    return found;
  }
}
