package org.allot.agent.dispatch;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.allot.problem.jobshop.JobShopInstance;

/**
 * CP-SAT on the disjunctive job-shop model, warm-started from a schedule: every start is hinted
 * with it, its makespan is the upper bound, and a prefix of operations may be fixed (the agent's
 * decisions before a training cut) with the others starting no earlier than a floor (the time at
 * the cut). The same model as the solvers module's {@code JobShopCpSat}, which takes no hint
 * from outside. Thread-safe: each call builds its own model.
 */
final class WarmStartCpSat {
  private WarmStartCpSat() {}

  /**
   * What CP-SAT returned.
   *
   * @param starts the best starts (the hint's when nothing better was found)
   * @param bound the proven lower bound on the makespan (0 when none)
   * @param optimal true when the starts are proven optimal
   */
  record Result(int[][] starts, int bound, boolean optimal) {}

  /** Loads the OR-Tools natives once (class initialisation is atomic). */
  private static final class Natives {
    static {
      Loader.loadNativeLibraries();
    }

    static void load() {
      // Runs the static initialiser once.
    }
  }

  /**
   * Minimises the makespan.
   *
   * @param hint a feasible schedule's starts (per job, per operation): hint and upper bound
   * @param fixed per job, how many leading operations keep the hint's start (null: none)
   * @param floor the earliest start of every operation that is not fixed
   * @param seconds the time limit, model building included; at most 0 returns the hint
   * @param improved receives each better schedule's starts as CP-SAT finds it (may be a no-op)
   * @return the best starts found (the hint's when nothing better) and the proven bound
   */
  static Result solve(JobShopInstance instance, int[][] hint, int[] fixed, int floor,
      double seconds, int threads, long seed, Consumer<int[][]> improved) {
    long t0 = System.nanoTime();
    if (seconds <= 0) {
      return new Result(hint, 0, false);
    }
    Natives.load();
    int upper = 0;
    for (int j = 0; j < instance.jobs(); j++) {
      int last = instance.operations(j) - 1;
      upper = Math.max(upper, hint[j][last] + instance.durationOf(j, last));
    }
    CpModel cp = new CpModel();
    IntVar makespan = cp.newIntVar(0, upper, "makespan");
    List<List<IntervalVar>> onMachine = new ArrayList<>();
    for (int m = 0; m < instance.machines(); m++) {
      onMachine.add(new ArrayList<>());
    }
    IntVar[][] start = new IntVar[instance.jobs()][];
    for (int j = 0; j < instance.jobs(); j++) {
      int ops = instance.operations(j);
      start[j] = new IntVar[ops];
      for (int o = 0; o < ops; o++) {
        int p = instance.durationOf(j, o);
        boolean pinned = fixed != null && o < fixed[j];
        start[j][o] = pinned ? cp.newConstant(hint[j][o])
            : cp.newIntVar(Math.min(floor, upper - p), upper - p, "s" + j + "_" + o);
        if (p > 0) {
          onMachine.get(instance.machineOf(j, o))
              .add(cp.newFixedSizeIntervalVar(start[j][o], p, "op" + j + "_" + o));
        }
        if (o > 0) {
          cp.addLessOrEqual(LinearExpr.affine(start[j][o - 1], 1, instance.durationOf(j, o - 1)),
              start[j][o]);
        }
        if (!pinned) {
          cp.addHint(start[j][o], hint[j][o]);
        }
      }
      cp.addGreaterOrEqual(makespan, LinearExpr.affine(start[j][ops - 1], 1,
          instance.durationOf(j, ops - 1)));
    }
    for (List<IntervalVar> intervals : onMachine) {
      if (intervals.size() > 1) {
        cp.addNoOverlap(intervals);
      }
    }
    cp.addHint(makespan, upper);
    cp.minimize(makespan);
    // The limit covers building the model (a few hundred ms at 100 x 20), not only the search.
    double left = seconds - (System.nanoTime() - t0) / 1e9;
    if (left <= 0) {
      return new Result(hint, 0, false);
    }
    CpSolver solver = new CpSolver();
    solver.getParameters().setNumWorkers(threads).setRandomSeed((int) seed)
        .setMaxTimeInSeconds(left).setLogSearchProgress(false)
        // Ctrl-C belongs to the JVM: CP-SAT's SIGINT handler aborts the process natively.
        .setCatchSigintSignal(false);
    Reporter reporter = new Reporter(start, improved);
    CpSolverStatus status;
    try {
      status = solver.solve(cp, reporter);
    } finally {
      reporter.delete();
    }
    double bound = solver.bestObjectiveBound();
    int proven = Double.isFinite(bound) ? (int) Math.max(0, Math.ceil(bound - 1e-9)) : 0;
    if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
      return new Result(values(start, solver::value), proven,
          status == CpSolverStatus.OPTIMAL);
    }
    return new Result(hint, proven, false);
  }

  private static int[][] values(IntVar[][] start, java.util.function.ToLongFunction<IntVar> v) {
    int[][] s = new int[start.length][];
    for (int j = 0; j < start.length; j++) {
      s[j] = new int[start[j].length];
      for (int o = 0; o < s[j].length; o++) {
        s[j][o] = (int) v.applyAsLong(start[j][o]);
      }
    }
    return s;
  }

  /** Hands each CP-SAT solution's starts to a consumer. */
  private static final class Reporter extends CpSolverSolutionCallback {
    private final IntVar[][] start;
    private final Consumer<int[][]> improved;

    Reporter(IntVar[][] start, Consumer<int[][]> improved) {
      this.start = start;
      this.improved = improved;
    }

    @Override
    public void onSolutionCallback() {
      improved.accept(values(start, this::value));
    }
  }
}
