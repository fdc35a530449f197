package org.allot.solver.memory;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import org.allot.problem.memory.MemoryBoundedness;
import org.allot.problem.memory.MemoryInstance;
import org.allot.problem.memory.MemoryLayout;
import org.allot.solver.Budget;
import org.allot.solver.Deadline;
import org.allot.solver.IncumbentListener;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;

/**
 * OR-Tools CP-SAT on a no-overlap-2D model ({@link CpSatLayoutModel}): a rectangle per buffer,
 * its time side fixed to the live range, its address side free below the capacity in steps of the
 * alignment. The family's default solver for mapping instances.
 *
 * <p><b>Mapping</b>: rectangles are optional (present = in fast memory) and the objective is the
 * execution time ({@link MappingObjective}: {@code T_t >= compute_t}, {@code T_t >= memory_t}
 * with integer times in units of 1e-9 of the all-slow time). The greedy layout
 * ({@link MemoryGreedy}) is the first incumbent and the hint. {@code Optimal} when CP-SAT proves
 * the rounded model optimal (within its rounding, {@link MappingObjective#error}); otherwise
 * {@code Feasible} with the bound CP-SAT proved, less the rounding error, and at least the
 * all-fast time.
 *
 * <p><b>Packing</b>: every rectangle present. By default the decision problem: when the
 * decreasing-size best fit already packs it is returned without CP-SAT; otherwise CP-SAT looks for
 * a packing (hinted with the greedy's offsets that fit). {@link #minimizingPeak()} minimises the
 * peak address instead. Bounds are the peak live size or CP-SAT's; {@code Infeasible} when CP-SAT
 * proves nothing fits, {@code Unknown} when the time runs out first.
 *
 * <p>The time limit counts native loading and model building; CP-SAT gets what is left less a
 * small margin. Workers: the budget's threads; seed: the budget's. With one thread, a solve that
 * ends before the limit is reproducible. Every CP-SAT solution is re-checked by the evaluator
 * before it is reported. Thread-safe: every call builds its own model.
 */
public final class MemoryCpSat implements Solver<MemoryInstance, MemoryLayout> {
  /** The solver's id. */
  public static final String ID = "cpsat";

  /** Time kept back from CP-SAT for returning, in seconds. */
  private static final double MARGIN_SECONDS = 0.05;

  private final boolean minimizePeak;

  /** CP-SAT on the decision problem for packing, the execution time for mapping. */
  public MemoryCpSat() {
    this(false);
  }

  private MemoryCpSat(boolean minimizePeak) {
    this.minimizePeak = minimizePeak;
  }

