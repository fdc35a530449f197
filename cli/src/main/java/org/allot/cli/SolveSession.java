package org.allot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import org.allot.problem.Evaluation;
import org.allot.problem.Instance;
import org.allot.problem.Problem;
import org.allot.problem.Problems;
import org.allot.problem.Solution;
import org.allot.problem.memory.Memory;
import org.allot.problem.memory.MemoryInstance;
import org.allot.solver.Budget;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;
import org.allot.solver.SolverProvider;
import org.allot.solver.Solvers;
import org.allot.solver.memory.MemorySolvers;

/**
 * One run of {@code allot solve} on a read instance: pick the solver, solve within what is left
 * of the limit, evaluate, report, write. Outputs are produced in memory first and written only
 * at the end, each atomically.
 */
final class SolveSession<I extends Instance, S extends Solution> {
  /**
   * Families whose default solver depends on the instance, by problem id: the solver id to use
   * without {@code --solver}. Families not listed use the registry's default.
   */
  private static final Map<String, Function<Instance, String>> INSTANCE_DEFAULTS = Map.of(
      Memory.ID, i -> MemorySolvers.defaultFor((MemoryInstance) i));

  private final Problem<I, S> problem;
  private final I instance;
  private final SolutionCodec<I, S> codec;
  private final SolveOptions options;
  private final PrintWriter out;
  private final PrintWriter err;

  private SolveSession(Problems.Loaded<I, S> loaded, SolveOptions options, PrintWriter out,
      PrintWriter err) {
    this.problem = loaded.problem();
    this.instance = loaded.instance();
    this.codec = codecOf(problem);
    this.options = options;
    this.out = out;
    this.err = err;
  }

  static <I extends Instance, S extends Solution> SolveSession<I, S> of(
      Problems.Loaded<I, S> loaded, SolveOptions options, PrintWriter out, PrintWriter err) {
    return new SolveSession<>(loaded, options, out, err);
  }

  static <I extends Instance, S extends Solution> SolutionCodec<I, S> codecOf(
      Problem<I, S> problem) {
    try {
      return SolutionCodecs.of(problem);
    } catch (NoSuchElementException e) {
      throw new UserError(e.getMessage());
    }
  }

  /** Solves, evaluates and writes; {@code warmUp} is awaited before the budget is set. */
  Exit run(OutputWarmUp warmUp) throws IOException {
    SolverProvider provider = provider();
    List<Extra<I, S>> extras = extras();
    Solver<I, S> solver;
    try {
      solver = Solvers.create(problem, provider.id(), options.solverOptions());
    } catch (IllegalArgumentException e) {
      throw new UserError("--option: " + e.getMessage());
    }
    warmUp.await();
    Budget budget = budget(provider);
    long t0 = System.nanoTime();
    Outcome<S> outcome = solver.solve(instance, budget,
        new Progress<>(err, codec.objectiveName()));
    double seconds = (System.nanoTime() - t0) / 1e9;
    Optional<Evaluation> evaluation = outcome.best().map(s -> problem.evaluate(instance, s));
    ResultEnvelope result = envelope(provider.id(), outcome, evaluation, seconds);
    report(result, outcome, evaluation);
    write(result, outcome.best(), extras);
    return result.feasible() ? Exit.OK : Exit.FAILED;
  }

  private SolverProvider provider() {
    try {
      Optional<String> id = options.solver().or(() -> Optional.ofNullable(
          INSTANCE_DEFAULTS.get(problem.id())).map(f -> f.apply(instance)));
      return id.map(s -> Solvers.provider(problem.id(), s))
          .orElseGet(() -> Solvers.defaultProvider(problem.id()));
    } catch (NoSuchElementException e) {
      throw new UserError("--solver: " + e.getMessage());
    }
  }

