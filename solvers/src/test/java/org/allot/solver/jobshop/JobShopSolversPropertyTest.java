package org.allot.solver.jobshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import org.allot.problem.Evaluation;
import org.allot.problem.contract.SeededProperty;
import org.allot.problem.jobshop.JobShop;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;
import org.allot.problem.jobshop.RandomJobShopGenerator;
import org.allot.solver.Budget;
import org.allot.solver.Outcome;
import org.allot.solver.Status;
import org.junit.jupiter.api.Test;

/**
 * Every rule, CP-SAT and Choco against the evaluator on small random instances (1-8 jobs, 1-5
 * machines, durations 0-20 with zeros), rectangular ones and ones where jobs skip or revisit
 * machines. Checked with {@link SeededProperty}, which prints its seed ({@code -Dallot.seed=N}
 * replays a run), as the problems module does: jqwik 1.10 asks not to be used by AI coding
 * agents, which wrote these tests.
 */
class JobShopSolversPropertyTest {
  private static final int TRIES = 100;
  private static final Budget BUDGET = Budget.of(Duration.ofSeconds(1));
  private final JobShop evaluator = new JobShop();

  @Test
  void solversBeatOrMatchEveryRuleAndOptimaAgree() {
    SeededProperty.check("rules, CP-SAT and Choco on small instances", TRIES, random -> {
      JobShopInstance instance = random.nextBoolean() ? rectangular(random) : general(random);
      int bestRule = Integer.MAX_VALUE;
      for (PriorityRule rule : PriorityRule.values()) {
        bestRule = Math.min(bestRule,
            feasibleMakespan(instance, NonDelayDispatcher.dispatch(instance, rule, 7), rule.id()));
      }
      Outcome<JobShopSchedule> cpSat = new JobShopCpSat().solve(instance, BUDGET);
      Outcome<JobShopSchedule> choco = new JobShopChoco().solve(instance, BUDGET);
      int cpSatMakespan = checked(instance, cpSat, bestRule, "cpsat");
      int chocoMakespan = checked(instance, choco, bestRule, "choco");
      if (cpSat.status() == Status.OPTIMAL && choco.status() == Status.OPTIMAL) {
        assertEquals(cpSatMakespan, chocoMakespan, "the proven optima differ on " + instance);
      }
    });
  }

  /** The solver's makespan, after checking it against the evaluator and the rules. */
  private int checked(JobShopInstance instance, Outcome<JobShopSchedule> outcome, int bestRule,
      String solver) {
    int makespan = feasibleMakespan(instance, outcome.best().orElseThrow(), solver);
    assertEquals(makespan, outcome.objectiveValue(), solver + ": claimed objective");
    assertTrue(makespan <= bestRule, solver + ": " + makespan + " > best rule " + bestRule);
    assertTrue(outcome.bound() <= makespan, solver + ": bound beyond the objective");
    if (outcome.status() == Status.OPTIMAL) {
      assertEquals(makespan, outcome.bound(), solver + ": optimal but bound differs");
    }
    return makespan;
  }

  private int feasibleMakespan(JobShopInstance instance, JobShopSchedule schedule, String who) {
    Evaluation e = evaluator.evaluate(instance, schedule);
    assertTrue(e.feasible(), () -> who + " on " + instance + ": " + e.violations());
    return (int) e.objective();
  }

  /** Every job visits every machine once; the largest duration may be 0. */
  private static JobShopInstance rectangular(SplittableRandom random) {
    return new RandomJobShopGenerator(random.nextInt(1, 9), random.nextInt(1, 6), 0,
        random.nextInt(0, 21)).generate(random);
  }

  /** Jobs of 1-5 operations on random machines, repeats allowed; a third of durations zero. */
  private static JobShopInstance general(SplittableRandom random) {
    int jobs = random.nextInt(1, 9);
    int machines = random.nextInt(1, 6);
    int[][] machine = new int[jobs][];
    int[][] duration = new int[jobs][];
    for (int j = 0; j < jobs; j++) {
      int ops = random.nextInt(1, 6);
      machine[j] = new int[ops];
      duration[j] = new int[ops];
      for (int o = 0; o < ops; o++) {
        machine[j][o] = random.nextInt(machines);
        duration[j][o] = random.nextInt(3) == 0 ? 0 : random.nextInt(1, 21);
      }
    }
    return new JobShopInstance("general", machines, machine, duration);
  }
}
