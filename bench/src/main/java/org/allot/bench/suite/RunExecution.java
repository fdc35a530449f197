package org.allot.bench.suite;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.allot.problem.Evaluation;
import org.allot.problem.Instance;
import org.allot.problem.Problem;
import org.allot.problem.Problems;
import org.allot.problem.Solution;
import org.allot.problem.Violation;
import org.allot.solver.Budget;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;
import org.allot.solver.Solvers;

/**
 * One run of a suite on this thread: create the solver with its options, solve within the
 * budget while recording the incumbent trace, and have the family's evaluator judge the
 * returned solution. Whatever goes wrong becomes a record with status ERROR.
 */
final class RunExecution {
  /** The most incumbent points a record keeps; longer traces are thinned evenly. */
  static final int MAX_TRACE = 1000;
  private static final String MACHINE = RunRecord.thisMachine();

  private RunExecution() {}

  /** Runs {@code task}; never throws for a failing solver. */
  static RunRecord execute(Task task) {
    return typed(task, task.instance().loaded());
  }

  private static <I extends Instance, S extends Solution> RunRecord typed(Task task,
      Problems.Loaded<I, S> loaded) {
    Problem<I, S> problem = loaded.problem();
    I instance = loaded.instance();
    List<RunRecord.Point> trace = Collections.synchronizedList(new ArrayList<>());
    long t0 = System.nanoTime();
    try {
      Solver<I, S> solver = Solvers.create(problem, task.solver().id(), task.solver().options());
      Budget budget = new Budget(task.solver().timeLimit(), task.seed(), task.threads());
      t0 = System.nanoTime();
      Outcome<S> outcome = solver.solve(instance, budget, (s, objective, elapsed) ->
          trace.add(new RunRecord.Point(elapsed.toNanos() / 1e9, objective)));
      double seconds = (System.nanoTime() - t0) / 1e9;
      return judged(task, problem, instance, outcome, seconds, thin(trace));
    } catch (Exception | LinkageError | StackOverflowError | OutOfMemoryError e) {
      double seconds = (System.nanoTime() - t0) / 1e9;
      return record(task, problem, RunRecord.Status.ERROR, null, null, seconds, null,
          List.of(), String.valueOf(e), thin(trace));
    }
  }

  private static <I extends Instance, S extends Solution> RunRecord judged(Task task,
      Problem<I, S> problem, I instance, Outcome<S> outcome, double seconds,
      List<RunRecord.Point> trace) {
    RunRecord.Status status = RunRecord.Status.valueOf(outcome.status().name());
    Double bound = outcome.bound();
    Optional<S> best = outcome.best();
    if (best.isEmpty()) {
      return record(task, problem, status, null, bound, seconds, null, List.of(), null, trace);
    }
    Evaluation e;
    try {
      e = problem.evaluate(instance, best.get());
    } catch (IllegalArgumentException shape) {
      return record(task, problem, status, null, bound, seconds, false,
          List.of("solution shape: " + shape.getMessage()), null, trace);
    }
    List<String> violations = e.violations().stream().limit(RunRecord.MAX_VIOLATIONS)
        .map(Violation::toString).toList();
    return record(task, problem, status, e.objective(), bound, seconds, e.feasible(),
        violations, null, trace);
  }

  private static RunRecord record(Task task, Problem<?, ?> problem, RunRecord.Status status,
      Double objective, Double bound, double seconds, Boolean valid, List<String> violations,
      String error, List<RunRecord.Point> trace) {
    Suite.Entry in = task.instance();
    Suite.SolverEntry s = task.solver();
    Double gap = Boolean.TRUE.equals(valid)
        ? RunRecord.gapOf(problem.sense(), objective, in.bestKnown()) : null;
    return new RunRecord(task.suite(), task.cell(), in.name(), in.file(), problem.id(),
        in.group(), s.id(), s.label(), s.options().values(), task.seconds(), s.threads(),
        task.seed(), task.repetition(), problem.sense(), status, objective, bound,
        in.bestKnown(), gap, seconds, valid, violations, error, trace, MACHINE,
        Instant.now().toString());
  }

  /** The trace in time order, thinned evenly to {@link #MAX_TRACE} points (the last kept). */
  static List<RunRecord.Point> thin(List<RunRecord.Point> trace) {
    List<RunRecord.Point> sorted;
    synchronized (trace) {
      sorted = new ArrayList<>(trace);
    }
    sorted.sort(Comparator.comparingDouble(RunRecord.Point::seconds));
    if (sorted.size() <= MAX_TRACE) {
      return sorted;
    }
    List<RunRecord.Point> thin = new ArrayList<>(MAX_TRACE);
    double step = (sorted.size() - 1) / (double) (MAX_TRACE - 1);
    for (int k = 0; k < MAX_TRACE; k++) {
      thin.add(sorted.get((int) Math.round(k * step)));
    }
    return thin;
  }
}
