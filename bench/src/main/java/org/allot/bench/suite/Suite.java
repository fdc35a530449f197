package org.allot.bench.suite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.allot.problem.Problem;
import org.allot.problem.Problems;
import org.allot.solver.SolverOptions;

/**
 * A parsed and checked benchmark suite: every instance read, every solver and option known.
 * Building one ({@link SuiteParser#parse}) is where bad suite files fail, before any run.
 *
 * @param name the suite's name (default: the file name without {@code .json})
 * @param description one paragraph, may be empty
 * @param file the suite file
 * @param problem the family every instance belongs to
 * @param instances the instances, in suite order
 * @param solvers the solver entries, in suite order, labels unique
 * @param seeds the seeds every (instance, solver) pair runs with
 * @param repetitions how often each (instance, solver, seed) runs
 * @param checkpoints the times at which the report reads each run's best incumbent (none: no
 *     anytime tables); each at most the largest time limit of the solver entries
 * @param skipped one line per optional instance pattern skipped because its files are absent
 */
public record Suite(String name, String description, Path file, Problem<?, ?> problem,
    List<Entry> instances, List<SolverEntry> solvers, List<Long> seeds, int repetitions,
    Checkpoints checkpoints, List<String> skipped) {
  public Suite {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(file, "file");
    instances = List.copyOf(instances);
    solvers = List.copyOf(solvers);
    seeds = List.copyOf(seeds);
    skipped = List.copyOf(skipped);
    Objects.requireNonNull(checkpoints, "checkpoints");
    if (repetitions < 1) {
      throw new IllegalArgumentException("repetitions must be at least 1, got " + repetitions);
    }
  }

  /**
   * Every run of the suite, instance by instance, then solver, seed and repetition: the order
   * in which they start.
   */
  public List<Task> tasks() {
    List<Task> tasks = new ArrayList<>();
    for (Entry instance : instances) {
      for (SolverEntry solver : solvers) {
        for (long seed : seeds) {
          for (int rep = 0; rep < repetitions; rep++) {
            tasks.add(new Task(name, instance, solver, seed, rep));
          }
        }
      }
    }
    return tasks;
  }

  /**
   * One instance of a suite.
   *
   * @param loaded the instance, read, with its problem and format
   * @param file the file as the suite names it: relative to the suite's directory, or the
   *     generator command for a generated instance
   * @param group the size group label
   * @param bestKnown the best-known objective, or null
   */
  public record Entry(Problems.Loaded<?, ?> loaded, String file, String group, Double bestKnown) {
    public Entry {
      Objects.requireNonNull(loaded, "loaded");
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(group, "group");
    }

    /** The instance's name. */
    public String name() {
      return loaded.instance().name();
    }
  }

  /**
   * One solver of a suite, with its settings.
   *
   * @param id the solver id
   * @param label the label, unique within the suite
   * @param options the solver options
   * @param timeLimit the time limit of each run
   * @param threads the threads of each run, at least 1
   */
  public record SolverEntry(String id, String label, SolverOptions options, Duration timeLimit,
      int threads) {
    public SolverEntry {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(options, "options");
      Objects.requireNonNull(timeLimit, "timeLimit");
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, got " + threads);
      }
    }
  }
}
