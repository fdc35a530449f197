package org.allot.bench.suite;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.allot.bench.report.Reports;
import org.allot.cli.AtomicFiles;
import org.allot.cli.UserError;

/**
 * Runs a parsed suite into a results directory: saves a copy of the suite file, skips the cells
 * already finished (with {@code resume}), hands the others to a {@link TaskRunner}, appends
 * each finished run to {@code results.jsonl}, and writes the report at the end.
 */
public final class SuiteRun {
  /** The copy of the suite file in the results directory. */
  public static final String SUITE_COPY = "suite.json";

  private final Suite suite;
  private final Settings settings;
  private final PrintWriter out;
  private final PrintWriter err;

  /**
   * How to run a suite.
   *
   * @param dir the results directory
   * @param jobs the pool's slots (cores to use)
   * @param resume true to finish an existing results file; false refuses one
   * @param filter only cells whose key, instance name or label this finds; null for all
   * @param terminal true to draw a progress bar, false for plain lines
   */
  public record Settings(Path dir, int jobs, boolean resume, Pattern filter, boolean terminal) {
    public Settings {
      Objects.requireNonNull(dir, "dir");
      if (jobs < 1) {
        throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
      }
    }
  }

  /** What one invocation did. */
  public record Summary(int total, int previously, int ran, int invalid, int errors) { }

  public SuiteRun(Suite suite, Settings settings, PrintWriter out, PrintWriter err) {
    this.suite = suite;
    this.settings = settings;
    this.out = out;
    this.err = err;
  }

  /** The cells of the suite that the filter keeps, in start order. */
  public List<Task> selected() {
    Pattern f = settings.filter();
    return suite.tasks().stream().filter(t -> f == null || f.matcher(t.cell()).find()
        || f.matcher(t.instance().name()).find() || f.matcher(t.solver().label()).find())
        .toList();
  }

  /**
   * Runs every selected cell not yet in the results file on {@code runner}.
   *
   * @throws UserError when the results directory cannot be used (a results file exists without
   *     resume, or the path is a file)
   * @throws IOException when results cannot be written
   * @throws InterruptedException when interrupted; finished runs are saved
   */
  public Summary run(TaskRunner runner) throws IOException, InterruptedException {
    Path dir = prepare();
    List<Task> selected = selected();
    suite.skipped().forEach(s -> err.println("skipped: " + s));
    try (ResultsFile results = ResultsFile.open(dir)) {
      if (results.dropped() > 0) {
        err.println("resume: dropped " + results.dropped() + " torn or repeated line(s) from "
            + results.path());
      }
      List<Task> todo = selected.stream().filter(t -> !results.isFinished(t.cell())).toList();
      err.println("suite " + suite.name() + ": " + selected.size() + " runs, "
          + (selected.size() - todo.size()) + " already done, " + todo.size() + " to run on "
          + settings.jobs() + " slot(s); results in " + results.path());
      ProgressDisplay progress = new ProgressDisplay(err, settings.terminal(), todo,
          settings.jobs());
      AtomicInteger invalid = new AtomicInteger();
      AtomicInteger errors = new AtomicInteger();
      Thread hook = new Thread(() -> interrupted(results));
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        runner.run(todo, r -> {
          if (results.append(r)) {
            if (r.status() == RunRecord.Status.ERROR) {
              errors.incrementAndGet();
            } else if (Boolean.FALSE.equals(r.valid())) {
              invalid.incrementAndGet();
            }
            progress.finished(r);
          }
        });
      } finally {
        progress.close();
        removeHook(hook);
      }
      return new Summary(selected.size(), selected.size() - todo.size(), todo.size(),
          invalid.get(), errors.get());
    }
  }

  /** Checks and creates the results directory and saves the suite file's copy in it. */
  private Path prepare() throws IOException {
    Path dir = settings.dir();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UserError("--out " + dir + ": is a file; give a directory for the results");
    }
    Path results = dir.resolve(ResultsFile.NAME);
    if (Files.exists(results) && !settings.resume()) {
      throw new UserError(results + " already exists (" + RunRecord.readAll(results).size()
          + " finished runs); add --resume to finish it (finished runs are skipped), or give"
          + " another --out DIR");
    }
    Files.createDirectories(dir);
    byte[] bytes = Files.readAllBytes(suite.file());
    Path copy = dir.resolve(SUITE_COPY);
    if (Files.exists(copy) && !Arrays.equals(Files.readAllBytes(copy), bytes)) {
      err.println("allot: warning: " + suite.file() + " differs from the copy the results were"
          + " started with (" + copy + "); the copy is replaced");
    }
    AtomicFiles.write(copy, bytes);
    return dir;
  }

  /** The shutdown hook: says how to go on, lets the append in progress finish, refuses more. */
  private void interrupted(ResultsFile results) {
    err.println();
    err.println("allot: interrupted; every finished run is saved in " + results.path()
        + ". Finish with: allot bench " + suite.file() + " --out " + settings.dir()
        + " --resume");
    err.flush();
    try {
      results.close();
    } catch (IOException e) {
      // closing after the last forced write loses nothing
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs
    }
  }

  /**
   * Writes the report of the results directory ({@link Reports#write}) and prints a short
   * summary table on stdout.
   *
   * @throws IOException when the report cannot be written
   */
  public void report() throws IOException {
    out.print(SummaryTable.of(ResultsFile.read(settings.dir())));
    out.flush();
    err.println("report: " + Reports.write(settings.dir()));
  }
}