  private Budget budget(SolverProvider provider) {
    Duration time = options.solverTime(Instant.now());
    err.println("solving " + instance.name() + " (" + problem.id() + ") with " + provider.id()
        + ": " + Format.seconds(time.toNanos() / 1e9) + " s of the "
        + TimeLimitConverter.format(options.timeLimit()) + " limit left, seed "
        + options.seed() + ", " + options.threads() + " thread(s)");
    if (time.compareTo(Duration.ofMillis(1)) <= 0) {
      err.println("allot: warning: start-up used up the "
          + TimeLimitConverter.format(options.timeLimit()) + " limit; the solver gets 1 ms."
          + " Allow more with --time-limit");
    }
    return new Budget(time, options.seed(), options.threads());
  }

  private ResultEnvelope envelope(String solverId, Outcome<S> outcome,
      Optional<Evaluation> evaluation, double seconds) {
    return new ResultEnvelope(problem.id(), instance.name(), solverId, outcome.status(),
        evaluation.map(Evaluation::objective).orElse(Double.NaN), outcome.bound(),
        evaluation.map(Evaluation::feasible).orElse(false), seconds, options.seed(),
        outcome.best().map(s -> codec.write(instance, s)).orElse(null));
  }

  private void report(ResultEnvelope r, Outcome<S> outcome, Optional<Evaluation> evaluation) {
    String bound = Double.isNaN(r.bound()) || outcome.best().isEmpty() ? ""
        : " (bound " + Format.number(r.bound()) + ")";
    String what = outcome.best().isPresent()
        ? codec.summary(instance, outcome.best().get(), r.objective()) + ", " : "no solution, ";
    err.println(r.instance() + ": " + what + r.status() + bound + " in "
        + Format.seconds(r.seconds()) + " s by " + r.solver());
    evaluation.ifPresent(e -> checkClaims(r.solver(), outcome, e));
  }

  private void checkClaims(String solverId, Outcome<S> outcome, Evaluation e) {
    if (!e.feasible()) {
      err.println("allot: solver " + solverId + " returned an infeasible solution (a solver"
          + " bug; the JSON says \"feasible\": false). Violations:");
      e.violations().forEach(v -> err.println("  " + v));
    } else if (Math.abs(e.objective() - outcome.objectiveValue())
        > 1e-6 * Math.max(1, Math.abs(e.objective()))) {
      err.println("allot: warning: " + solverId + " reported " + codec.objectiveName() + " "
          + Format.number(outcome.objectiveValue()) + ", the evaluator computes "
          + Format.number(e.objective()) + "; the result uses the evaluator's value");
    }
  }

  /** The family's output for each extra file asked for, checked against the instance. */
  private List<Extra<I, S>> extras() {
    List<Extra<I, S>> extras = new ArrayList<>();
    for (SolveOptions.ExtraFile f : options.extras()) {
      ExtraOutput<I, S> output = ExtraOutputs.of(problem.id(), f.option(), instance.name());
      output.checkInstance(instance);
      extras.add(new Extra<>(f, output));
    }
    return extras;
  }

  private void write(ResultEnvelope result, Optional<S> best, List<Extra<I, S>> extras)
      throws IOException {
    byte[] json = Json.bytes(result.toJson());
    List<byte[]> files = new ArrayList<>();
    if (best.isPresent()) {
      for (Extra<I, S> e : extras) {
        files.add(e.output().render(instance, best.get(), result, e.file().file()));
      }
    } else if (!extras.isEmpty()) {
      err.println("allot: no solution, so no " + String.join(", ", extras.stream()
          .map(e -> e.file().option() + " " + e.file().file()).toList()));
    }
    if (options.out().isPresent()) {
      AtomicFiles.write(options.out().get(), json);
    } else {
      out.print(new String(json, StandardCharsets.UTF_8));
      out.flush();
    }
    for (int k = 0; k < files.size(); k++) {
      AtomicFiles.write(extras.get(k).file().file(), files.get(k));
    }
  }

  /** An extra file and the family's output that makes it. */
  private record Extra<I extends Instance, S extends Solution>(SolveOptions.ExtraFile file,
      ExtraOutput<I, S> output) { }
}
