package org.allot.solver.jobshop;

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
import java.util.function.ToLongFunction;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;
import org.allot.solver.Budget;
import org.allot.solver.Deadline;
import org.allot.solver.IncumbentListener;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;

/**
 * OR-Tools CP-SAT on the classic disjunctive model: one fixed-size interval per operation, a
 * precedence between consecutive operations of a job, one no-overlap constraint per machine and a
 * makespan at least the end of every job; CP-SAT minimises the makespan.
 *
 * <p>The best non-delay schedule of {@link StartingSchedule#RULES} is computed first: its makespan is the
 * horizon (every start lies in {@code [0, horizon - duration]}), it is the first incumbent, every
 * start is hinted with it, and it is returned when CP-SAT finds nothing better in time. The
 * makespan's lower bound is the largest machine load or job length. The redundant energy
 * constraint of OR-Tools' {@code jobshop_sat.cc} (total work at most machines x makespan) is left
 * out: with fixed durations it only bounds the makespan below by the average machine load, which
 * that lower bound already implies.
 *
 * <p>The time limit counts native loading and model building; CP-SAT gets what is left less a
 * small margin. With one thread and one seed, a solve that ends before the limit is reproducible.
 * Thread-safe: every call builds its own model.
 */
public final class JobShopCpSat implements Solver<JobShopInstance, JobShopSchedule> {
  /** The solver's id. */
  public static final String ID = "cpsat";

  /** Time kept back from CP-SAT for returning, in seconds. */
  private static final double MARGIN_SECONDS = 0.05;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Outcome<JobShopSchedule> solve(JobShopInstance instance, Budget budget,
      IncumbentListener<? super JobShopSchedule> listener) {
    Deadline deadline = budget.start();
    ScheduleIncumbents incumbents = new ScheduleIncumbents(instance, deadline, listener);
    incumbents.offer(StartingSchedule.bestRule(instance).start());
    int horizon = incumbents.makespan();
    int lower = StartingSchedule.lowerBound(instance);
    if (lower >= horizon) {
      return incumbents.optimal();
    }
    if (deadline.remainingSeconds() <= MARGIN_SECONDS) {
      return incumbents.feasible(lower);
    }
    Natives.load();
    Model model = Model.build(instance, horizon, lower, incumbents.best());
    double seconds = deadline.remainingSeconds() - MARGIN_SECONDS;
    if (seconds <= 0) {
      return incumbents.feasible(lower);
    }
    CpSolver solver = new CpSolver();
    solver.getParameters().setNumWorkers(budget.threads()).setRandomSeed((int) budget.seed())
        .setMaxTimeInSeconds(seconds).setLogSearchProgress(false)
        // Ctrl-C belongs to the JVM: CP-SAT's SIGINT handler aborts the process natively.
        .setCatchSigintSignal(false);
    return run(solver, model, incumbents, lower);
  }

  private static Outcome<JobShopSchedule> run(CpSolver solver, Model model,
      ScheduleIncumbents incumbents, int lower) {
    Reporter reporter = new Reporter(model.start(), incumbents);
    CpSolverStatus status;
    try {
      status = solver.solve(model.cp(), reporter);
    } finally {
      reporter.delete();
    }
    reporter.rethrow();
    if (status == CpSolverStatus.MODEL_INVALID || status == CpSolverStatus.INFEASIBLE) {
      throw new IllegalStateException("CP-SAT says " + status + " for " + incumbents.instanceName()
          + " although the rule schedule is feasible: " + model.cp().validate());
    }
    if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
      incumbents.offer(values(model.start(), solver::value));
    }
    if (status == CpSolverStatus.OPTIMAL) {
      return incumbents.optimal();
    }
    double bound = solver.bestObjectiveBound();
    int proven = Double.isFinite(bound) ? Math.max(lower, (int) Math.ceil(bound - 1e-9)) : lower;
    return incumbents.feasible(proven);
  }

  /** Reads the start of every operation, per job. */
  private static int[][] values(IntVar[][] start, ToLongFunction<IntVar> value) {
    int[][] s = new int[start.length][];
    for (int j = 0; j < start.length; j++) {
      s[j] = new int[start[j].length];
      for (int o = 0; o < start[j].length; o++) {
        s[j][o] = (int) value.applyAsLong(start[j][o]);
      }
    }
    return s;
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

  /** The CP-SAT model of one instance and its start variables, per job and operation. */
  private record Model(CpModel cp, IntVar[][] start) {
    static Model build(JobShopInstance instance, int horizon, int lower, JobShopSchedule hint) {
      CpModel cp = new CpModel();
      IntVar makespan = cp.newIntVar(lower, horizon, "makespan");
      List<List<IntervalVar>> onMachine = new ArrayList<>();
      for (int m = 0; m < instance.machines(); m++) {
        onMachine.add(new ArrayList<>());
      }
      IntVar[][] start = new IntVar[instance.jobs()][];
      for (int j = 0; j < instance.jobs(); j++) {
        start[j] = job(cp, instance, j, horizon, onMachine, makespan);
        for (int o = 0; o < start[j].length; o++) {
          cp.addHint(start[j][o], hint.startOf(j, o));
        }
      }
      for (List<IntervalVar> intervals : onMachine) {
        if (intervals.size() > 1) {
          cp.addNoOverlap(intervals);
        }
      }
      cp.addHint(makespan, horizon);
      cp.minimize(makespan);
      return new Model(cp, start);
    }

    /**
     * Job {@code j}'s start variables, precedences and makespan constraint. Zero-duration
     * operations get no interval: they occupy no machine time, as the evaluator sees it.
     */
    private static IntVar[] job(CpModel cp, JobShopInstance instance, int j, int horizon,
        List<List<IntervalVar>> onMachine, IntVar makespan) {
      int ops = instance.operations(j);
      IntVar[] start = new IntVar[ops];
      for (int o = 0; o < ops; o++) {
        int p = instance.durationOf(j, o);
        start[o] = cp.newIntVar(0, horizon - p, "s" + j + "_" + o);
        if (p > 0) {
          onMachine.get(instance.machineOf(j, o))
              .add(cp.newFixedSizeIntervalVar(start[o], p, "op" + j + "_" + o));
        }
        if (o > 0) {
          cp.addLessOrEqual(LinearExpr.affine(start[o - 1], 1, instance.durationOf(j, o - 1)),
              start[o]);
        }
      }
      cp.addGreaterOrEqual(makespan,
          LinearExpr.affine(start[ops - 1], 1, instance.durationOf(j, ops - 1)));
      return start;
    }
  }

  /**
   * Hands every CP-SAT solution to the incumbents. A failure (a schedule the evaluator rejects)
   * stops the search and is rethrown on the caller's thread, not inside native code.
   */
  private static final class Reporter extends CpSolverSolutionCallback {
    private final IntVar[][] start;
    private final ScheduleIncumbents incumbents;
    private volatile RuntimeException failure;

    Reporter(IntVar[][] start, ScheduleIncumbents incumbents) {
      this.start = start;
      this.incumbents = incumbents;
    }

    @Override
    public void onSolutionCallback() {
      try {
        incumbents.offer(values(start, this::value));
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