  /** CP-SAT minimising the peak address of packing instances (mapping is unchanged). */
  public static MemoryCpSat minimizingPeak() {
    return new MemoryCpSat(true);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Outcome<MemoryLayout> solve(MemoryInstance instance, Budget budget,
      IncumbentListener<? super MemoryLayout> listener) {
    Deadline deadline = budget.start();
    LayoutIncumbents incumbents = new LayoutIncumbents(instance, deadline, listener);
    return instance.isMapping() ? mapping(instance, budget, deadline, incumbents)
        : packing(instance, budget, deadline, incumbents);
  }

  private Outcome<MemoryLayout> packing(MemoryInstance instance, Budget budget,
      Deadline deadline, LayoutIncumbents incumbents) {
    long lower = BestFitHeap.peakLive(instance);
    if (lower > instance.capacity()) {
      return incumbents.infeasible();
    }
    BestFitHeap greedy = MemoryGreedy.decreasingSize(instance);
    if (greedy.peak() <= instance.capacity()) {
      incumbents.offer(greedy.offsets());
      if (!minimizePeak || greedy.peak() <= lower) {
        return incumbents.outcome(lower);
      }
    }
    boolean[] all = new boolean[instance.buffers()];
    java.util.Arrays.fill(all, true);
    Natives.load();
    CpSatLayoutModel model = new CpSatLayoutModel(instance, all);
    if (!model.hasDecisions()) {
      incumbents.offer(model.offsets(v -> 0));
      return incumbents.outcome(lower);
    }
    if (minimizePeak) {
      model.minimizePeak(lower);
    }
    model.hint(greedy.offsets());
    CpSolver solver = solver(budget, deadline);
    if (solver == null) {
      return incumbents.outcome(lower);
    }
    return packingOutcome(run(solver, model, incumbents, instance), solver, lower, incumbents,
        instance);
  }

  /** What a CP-SAT status means for a packing instance. */
  private Outcome<MemoryLayout> packingOutcome(CpSolverStatus status, CpSolver solver,
      long lower, LayoutIncumbents incumbents, MemoryInstance instance) {
    if (status == CpSolverStatus.INFEASIBLE) {
      if (incumbents.found()) {
        throw new IllegalStateException("CP-SAT says INFEASIBLE for " + instance.name()
            + " although the greedy layout fits");
      }
      return incumbents.infeasible();
    }
    if (!minimizePeak) {
      return incumbents.outcome(lower);
    }
    if (status == CpSolverStatus.OPTIMAL) {
      return incumbents.optimal();
    }
    double bound = solver.bestObjectiveBound();
    return incumbents.outcome(Double.isFinite(bound) ? Math.max(lower, Math.ceil(bound - 1e-9))
        : lower);
  }

  private static Outcome<MemoryLayout> mapping(MemoryInstance instance, Budget budget,
      Deadline deadline, LayoutIncumbents incumbents) {
    long[] greedy = MemoryGreedy.mappingLayout(instance);
    incumbents.offer(greedy);
    double allFast = MemoryGreedy.allFastTime(instance.costModel());
    if (incumbents.objective() <= allFast || deadline.remainingSeconds() <= MARGIN_SECONDS) {
      return incumbents.outcome(allFast);
    }
    double[] benefit = MemoryBoundedness.benefits(instance);
    boolean[] candidate = new boolean[instance.buffers()];
    for (int i = 0; i < candidate.length; i++) {
      candidate[i] = benefit[i] > 0;
    }
    Natives.load();
    CpSatLayoutModel model = new CpSatLayoutModel(instance, candidate);
    MappingObjective objective = new MappingObjective(model, instance);
    if (!objective.hasTerms()) {
      return incumbents.optimal();
    }
    model.hint(greedy);
    objective.hint(model, new MemoryLayout(greedy).inFast());
    CpSolver solver = solver(budget, deadline);
    if (solver == null) {
      return incumbents.outcome(allFast);
    }
    CpSolverStatus status = run(solver, model, incumbents, instance);
    if (status == CpSolverStatus.OPTIMAL) {
      return incumbents.optimal();
    }
    double proven = solver.bestObjectiveBound();
    double bound = status == CpSolverStatus.FEASIBLE && Double.isFinite(proven)
        ? Math.max(allFast, objective.lowerBound(proven)) : allFast;
    return incumbents.outcome(Math.min(bound, incumbents.objective()));
  }

  /** A CP-SAT solver with what is left of the time, or null when nothing is left. */
  private static CpSolver solver(Budget budget, Deadline deadline) {
    double seconds = deadline.remainingSeconds() - MARGIN_SECONDS;
    if (seconds <= 0) {
      return null;
    }
    CpSolver solver = new CpSolver();
    solver.getParameters().setNumWorkers(budget.threads()).setRandomSeed((int) budget.seed())
        .setMaxTimeInSeconds(seconds).setLogSearchProgress(false)
        // Ctrl-C belongs to the JVM: CP-SAT's SIGINT handler aborts the process natively.
        .setCatchSigintSignal(false);
    return solver;
  }

  private static CpSolverStatus run(CpSolver solver, CpSatLayoutModel model,
      LayoutIncumbents incumbents, MemoryInstance instance) {
    Reporter reporter = new Reporter(model, incumbents);
    CpSolverStatus status;
    try {
      status = solver.solve(model.cp, reporter);
    } finally {
      reporter.delete();
    }
    reporter.rethrow();
    if (status == CpSolverStatus.MODEL_INVALID) {
      throw new IllegalStateException("CP-SAT says MODEL_INVALID for " + instance.name() + ": "
          + model.cp.validate());
    }
    if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
      incumbents.offer(model.offsets(solver::value));
    }
    return status;
  }

  /** Loads the OR-Tools native libraries once, on first use (class initialisation is atomic). */
  private static final class Natives {
    static {
      Loader.loadNativeLibraries();
    }

    static void load() {
      // Calling this runs the static initialiser once.
    }
  }

  /**
   * Hands every CP-SAT solution to the incumbents. A failure (a layout the evaluator rejects)
   * stops the search and is rethrown on the caller's thread, not inside native code.
   */
  private static final class Reporter extends CpSolverSolutionCallback {
    private final CpSatLayoutModel model;
    private final LayoutIncumbents incumbents;
    private volatile RuntimeException failure;

    Reporter(CpSatLayoutModel model, LayoutIncumbents incumbents) {
      this.model = model;
      this.incumbents = incumbents;
    }

    @Override
    public void onSolutionCallback() {
      try {
        incumbents.offer(model.offsets(this::value));
      } catch (RuntimeException e) {
        failure = e;
        stopSearch();
      }
    }

    void rethrow() {
      if (failure != null) {
        throw failure;
      }
    }
  }
}
