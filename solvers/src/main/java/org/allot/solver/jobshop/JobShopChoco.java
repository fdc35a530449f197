package org.allot.solver.jobshop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;
import org.allot.solver.Budget;
import org.allot.solver.Deadline;
import org.allot.solver.IncumbentListener;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.search.SearchState;
import org.chocosolver.solver.search.limits.FailCounter;
import org.chocosolver.solver.search.strategy.Search;
import org.chocosolver.solver.variables.IntVar;
import org.chocosolver.solver.variables.Task;

/**
 * The Choco solver on the classic job-shop model: one task per operation, a precedence between
 * consecutive operations of a job, and one unit-capacity cumulative per machine (Choco 5 has no
 * dedicated disjunctive constraint).
 *
 * <p>The best non-delay rule schedule of {@link StartingSchedule#RULES} is the first
 * incumbent and gives the horizon; Choco then only looks for strictly shorter schedules
 * (makespan in {@code [lower bound, horizon - 1]}, and at most the best minus one after each
 * solution), so a search that runs out of candidates proves the best schedule optimal, the rule
 * schedule included. The branching schedules the task of smallest earliest completion time at its
 * earliest start, with last-conflict reasoning and Luby restarts; measured on ft10, la, abz, orb,
 * swv and Taillard 15x15 to 30x15 at 5 s, it is more robust than dom/wdeg on the starts (which
 * finds nothing on 30x15 and larger).
 *
 * <p>Single-threaded: {@link Budget#threads()} is ignored. The seed is Choco's seed; with this
 * branching a search that ends before the limit is reproducible. The time limit counts from the
 * call, model building included. Thread-safe: every call builds its own model.
 */
public final class JobShopChoco implements Solver<JobShopInstance, JobShopSchedule> {
  /** The solver's id. */
  public static final String ID = "choco";

  /** Fails before the first restart; later cut-offs follow the Luby sequence. */
  private static final int LUBY_SCALE = 500;

  /** Restarts at most; the search is complete after the last one. */
  private static final int MAX_RESTARTS = 100_000;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Outcome<JobShopSchedule> solve(JobShopInstance instance, Budget budget,
      IncumbentListener<? super JobShopSchedule> listener) {
    Deadline deadline = budget.start();
    ScheduleIncumbents incumbents =
        new ScheduleIncumbents(instance, deadline, listener);
    incumbents.offer(StartingSchedule.bestRule(instance).start());
    int horizon = incumbents.makespan();
    int lower = StartingSchedule.lowerBound(instance);
    if (lower >= horizon) {
      return incumbents.optimal();
    }
    ChocoModel model = ChocoModel.build(instance, horizon, lower, budget.seed());
    org.chocosolver.solver.Solver solver = model.choco.getSolver();
    solver.setSearch(Search.lastConflict(model.choco.smallest(model.tasks)),
        Search.inputOrderLBSearch(model.makespan));
    solver.setLubyRestart(LUBY_SCALE, new FailCounter(model.choco, 0), MAX_RESTARTS);
    solver.addStopCriterion(deadline::expired);
    while (!deadline.expired() && solver.solve()) {
      incumbents.offer(model.starts());
    }
    return solver.getSearchState() == SearchState.TERMINATED
        ? incumbents.optimal() : incumbents.feasible(lower);
  }

  /** The Choco model of one instance: its tasks per operation (job-major) and the makespan. */
  private record ChocoModel(Model choco, JobShopInstance instance, Task[] tasks,
      IntVar makespan) {

    static ChocoModel build(JobShopInstance instance, int horizon, int lower, long seed) {
      Model choco = new Model(instance.name());
      choco.setSeed(seed);
      IntVar makespan = choco.intVar("makespan", lower, horizon - 1, true);
      Task[] tasks = new Task[instance.totalOperations()];
      List<List<Task>> onMachine = new ArrayList<>();
      for (int m = 0; m < instance.machines(); m++) {
        onMachine.add(new ArrayList<>());
      }
      int k = 0;
      for (int j = 0; j < instance.jobs(); j++) {
        for (int o = 0; o < instance.operations(j); o++, k++) {
          tasks[k] = task(choco, instance, j, o, horizon, onMachine);
          if (o > 0) {
            choco.arithm(tasks[k].getStart(), ">=", tasks[k - 1].getEnd()).post();
          }
        }
        choco.arithm(makespan, ">=", tasks[k - 1].getEnd()).post();
      }
      IntVar one = choco.intVar(1);
      for (List<Task> machine : onMachine) {
        if (machine.size() > 1) {
          IntVar[] heights = new IntVar[machine.size()];
          Arrays.fill(heights, one);
          choco.cumulative(machine.toArray(Task[]::new), heights, one).post();
        }
      }
      choco.setObjective(Model.MINIMIZE, makespan);
      return new ChocoModel(choco, instance, tasks, makespan);
    }

    /**
     * Operation {@code o} of job {@code j} as a task, added to its machine's list unless its
     * duration is zero: such an operation occupies no machine time, as the evaluator sees it.
     */
    private static Task task(Model choco, JobShopInstance instance, int j, int o, int horizon,
        List<List<Task>> onMachine) {
      int p = instance.durationOf(j, o);
      Task task = new Task(choco.intVar("s" + j + "_" + o, 0, horizon - p, true), p);
      if (p > 0) {
        onMachine.get(instance.machineOf(j, o)).add(task);
      }
      return task;
    }

    /** The current solution's start times, per job. */
    int[][] starts() {
      int[][] start = new int[instance.jobs()][];
      int k = 0;
      for (int j = 0; j < start.length; j++) {
        start[j] = new int[instance.operations(j)];
        for (int o = 0; o < start[j].length; o++, k++) {
          start[j][o] = tasks[k].getStart().getValue();
        }
      }
      return start;
    }
  }
}
